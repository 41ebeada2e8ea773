#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

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
 * The `search_entry` rows of annotations written in bulk (W3C import): quote and note of every annotation
 * above a row id, then its tag names, exactly the rows SearchIndexer::indexAnnotation / reindexTags would
 * write, in the same order. Reads and writes through SQLite's own API (RawStatement), folds on two threads
 * and each tag name once: at a hundred thousand annotations the per-row QSqlQuery work and the refolding of
 * the same few tags were most of the import. It does not copy the rows into the FTS table:
 * SearchIndexer::indexAnnotationsAfter does that in one statement.
 */
class SearchBulkIndexer final
{
    Q_DISABLE_COPY_MOVE(SearchBulkIndexer)

public:
    explicit SearchBulkIndexer(const Library &library);

    /// Writes the entries of every annotation whose row id is above `after`; false with lastError() set.
    /// `prefolded`, when given, holds quote and note of those annotations in row order, folded already.
    bool addAnnotationsAfter(qint64 after, const QVector<SearchPrefolded> *prefolded = nullptr);
    /// What the index stores for a quote or note: safe to call on any thread.
    static SearchPrefolded prefold(const QString &text);
    QString lastError() const { return m_lastError; }

private:
    /// A quote or note: its text, folded in place, and its stems.
    struct Entry {
        qint64 annotationId = 0;
        qint64 documentId = 0;
        QString text;
        QString stems;
        bool folded = false; // text is the folded body
    };

    bool addQuotesAndNotes(RawStatement &insert, qint64 after, const QVector<SearchPrefolded> *prefolded);
    bool addTags(RawStatement &insert, qint64 after);
    /// One row of already folded text; skipped when the text has nothing a query could match.
    bool addFolded(RawStatement &insert, int kind, qint64 documentId, qint64 annotationId, qint64 tagId,
                   const QString &body, const QString &stems);

    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
