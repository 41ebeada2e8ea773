#include "cli/commands.h"
#include "cli/commandsupport.h"

#include "interop/exporter.h"
#include "library/library.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace hashiya {

using namespace Qt::StringLiterals;
using namespace cli;

int Commands::exportAnnotations(const CommandOptions &options)
{
    const std::optional<ExportFormat> format = Exporter::fromId(options.format);
    if (!format) {
        QStringList ids;
        for (ExportFormat known : Exporter::formats())
            ids.append(Exporter::id(known));
        printError(tr("export needs --format %1").arg(ids.join(u'|')));
        return 2;
    }
    auto library = openLibrary(options);
    if (!library)
        return 1;

    QVector<qint64> documentIds; // empty: the latest version of every document
    if (!options.document.isEmpty()) {
        const auto record = findDocument(*library, options.document);
        if (!record)
            return 1;
        documentIds.append(record->id);
    }

    QString error;
    ExportBundle bundle;
    if (!Exporter::collect(*library, documentIds, &bundle, &error)) {
        printError(error);
        return 1;
    }
    const QVector<ExportFile> files = Exporter::write(*format, bundle, &error);
    if (files.isEmpty()) {
        printError(error.isEmpty() ? tr("there are no documents to export") : error);
        return 1;
    }

    const bool toStandardOutput = options.output.isEmpty() || options.output == u"-"_s;
    if (toStandardOutput) {
        if (files.size() > 1) {
            printError(tr("--format %1 writes one file per document (%2 here): give --output FOLDER")
                           .arg(Exporter::id(*format))
                           .arg(files.size()));
            return 2;
        }
        const QByteArray &bytes = files.constFirst().bytes;
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return 0;
    }
    // Several files go into a folder, created if it does not exist yet.
    if (files.size() > 1 && !QFileInfo(options.output).isDir() && !QDir().mkpath(options.output)) {
        printError(tr("cannot create the folder %1").arg(options.output));
        return 1;
    }
    if (!Exporter::save(files, options.output, &error)) {
        printError(error);
        return 1;
    }
    return 0;
}

} // namespace hashiya
