#include "library/searchindex.h"

#include "library/library.h"
#include "library/searchindexer.h"
#include "library/searchquery.h"
#include "library/searchsnippet.h"
#include "library/sqlvalues.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

// FTS5 ranks inside the subquery, so only the `limit` best rows reach the joins and the C++ work (snippets);
// the document's text is not selected: a Text hit reads it once per document, below. bm25 is called
// directly rather than through the `rank` column: with `ORDER BY rank` FTS5 sorts in a second cursor and
// seeks every row back, which costs a third more on a prefix matching thousands of rows. A word found as
// written (`body`) counts twice a word found only without its proclitics (`stems`). An annotation's entries
// reach its document through it; a tag's entry has neither and is expanded below.
const QString searchSql = uR"(SELECT e.kind, coalesce(e.document, a.document), e.start, f.score, d.title,
        a.uuid, a.start, a."end", a.exact, a.note, t.name, e.annotation, e.tag
    FROM (SELECT rowid, bm25(search_text, 1.0, 0.5) AS score FROM search_text WHERE search_text MATCH ?
        ORDER BY score LIMIT ?) f
    JOIN search_entry e ON e.id = f.rowid
    LEFT JOIN annotation a ON a.id = e.annotation
    LEFT JOIN document d ON d.id = coalesce(e.document, a.document)
    LEFT JOIN tag t ON t.id = e.tag
    ORDER BY f.score)"_s;

// The annotations a tag's entry stands for, in the order they were made: the tag's index lists them so, and
// reading order would sort every link first (8 ms for a tag on 10,000 annotations, most of the search's
// budget).
const QString taggedSql = uR"(SELECT a.document, d.title, a.uuid, a.start, a."end"
    FROM annotation_tag l JOIN annotation a ON a.id = l.annotation JOIN document d ON d.id = a.document
    WHERE l.tag = ? ORDER BY l.annotation LIMIT ?)"_s;

struct Row {
    SearchHit hit;
    int entryStart = 0;
    int annotationStart = 0;
    int annotationEnd = 0;
    QString exact;
    QString note;
    QString tag;
};

SearchHit::Kind kindFrom(int value)
{
    return SearchHit::Kind(std::clamp(value, int(SearchHit::Kind::Title), int(SearchHit::Kind::Tag)));
}

/**
 * Replaces each tag's row by one row per annotation linked to the tag, keeping the tag's rank; the hits past
 * `limit` are not read.
 */
bool expandTags(const Library &library, QVector<Row> &rows,
                const QVector<std::pair<qsizetype, qint64>> &tagRows, int limit, QString *error)
{
    QVector<Row> expanded;
    expanded.reserve(rows.size());
    auto tagRow = tagRows.cbegin();
    for (qsizetype i = 0; i < rows.size() && expanded.size() < limit; ++i) {
        if (tagRow == tagRows.cend() || tagRow->first != i) {
            expanded.append(std::move(rows[i]));
            continue;
        }
        QSqlQuery &q = library.statement(taggedSql);
        q.addBindValue(tagRow->second);
        q.addBindValue(limit - int(expanded.size()));
        ++tagRow;
        if (!q.exec()) {
            *error = QCoreApplication::translate("hashiya::SearchIndex", "Cannot search the library: %1")
                         .arg(q.lastError().text());
            return false;
        }
        while (q.next()) {
            Row row = rows.at(i);
            row.hit.documentId = q.value(0).toLongLong();
            row.hit.documentTitle = q.value(1).toString();
            row.hit.annotationId = sql::toUuid(q.value(2));
            row.annotationStart = q.value(3).toInt();
            row.annotationEnd = q.value(4).toInt();
            expanded.append(std::move(row));
        }
    }
    rows = std::move(expanded);
    return true;
}

} // namespace

SearchIndex::SearchIndex(const Library &library)
    : m_library(library)
{}

QVector<SearchHit> SearchIndex::search(const QString &query, int limit)
{
    m_lastError.clear();
    const SearchQuery parsed(query);
    if (parsed.isEmpty() || limit <= 0)
        return {};

    QSqlQuery &q = m_library.statement(searchSql);
    q.addBindValue(parsed.matchExpression());
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = QCoreApplication::translate("hashiya::SearchIndex", "Cannot search the library: %1")
                          .arg(q.lastError().text());
        return {};
    }
    QVector<Row> rows;
    QVector<std::pair<qsizetype, qint64>> tagRows; // (index in rows, tag id) of the tag entries found
    while (q.next()) {
        Row row;
        row.hit.kind = kindFrom(q.value(0).toInt());
        row.hit.documentId = q.value(1).toLongLong();
        row.entryStart = q.value(2).toInt();
        row.hit.rank = q.value(3).toDouble();
        row.hit.documentTitle = q.value(4).toString();
        const bool ofAnnotation = !q.value(11).isNull();
        if (ofAnnotation && q.value(5).isNull())
            continue; // its annotation was deleted without the index (foreign keys off in another tool)
        row.hit.annotationId = ofAnnotation ? sql::toUuid(q.value(5)) : QUuid();
        row.annotationStart = q.value(6).toInt();
        row.annotationEnd = q.value(7).toInt();
        row.exact = q.value(8).toString();
        row.note = q.value(9).toString();
        row.tag = q.value(10).toString();
        if (!q.value(12).isNull())
            tagRows.append({rows.size(), q.value(12).toLongLong()});
        rows.append(std::move(row));
    }
    if (q.lastError().isValid()) {
        m_lastError = QCoreApplication::translate("hashiya::SearchIndex", "Cannot search the library: %1")
                          .arg(q.lastError().text());
        return {};
    }
    q.finish();
    if (!tagRows.isEmpty() && !expandTags(m_library, rows, tagRows, limit, &m_lastError))
        return {};
    if (rows.size() > limit)
        rows.resize(limit);

    QHash<qint64, QString> texts; // documents with Text hits, read once each
    QVector<SearchHit> hits;
    hits.reserve(rows.size());
    for (Row &row : rows) {
        SearchHit &hit = row.hit;
        QString source;
        int base = 0; // offset of `source` in the document's text, when it is a piece of it
        switch (hit.kind) {
        case SearchHit::Kind::Title:
            source = hit.documentTitle;
            break;
        case SearchHit::Kind::Text: {
            auto text = texts.find(hit.documentId);
            if (text == texts.end()) {
                QSqlQuery &read = m_library.statement(u"SELECT text FROM document WHERE id = ?"_s);
                read.addBindValue(hit.documentId);
                QString value;
                if (read.exec() && read.next())
                    value = read.value(0).toString();
                read.finish();
                text = texts.insert(hit.documentId, value);
            }
            base = std::clamp(row.entryStart, 0, int(text->size()));
            qsizetype blockEnd = text->indexOf(u'\n', base);
            if (blockEnd < 0)
                blockEnd = text->size();
            source = text->mid(base, blockEnd - base);
            break;
        }
        case SearchHit::Kind::Quote:
            source = row.exact;
            base = row.annotationStart;
            break;
        case SearchHit::Kind::Note:
            source = row.note;
            break;
        case SearchHit::Kind::Tag:
            source = row.tag;
            break;
        }

        const TextFinder finder(source);
        const QVector<TextMatch> matches = parsed.matchesIn(finder, source);
        const TextMatch focus = matches.isEmpty() ? TextMatch{} : matches.constFirst();
        const SearchSnippet snippet(source, focus, matches);
        hit.snippet = snippet.text();
        hit.snippetMatches = snippet.matches();

        switch (hit.kind) {
        case SearchHit::Kind::Title:
            hit.start = hit.end = -1;
            break;
        case SearchHit::Kind::Text:
            hit.start = base + focus.start;
            hit.end = base + focus.end;
            break;
        case SearchHit::Kind::Quote:
            if (matches.isEmpty()) {
                hit.start = row.annotationStart;
                hit.end = row.annotationEnd;
            } else {
                hit.start = base + focus.start;
                hit.end = base + focus.end;
            }
            break;
        case SearchHit::Kind::Note:
        case SearchHit::Kind::Tag:
            // The passage the annotation marks: choosing the hit opens the article there.
            hit.start = row.annotationStart;
            hit.end = row.annotationEnd;
            break;
        }
        hits.append(std::move(hit));
    }
    return hits;
}

bool SearchIndex::rebuild()
{
    m_lastError.clear();
    Transaction transaction(m_library);
    if (!transaction.isActive()) {
        m_lastError =
            QCoreApplication::translate("hashiya::SearchIndex", "Cannot rebuild the search index: %1")
                .arg(transaction.errorMessage());
        return false;
    }
    SearchIndexer indexer(m_library);
    if (!indexer.dropSchema() || !indexer.createSchema() || !indexer.fill()) {
        m_lastError =
            QCoreApplication::translate("hashiya::SearchIndex", "Cannot rebuild the search index: %1")
                .arg(indexer.lastError());
        return false;
    }
    if (!transaction.commit()) {
        m_lastError =
            QCoreApplication::translate("hashiya::SearchIndex", "Cannot rebuild the search index: %1")
                .arg(transaction.errorMessage());
        return false;
    }
    return true;
}

bool SearchIndex::isIntact()
{
    m_lastError.clear();
    QSqlQuery q(m_library.database());
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE name IN ('search_entry', 'search_text', "
                u"'search_entry_insert', 'search_entry_delete', 'search_entry_update')"_s)
        || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (q.value(0).toInt() != 5) {
        m_lastError = QCoreApplication::translate("hashiya::SearchIndex", "The search index is incomplete.");
        return false;
    }
    q.finish();
    // Reads the FTS structure record and a term's entries: fails when its shadow tables are gone or damaged.
    if (!q.exec(u"SELECT rowid FROM search_text WHERE search_text MATCH '\"hashiya\"' LIMIT 1"_s)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace hashiya
