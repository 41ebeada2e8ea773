#include "cli/commands.h"
#include "cli/commandsupport.h"

#include "interop/w3cjsonimporter.h"
#include "library/library.h"

#include <QFile>

#include <cstdio>

namespace hashiya {

using namespace Qt::StringLiterals;
using namespace cli;

// Exit codes: 0 all imported (or already there), 1 nothing could be read or written, 2 wrong arguments,
// 3 imported what could be anchored, the rest listed on standard error.
int Commands::importAnnotations(const CommandOptions &options)
{
    if (options.arguments.size() != 1) {
        printError(
            tr("import-annotations needs one FILE (W3C Web Annotation JSON-LD; - reads standard input)"));
        return 2;
    }
    const QString path = options.arguments.constFirst();
    QFile file;
    bool opened = false;
    if (path == u"-"_s) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        printError(tr("cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        printError(tr("cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }

    auto library = openLibrary(options);
    if (!library)
        return 1;
    const AnnotationImportReport report = W3cJsonImporter::import(*library, json);
    if (!report.ok()) {
        printError(tr("cannot import %1: %2").arg(path, report.error));
        return 1;
    }
    printOut(report.summary() + u'\n');
    // One line each, tab-separated for other programs, without the "hashiya:" of messages.
    for (const QString &problem : report.problems) {
        const QByteArray line = problem.toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
    return report.unanchored > 0 ? 3 : 0;
}

} // namespace hashiya
