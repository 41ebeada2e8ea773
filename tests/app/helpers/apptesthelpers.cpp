#include "apptesthelpers.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace hashiya::testing {

using namespace Qt::StringLiterals;

ProcessResult runHashiya(const QStringList &arguments, const QString &libraryPath,
                         const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"HASHIYA_LIBRARY"_s);
    const QStringList keys = extra.keys();
    for (const QString &key : keys) {
        // An empty value in `extra` removes the variable, so a test can run without a display at all.
        if (extra.value(key).isEmpty())
            environment.remove(key);
        else
            environment.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(environment);
    QStringList allArguments;
    if (!libraryPath.isEmpty())
        allArguments << u"--library"_s << libraryPath;
    allArguments << arguments;
    process.start(QStringLiteral(HASHIYA_BINARY), allArguments);
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString corpusFile(const QString &name)
{
    return QStringLiteral(HASHIYA_CORPUS) + u'/' + name;
}

void isolateSettings(const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
}

} // namespace hashiya::testing
