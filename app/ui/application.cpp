#include "ui/application.h"

#include "library/library.h"
#include "library/librarybackup.h"
#include "library/libraryrecovery.h"
#include "ui/librarytroubledialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("hashiya::Application", text);
}

const QString libraryFilter()
{
    return QCoreApplication::translate("hashiya::Application", "Hashiya libraries (*.sqlite);;All files (*)");
}

// Runs `work` on a worker thread while the window's event loop keeps painting; a busy progress dialog says
// what is going on (recovery reads every page of the damaged file).
template<typename Work> void runBusy(const QString &label, Work &&work)
{
    QProgressDialog progress(label, QString(), 0, 0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create(std::forward<Work>(work)));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
}

QString pickNewLibrary(const QString &title, const QString &suggestion)
{
    for (;;) {
        const QString path = QFileDialog::getSaveFileName(nullptr, title, suggestion, libraryFilter(),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty() || !QFileInfo::exists(path))
            return path;
        // Never overwritten: the existing file may be someone's library.
        QMessageBox::warning(nullptr, title,
                             QCoreApplication::translate("hashiya::Application",
                                                         "“%1” already exists. Choose a new file name.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
}

QString recover(const QString &damagedPath)
{
    const QFileInfo info(damagedPath);
    const QString target =
        pickNewLibrary(QCoreApplication::translate("hashiya::Application", "Recover into a New Library"),
                       info.absoluteDir().filePath(info.completeBaseName() % u"-recovered.sqlite"_s));
    if (target.isEmpty())
        return {};
    LibraryRecovery recovery(damagedPath);
    bool ok = false;
    runBusy(QCoreApplication::translate("hashiya::Application", "Recovering what is readable…"),
            [&] { ok = recovery.recoverInto(target); });
    if (!ok) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("hashiya::Application", "Recovery failed"),
                              QCoreApplication::translate(
                                  "hashiya::Application",
                                  "Nothing was recovered: %1\nThe damaged library “%2” has not been changed.")
                                  .arg(recovery.errorMessage(), QDir::toNativeSeparators(damagedPath)));
        return {};
    }
    QMessageBox::information(
        nullptr, QCoreApplication::translate("hashiya::Application", "Library recovered"),
        QCoreApplication::translate(
            "hashiya::Application",
            "%1\nThe recovered library is “%2”; the damaged one, “%3”, has not been changed.")
            .arg(recovery.summary(), QDir::toNativeSeparators(target),
                 QDir::toNativeSeparators(damagedPath)));
    return target;
}

} // namespace

std::unique_ptr<QCoreApplication> Application::create(int &argc, char **argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hashiya"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.hashiya.Hashiya"));
    // The installed theme icon wins (a theme may restyle it); the built-in copy serves an uninstalled build.
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"app.hashiya.Hashiya"_s, QIcon(u":/hashiya/app.hashiya.Hashiya.svg"_s)));
    return app;
}

std::unique_ptr<Library> Application::openLibraryInteractively(const QString &libraryPath)
{
    QString path = libraryPath;
    for (;;) {
        QString error;
        Library::Problem problem = Library::Problem::None;
        std::unique_ptr<Library> library = Library::open(path, &error, &problem);
        if (library)
            return library;
        if (qEnvironmentVariableIsSet("HASHIYA_NO_DIALOGS")) {
            const QByteArray line = (u"hashiya: "_s % error % u'\n').toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            return nullptr;
        }
        LibraryTroubleDialog dialog(path, error, problem);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        const QString folder = QFileInfo(path).absolutePath();
        QString next;
        switch (dialog.choice()) {
        case LibraryTroubleDialog::Choice::OpenAnother:
            next = QFileDialog::getOpenFileName(nullptr, tr("Open Another Library"), folder, libraryFilter());
            break;
        case LibraryTroubleDialog::Choice::CreateNew:
            next = pickNewLibrary(tr("Create a New Library"), QDir(folder).filePath(u"new-library.sqlite"_s));
            break;
        case LibraryTroubleDialog::Choice::Recover:
            next = recover(path);
            break;
        case LibraryTroubleDialog::Choice::Quit:
            return nullptr;
        }
        if (!next.isEmpty())
            path = next; // a cancelled file dialog shows the same trouble again
    }
}

// One window on one library, until it is closed, or until the user switches to another library in the
// preferences: `next` then holds that library, already opened.
static int runWindow(std::unique_ptr<Library> &library, const QString &articlePath,
                     std::unique_ptr<Library> &next)
{
    MainWindow window(*library);
    QObject::connect(&window, &MainWindow::librarySwitchRequested, &window, [&](const QString &path) {
        QString error;
        std::unique_ptr<Library> opened = Library::open(path, &error);
        if (!opened) {
            // The open library stays: nothing is lost, and the reason is said.
            QMessageBox::warning(
                &window, QCoreApplication::translate("hashiya::Application", "Switch Library"),
                QCoreApplication::translate("hashiya::Application",
                                            "“%1” cannot be opened, so Hashiya keeps using “%2”.\n%3")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(library->path()), error));
            return;
        }
        next = std::move(opened);
        window.close(); // saves the reading position and the window's layout
        QApplication::exit(0);
    });
    if (library->isReadOnly()) {
        auto *notice = new QLabel(
            QCoreApplication::translate("hashiya::Application", "Read-only library: changes cannot be saved"),
            &window);
        notice->setToolTip(QCoreApplication::translate(
                               "hashiya::Application",
                               "“%1” (or its folder) may not be written. Reading, searching and exporting "
                               "work; highlights and notes cannot be saved.")
                               .arg(QDir::toNativeSeparators(library->path())));
        window.statusBar()->addPermanentWidget(notice);
    }
    window.show();
    if (!articlePath.isEmpty())
        window.openFile(articlePath);

    // The daily backup runs once the window is up, then whenever a day has passed while it stays open, on a
    // worker thread with its own connection: in WAL mode its read never blocks the window's edits.
    std::unique_ptr<QThread> backup;
    const auto backUpIfDue = [&] {
        if (library->isReadOnly() || library->isInMemory() || (backup && backup->isRunning())
            || !LibraryBackup(*library).isDue())
            return;
        backup.reset(QThread::create([&library, &window] {
            LibraryBackup job(*library);
            if (!job.backUp().isEmpty())
                return;
            const QString message = QCoreApplication::translate("hashiya::Application",
                                                                "The daily backup of the library failed: %1")
                                        .arg(job.lastError());
            qWarning("hashiya: %s", qUtf8Printable(message));
            QMetaObject::invokeMethod(&window,
                                      [&window, message] { window.statusBar()->showMessage(message); });
        }));
        backup->start(QThread::LowPriority);
    };
    QTimer::singleShot(0, &window, backUpIfDue);
    QTimer daily;
    daily.setInterval(std::chrono::hours(1));
    QObject::connect(&daily, &QTimer::timeout, &window, backUpIfDue);
    daily.start();
    const int code = QApplication::exec();
    if (backup)
        backup->wait(); // the library must outlive the backup's connection
    return code;
}

int Application::exec(const QString &libraryPath, const QString &articlePath)
{
    std::unique_ptr<Library> library = openLibraryInteractively(libraryPath);
    if (!library)
        return 1;
    QString article = articlePath;
    for (;;) {
        std::unique_ptr<Library> next;
        const int code = runWindow(library, article, next);
        if (!next)
            return code;
        library = std::move(next); // the old window is gone, so its library may close
        article.clear();
    }
}

} // namespace hashiya
