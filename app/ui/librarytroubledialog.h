#pragma once

#include "library/library.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace hashiya {

/**
 * Shown instead of the main window when the library cannot be opened: what is wrong and where the file is,
 * then the ways on — open another library, create a new one, try to recover a damaged one into a new
 * library (only offered for a damaged file), or quit. It only reports the choice; Application acts on it.
 */
class LibraryTroubleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryTroubleDialog)

public:
    enum class Choice { Quit, OpenAnother, CreateNew, Recover };

    LibraryTroubleDialog(const QString &libraryPath, const QString &message, Library::Problem problem,
                         QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    bool offersRecovery() const;
    /// The button for `choice` (null for Recover when it is not offered); tests click them.
    QPushButton *button(Choice choice) const;
    QString message() const;

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Quit;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_recover = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace hashiya
