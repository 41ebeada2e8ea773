#pragma once

#include <QString>

#include <memory>

class QCoreApplication;

namespace hashiya {

class Library;

/** Starts the windowed application: the QApplication, the library and the main window. */
class Application final
{
public:
    static std::unique_ptr<QCoreApplication> create(int &argc, char **argv);
    /// Opens the library (offering another, a new or a recovered one when it cannot be opened), shows the
    /// main window on it and runs the event loop. Returns the exit code; 1 when the user quits without a
    /// library.
    static int exec(const QString &libraryPath, const QString &articlePath);

    /// Opens `libraryPath`, or, when that fails, shows LibraryTroubleDialog and follows the user's choice
    /// until a library opens or the user quits (null). With HASHIYA_NO_DIALOGS set it prints the reason to
    /// standard error and returns null instead of asking.
    static std::unique_ptr<Library> openLibraryInteractively(const QString &libraryPath);
};

} // namespace hashiya
