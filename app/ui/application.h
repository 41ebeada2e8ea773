#pragma once

#include <QString>

#include <memory>

class QCoreApplication;

namespace hashiya {

/** Starts the windowed application: the QApplication, the library and the main window. */
class Application final
{
public:
    static std::unique_ptr<QCoreApplication> create(int &argc, char **argv);
    static int exec(const QString &libraryPath, const QString &articlePath);
};

} // namespace hashiya
