#pragma once

#include <QString>
#include <QStringView>

#include <memory>

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
 * Writes the `search_entry` rows of annotations and tags stored in bulk (W3C import) as each is stored:
 * exactly the rows SearchIndexer::indexAnnotation and indexTag would write, through SQLite's own API
 * (RawStatement), with quote and note folded ahead on the reading thread. At a hundred thousand annotations
 * the per-row QSqlQuery work and a second pass reading the rows back were most of the import. The rows reach
 * the FTS table in one statement at finish() (SearchIndexer::resumeCopying). Inside the caller's transaction,
 * from begin() to finish().
 */
class SearchBulkIndexer final
{
    Q_DISABLE_COPY_MOVE(SearchBulkIndexer)

public:
    explicit SearchBulkIndexer(const Library &library);
    ~SearchBulkIndexer();

    bool begin();
    bool addAnnotation(qint64 annotationId, const SearchPrefolded &quote, const SearchPrefolded &note);
    /// A tag the import created.
    bool addTag(qint64 tagId, const QString &name);
    bool finish();
    QString lastError() const { return m_lastError; }

    /// What the index stores for a quote or note: safe to call on any thread.
    static SearchPrefolded prefold(const QString &text);

private:
    /// One row of already folded text; skipped when the text has nothing a query could match.
    bool add(int kind, qint64 annotationId, qint64 tagId, const QString &body, const QString &stems);

    const Library &m_library;
    std::unique_ptr<RawStatement> m_insert;
    qint64 m_lastEntry = 0; // the last entry before begin(): finish() copies those above it
    QString m_lastError;
};

} // namespace hashiya
