#include "cli/commands.h"
#include "cli/commandsupport.h"

#include "annotation/annotationstore.h"
#include "interop/exportitem.h"
#include "interop/markdownexporter.h"
#include "interop/w3cjsonexporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/stylestore.h"

#include <QSaveFile>

#include <cstdio>

namespace hashiya {

using namespace Qt::StringLiterals;
using namespace cli;

int Commands::exportAnnotations(const CommandOptions &options)
{
    const QString format = options.format.toLower();
    if (format != u"json"_s && format != u"markdown"_s) {
        printError(tr("export needs --format json or --format markdown"));
        return 2;
    }
    auto library = openLibrary(options);
    if (!library)
        return 1;

    QVector<qint64> documentIds;
    if (!options.document.isEmpty()) {
        const auto record = findDocument(*library, options.document);
        if (!record)
            return 1;
        documentIds.append(record->id);
    } else {
        DocumentStore store(*library);
        const auto documents = store.list();
        for (const DocumentSummary &document : documents)
            documentIds.append(document.id);
    }

    QVector<ExportItem> items;
    DocumentStore documents(*library);
    for (qint64 id : std::as_const(documentIds)) {
        ExportItem item;
        item.document = documents.find(id).value_or(DocumentRecord{});
        AnnotationStore annotations(*library, id);
        item.annotations = annotations.annotations();
        items.append(item);
    }
    const auto styles = StyleStore(*library).all();
    const QByteArray bytes = format == u"json"_s ? W3cJsonExporter::write(items, styles)
                                                 : MarkdownExporter::write(items, styles).toUtf8();

    if (options.output.isEmpty() || options.output == u"-"_s) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return 0;
    }
    // QSaveFile: a failed export never leaves a half-written file where a good one was.
    QSaveFile file(options.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(tr("cannot write %1: %2").arg(options.output, file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace hashiya
