#include "cli/commands.h"
#include "cli/commandsupport.h"

#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "interop/exportitem.h"
#include "interop/markdownexporter.h"
#include "interop/w3cjsonexporter.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/documentversioner.h"
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
using namespace cli;

namespace {

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

} // namespace

int Commands::importArticles(const CommandOptions &options)
{
    if (options.arguments.isEmpty()) {
        printError(tr("import needs at least one ARTICLE file"));
        return 2;
    }
    if (!options.newVersionOf.isEmpty() && options.arguments.size() != 1) {
        printError(tr("import --new-version-of takes exactly one ARTICLE file"));
        return 2;
    }
    auto library = openLibrary(options);
    if (!library)
        return 1;
    std::optional<DocumentRecord> previous;
    if (!options.newVersionOf.isEmpty()) {
        previous = findDocument(*library, options.newVersionOf);
        if (!previous)
            return 1;
    }
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
        DocumentImporter::Result imported;
        if (previous) {
            ReanchorReport report =
                DocumentVersioner::importNewVersion(*library, previous->id, loaded.article, &imported.record);
            imported.error = report.error;
            imported.revision = std::move(report);
        } else {
            imported = DocumentImporter::import(*library, loaded.article);
        }
        if (!imported.error.isEmpty()) {
            printError(path + u": "_s + imported.error);
            exitCode = 1;
            continue;
        }
        printOut(documentId(imported.record.uuid) + u'\t' + loaded.article.encoding + u'\t'
                 + oneLine(imported.record.title) + u'\n');
        // The outcome of a revision goes to standard error, so standard output stays one id a line.
        if (const auto &report = imported.revision) {
            printError(path + u": "_s
                       + tr("new version; highlights: %1 kept, %2 moved, %3 orphaned")
                             .arg(report->kept)
                             .arg(report->moved)
                             .arg(report->orphaned));
        }
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
