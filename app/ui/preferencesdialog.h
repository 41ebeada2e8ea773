#pragma once

#include <QDialog>
#include <QVector>

class QDialogButtonBox;
class QListWidget;
class QStackedWidget;

namespace hashiya {

class Library;
class PreferencesGeneralPage;
class PreferencesPage;
class PreferencesReadingPage;
class PreferencesStylesPage;

/**
 * Edit › Preferences: reading (font, size, spacing, width, theme, with a live preview), highlight styles,
 * interface language and library location. Nothing changes until Apply or OK; Cancel leaves everything as
 * it was; Restore Defaults resets the page shown.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    enum class Page { Reading, Styles, General };

    explicit PreferencesDialog(Library &library, QWidget *parent = nullptr);

    void showPage(Page page);
    PreferencesReadingPage *readingPage() const { return m_reading; }
    PreferencesStylesPage *stylesPage() const { return m_styles; }
    PreferencesGeneralPage *generalPage() const { return m_general; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Saves every page; false when one could not be saved (that page is shown, the dialog stays open).
    bool apply();

Q_SIGNALS:
    /// Reading settings and theme were saved: the window applies them.
    void readingApplied();
    /// The library's styles were saved; `annotationsMoved` when a removed style's annotations moved.
    void stylesApplied(bool annotationsMoved);
    /// The user chose to work in another library now (it has been checked to open).
    void librarySwitchRequested(const QString &path);

protected:
    void accept() override;

private:
    void addPage(PreferencesPage *page);
    void updateButtons();

    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QDialogButtonBox *m_buttons;
    QVector<PreferencesPage *> m_pages;
    PreferencesReadingPage *m_reading;
    PreferencesStylesPage *m_styles;
    PreferencesGeneralPage *m_general;
};

} // namespace hashiya
