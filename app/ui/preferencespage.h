#pragma once

#include <QWidget>

namespace hashiya {

/**
 * One page of the preferences dialog. A page edits its own copy of the settings: nothing changes until
 * apply(), and a page that is never applied leaves everything as it was (Cancel).
 */
class PreferencesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesPage)

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /// Saves what the page shows; false (with the reason said to the user) when it could not.
    virtual bool apply() = 0;
    /// Puts the page's controls back to Hashiya's defaults; nothing is saved before apply().
    virtual void restoreDefaults() = 0;
    /// Whether the page shows something that differs from what is saved.
    virtual bool isModified() const = 0;

Q_SIGNALS:
    void modified();
};

} // namespace hashiya
