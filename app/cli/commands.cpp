#include "cli/commands.h"

#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "interop/exportitem.h"
#include "interop/markdownexporter.h"
#include "interop/w3cjsonexporter.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "library/stylestore.h"
#include "text/textfinder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hashiya::Commands", text);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = (u"hashiya: "_s + text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString documentId(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Titles are one field of tab-separated output: no tabs or line breaks inside.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

QString kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Title:
        return u"title"_s;
    case SearchHit::Kind::Text:
        return u"text"_s;
    case SearchHit::Kind::Quote:
        return u"quote"_s;
    case SearchHit::Kind::Note:
        return u"note"_s;
    case SearchHit::Kind::Tag:
        return u"tag"_s;
    }
    return {};
}

std::unique_ptr<Library> openLibrary(const CommandOptions &options)
{
    QString error;
    auto library = Library::open(options.libraryPath, &error);
    if (!library)
        printError(error);
    return library;
}

std::optional<DocumentRecord> findDocument(Library &library, const QString &id)
{
    DocumentStore store(library);
    auto record = store.findByIdPrefix(id);
    if (!record)
        printError(tr("no document matches “%1” (see `hashiya list`)").arg(id));
    return record;
}

} // namespace

int Commands::importArticles(const CommandOptions &options)
{
    if (options.arguments.isEmpty()) {
        printError(tr("import needs at least one ARTICLE file"));
        return 2;
    }
    auto library = openLibrary(options);
    if (!library)
        return 1;
    int exitCode = 0;
    for (const QString &path : options.arguments) {
        const LoadResult loaded = ArticleLoader::loadFile(path, options.encoding);
        if (!loaded.error.isEmpty()) {
            printError(path + u": "_s + loaded.error);
            exitCode = 1;
            continue;
        }
        if (!loaded.warning.isEmpty())
            printError(path + u": "_s + loaded.warning);
        const auto imported = DocumentImporter::import(*library, loaded.article);
        if (!imported.error.isEmpty()) {
            printError(path + u": "_s + imported.error);
            exitCode = 1;
            continue;
        }
        printOut(documentId(imported.record.uuid) + u'\t' + loaded.article.encoding + u'\t'
                 + oneLine(imported.record.title) + u'\n');
    }
    return exitCode;
}

int Commands::list(const CommandOptions &options)
{
    auto library = openLibrary(options);
    if (!library)
        return 1;
    DocumentStore store(*library);
    const auto documents = store.list();
    for (const DocumentSummary &document : documents) {
        printOut(documentId(document.uuid) + u'\t' + QString::number(document.annotationCount) + u'\t'
                 + oneLine(document.title) + u'\n');
    }
    return 0;
}

int Commands::text(const CommandOptions &options)
{
    if (options.arguments.size() != 1) {
        printError(tr("text needs exactly one DOCUMENT id"));
        return 2;
    }
    auto library = openLibrary(options);
    if (!library)
        return 1;
    const auto record = findDocument(*library, options.arguments.constFirst());
    if (!record)
        return 1;
    // Blocks are stored with U+2028 for line breaks inside a paragraph; other programs expect '\n'.
    QString text = record->text;
    text.replace(QChar::LineSeparator, u'\n');
    printOut(text + u'\n');
    return 0;
}

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

int Commands::find(const CommandOptions &options)
{
    if (options.arguments.size() != 2) {
        printError(tr("find needs a DOCUMENT id and a QUERY"));
        return 2;
    }
    auto library = openLibrary(options);
    if (!library)
        return 1;
    const auto record = findDocument(*library, options.arguments.at(0));
    if (!record)
        return 1;
    FindOptions findOptions;
    findOptions.exactMarksAndHamza = options.exactMarks;
    findOptions.wholeWords = options.wholeWords;
    const TextFinder finder(record->text);
    const QVector<TextMatch> matches = finder.findAll(options.arguments.at(1), findOptions);
    for (const TextMatch &match : matches) {
        printOut(QString::number(match.start) + u'\t' + QString::number(match.end) + u'\t'
                 + oneLine(record->text.mid(match.start, match.end - match.start)) + u'\n');
    }
    return 0;
}

int Commands::search(const CommandOptions &options)
{
    if (options.arguments.isEmpty()) {
        printError(tr("search needs a QUERY"));
        return 2;
    }
    auto library = openLibrary(options);
    if (!library)
        return 1;
    SearchIndex index(*library);
    const QVector<SearchHit> hits = index.search(options.arguments.join(u' '));
    if (!index.lastError().isEmpty()) {
        printError(index.lastError());
        return 1;
    }
    DocumentStore documents(*library);
    QHash<qint64, QString> ids;
    for (const SearchHit &hit : hits) {
        if (!ids.contains(hit.documentId)) {
            const auto record = documents.find(hit.documentId);
            ids.insert(hit.documentId, record ? documentId(record->uuid) : QString());
        }
        printOut(ids.value(hit.documentId) + u'\t' + kindName(hit.kind) + u'\t' + QString::number(hit.start)
                 + u'\t' + QString::number(hit.end) + u'\t' + oneLine(hit.documentTitle) + u'\t'
                 + oneLine(hit.snippet) + u'\n');
    }
    return 0;
}

} // namespace hashiya
