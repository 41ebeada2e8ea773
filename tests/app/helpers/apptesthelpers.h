#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include "typetext.h"

class QWidget;

namespace hashiya::testing {

/** What a run of the real `hashiya` binary printed and returned. */
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs the built binary with the given arguments and library, headless, and waits for it (30 s at most).
/// Variables in `extra` are added to the environment; one with an empty value is removed from it.
ProcessResult runHashiya(const QStringList &arguments, const QString &libraryPath,
                         const QProcessEnvironment &extra = QProcessEnvironment());

QString corpusFile(const QString &name);

/// Redirects QSettings to a scratch folder so tests never read or write the user's preferences.
void isolateSettings(const QString &folder);

} // namespace hashiya::testing
