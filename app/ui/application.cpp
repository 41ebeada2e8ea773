#include "ui/application.h"

#include "library/library.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace hashiya {

std::unique_ptr<QCoreApplication> Application::create(int &argc, char **argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hashiya"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.hashiya.Hashiya"));
    return app;
}

int Application::exec(const QString &libraryPath, const QString &articlePath)
{
    QString error;
    std::unique_ptr<Library> library = Library::open(libraryPath, &error);
    if (!library) {
        QMessageBox::critical(
            nullptr, QApplication::translate("hashiya::Application", "Cannot open the library"), error);
        return 1;
    }
    MainWindow window(*library);
    window.show();
    if (!articlePath.isEmpty())
        window.openFile(articlePath);
    return QApplication::exec();
}

} // namespace hashiya
