#pragma once

#include "annotation/annotation.h"

#include <QString>
#include <QUuid>
#include <QVector>

class QSqlQuery;

namespace hashiya {

class Library;
class SearchIndexer;

/**
 * The SQL for annotations and their tag links. Every method is one or a few statements and opens no
 * transaction of its own: AnnotationStore wraps each user edit in exactly one Transaction. Each write also
 * updates the search index (SearchIndexer) for what it changed: quote, note, tags; a removal takes the
 * annotation's entries with it through the foreign keys.
 */
class AnnotationRepository final
{
    Q_DISABLE_COPY_MOVE(AnnotationRepository)

public:
    explicit AnnotationRepository(const Library &library);

    /// A document's annotations in reading order (start, end, created, uuid), with their tags, in two
    /// queries.
    bool load(qint64 documentId, QVector<Annotation> *annotations);
    /// Inserts the annotation and links its tags in order; `annotation.tags` become the stored spellings.
    bool insert(Annotation &annotation);
    bool remove(const QUuid &id);
    bool setStyle(const QUuid &id, qint64 styleId, const QDateTime &modified);
    bool setNote(const QUuid &id, const QString &note, const QDateTime &modified);
    /// Moves an annotation after its text changed (re-anchoring): range, quote and anchor state together.
    bool setAnchor(const QUuid &id, int start, int end, const TextQuote &quote, AnchorState state,
                   const QDateTime &modified);
    /// Links the tag at `position` among the annotation's tags, creating the tag when no tag folds to the
    /// same key. `storedName` receives the spelling the library keeps (an existing tag's, if any).
    bool insertTag(const QUuid &id, int position, const QString &name, QString *storedName);
    /// Unlinks the tag that folds like `name`; the tag itself stays for completion and other annotations.
    bool removeTag(const QUuid &id, const QString &name);
    /// Sets `modified` on an annotation, for edits made of tag links only.
    bool touch(const QUuid &id, const QDateTime &modified);

    QString lastError() const { return m_lastError; }

    static QString stateName(AnchorState state);
    static AnchorState stateFromName(const QString &name);

private:
    bool fail(const QSqlQuery &query);
    bool failIndex(const SearchIndexer &indexer);
    /// insertTag without the index upkeep, for insert() which indexes all tags at once.
    bool linkTag(const QUuid &id, int position, const QString &name, QString *storedName);
    bool exec(QSqlQuery &query);
    bool updateOne(QSqlQuery &query);
    qint64 tagIdFor(const QString &name, QString *storedName);

    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
