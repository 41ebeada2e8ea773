#pragma once

#include "ui/preferencespage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hashiya {

class Library;

/**
 * Preferences › General: the interface language (applies when Hashiya starts again) and the library file
 * Hashiya opens. A library chosen here is checked to open before it is kept; switching to it now is offered,
 * and nothing is ever overwritten or deleted.
 */
class PreferencesGeneralPage final : public PreferencesPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesGeneralPage)

public:
    explicit PreferencesGeneralPage(Library &library, QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;
    void restoreDefaults() override;
    bool isModified() const override;

    QComboBox *languageBox() const { return m_language; }
    /// The library file shown (empty = the default location).
    QString libraryPath() const { return m_libraryPath; }
    /// What "Choose…" does after its file dialog, for a path picked another way (tests, drops).
    void chooseLibrary(const QString &path);
    /// Why the last apply() failed; empty when it did not.
    QString errorText() const;

Q_SIGNALS:
    void librarySwitchRequested(const QString &path);

private:
    void showLibrary();
    void pickLibrary(bool createNew);
    QString effectivePath(const QString &setting) const;

    Library &m_library;
    QComboBox *m_language;
    QLineEdit *m_libraryField;
    QPushButton *m_open;
    QPushButton *m_create;
    QPushButton *m_default;
    QCheckBox *m_switchNow;
    QLabel *m_error;
    QString m_savedLanguage;
    QString m_savedLibraryPath;
    QString m_libraryPath;
};

} // namespace hashiya
