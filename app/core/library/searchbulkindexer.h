#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <memory>
#include <utility>

namespace hashiya {

class Library;
class RawStatement;

/** A quote or note folded for the index ahead of time, on another thread; used only where `text` is still the
 * text of the entry it was folded for. */
struct SearchPrefolded {
    QString text;
    QString body;  // SearchIndexer::foldForIndex(text)
    QString stems; // SearchStemmer::stemsOf(body)
};

/**
 * Writes the `search_entry` rows of annotations stored in bulk (W3C import) as each annotation is stored:
 * exactly the rows SearchIndexer::indexAnnotation and reindexTags would write, through SQLite's own API
 * (RawStatement), with quote and note folded ahead on the reading thread and each tag name folded once. At a
 * hundred thousand annotations the per-row QSqlQuery work, a second pass reading the rows back and the
 * refolding of the same few tags were most of the import. The rows reach the FTS table in one statement at
 * finish() (SearchIndexer::resumeCopying). Inside the caller's transaction, from begin() to finish().
 */
class SearchBulkIndexer final
{
    Q_DISABLE_COPY_MOVE(SearchBulkIndexer)

public:
    explicit SearchBulkIndexer(const Library &library);
    ~SearchBulkIndexer();

    bool begin();
    bool addAnnotation(qint64 annotationId, qint64 documentId, const SearchPrefolded &quote,
                       const SearchPrefolded &note);
    bool addTag(qint64 annotationId, qint64 documentId, qint64 tagId, const QString &name);
    bool finish();
    QString lastError() const { return m_lastError; }

    /// What the index stores for a quote or note: safe to call on any thread.
    static SearchPrefolded prefold(const QString &text);

private:
    /// One row of already folded text; skipped when the text has nothing a query could match.
    bool add(int kind, qint64 documentId, qint64 annotationId, qint64 tagId, const QString &body,
             const QString &stems);

    const Library &m_library;
    std::unique_ptr<RawStatement> m_insert;
    qint64 m_lastEntry = 0; // the last entry before begin(): finish() copies those above it
    // A library has a few dozen tags linked a hundred thousand times: each is folded and stemmed once.
    QHash<qint64, std::pair<QString, QString>> m_foldedTags;
    QString m_lastError;
};

} // namespace hashiya
