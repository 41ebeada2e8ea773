#pragma once

#include "library/searchhit.h"

#include <QString>
#include <QStringView>
#include <QUuid>

namespace hashiya {

class Library;

/**
 * Keeps the full-text index current: one `search_entry` row per indexed piece (a document's title, each
 * paragraph of its text with its start offset, an annotation's quote and note, a tag's name) holding the
 * piece's FOLDED text and the forms of its words without Arabic proclitics (SearchStemmer), and the FTS5
 * table `search_text` over both. A tag's entry stands for every annotation linked to it (SearchIndex expands
 * it), so linking and unlinking tags needs no upkeep here.
 *
 * Upkeep is explicit C++ rather than triggers calling a folding SQL function: such triggers would make every
 * write from a connection without the function (the sqlite3 shell, a backup tool, a worker thread that forgot
 * to register it) fail, while folding here keeps the file writable by any SQLite tool. The only triggers are
 * plain SQL: they copy `search_entry` rows into the external-content FTS table, so a row deleted by a foreign
 * key cascade (a removed document or annotation) leaves the index with it, in the same transaction.
 *
 * No method opens a transaction: callers run them inside the transaction of the edit they index.
 */
class SearchIndexer final
{
    Q_DISABLE_COPY_MOVE(SearchIndexer)

public:
    explicit SearchIndexer(const Library &library);

    /// Creates the tables, indexes and triggers of the index (empty).
    bool createSchema();
    /// Drops whatever exists of the index; never touches any other table.
    bool dropSchema();
    /// Whether the index has the `stems` column of schema version 3 (false also when it cannot be read).
    bool hasStems();
    /// Whether every table, index and trigger of the index is exactly as createSchema() makes it now (false
    /// also when they cannot be read).
    bool hasCurrentForm();
    /// Indexes every document and annotation of the library; the index must be empty.
    bool fill();

    /// For writing entries in bulk (SearchBulkIndexer): drops the trigger that copies each new entry into the
    /// FTS table and gives the last entry id before them; resumeCopying() copies the entries above it in one
    /// statement, so FTS5 tokenizes them into one batch instead of one trigger run and statement journal
    /// per entry, and brings the trigger back. Inside the caller's transaction: a failure rolls back both.
    bool suspendCopying(qint64 *lastEntry);
    bool resumeCopying(qint64 lastEntry);

    /// Indexes a new document's title and paragraphs.
    bool indexDocument(qint64 documentId, const QString &title, const QString &text);
    /// Indexes a new annotation's quote and note.
    bool indexAnnotation(qint64 annotationId, const QString &quote, const QString &note);
    /// Indexes a new tag's name.
    bool indexTag(qint64 tagId, const QString &name);
    bool reindexQuote(const QUuid &annotation, const QString &quote);
    bool reindexNote(const QUuid &annotation, const QString &note);

    QString lastError() const { return m_lastError; }

    /// The text as the index holds it (TextFolder's default folding); the query is folded the same way.
    static QString foldForIndex(QStringView text);
    /// Whether a folded text has a letter or digit: one without gives no search entry.
    static bool hasWordCharacter(QStringView text);

private:
    bool addEntry(SearchHit::Kind kind, qint64 documentId, qint64 annotationId, qint64 tagId, int start,
                  QStringView text);
    bool removeEntries(qint64 annotationId, SearchHit::Kind kind);
    /// The annotation's row id, by uuid; 0 with lastError() set when it is not in the library.
    qint64 annotationRowId(const QUuid &annotation);
    bool fillDocuments();
    bool fillAnnotations();
    bool fillTags();

    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
