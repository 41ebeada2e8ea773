#pragma once

#include "library/documentrecord.h"
#include "library/documentsummary.h"

#include <QString>
#include <QUuid>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace hashiya {

class Library;

/**
 * The `document` table: stores an imported article's text whole and finds it again by id, uuid, a short uuid
 * prefix or its text's SHA-256. Each call is one statement; callers wrap several in a Transaction.
 */
class DocumentStore final
{
    Q_DISABLE_COPY_MOVE(DocumentStore)

public:
    explicit DocumentStore(const Library &library);

    std::optional<DocumentRecord> find(qint64 id);
    std::optional<DocumentRecord> findByUuid(const QUuid &uuid);
    std::optional<DocumentRecord> findBySha256(const QString &sha256);
    /// A uuid prefix of at least 4 hex digits that names exactly one document, or a full 64-digit SHA-256.
    std::optional<DocumentRecord> findByIdPrefix(const QString &prefix);

    /// Inserts a new document and indexes its title and text for search, all or nothing; fills id, uuid (if
    /// null), created and lastOpened (now), sha256 (if empty).
    bool insert(DocumentRecord &record);
    bool markOpened(qint64 id, const QString &sourcePath);
    bool setReadingPosition(qint64 id, int position);
    /// Deletes a document and, through the foreign keys, its annotations and search entries.
    bool remove(qint64 id);
    /// The latest version of every document (those no later version names as its previous one), most
    /// recently opened first, without their texts. Earlier versions are reached through versions().
    QVector<DocumentSummary> list();

    /// The newest version in the chain holding `id` (`id` itself when nothing replaced it); 0 when there is
    /// no such document.
    qint64 latestVersion(qint64 id);
    /// The most recently opened latest version imported from `sourcePath`, if any.
    std::optional<qint64> latestWithSourcePath(const QString &sourcePath);
    /// Every version of the document `id` belongs to, newest first, with empty texts.
    QVector<DocumentRecord> versions(qint64 id);
    /// Moves every annotation of one document, and its search entries, to another (a new version).
    bool moveAnnotations(qint64 fromDocument, qint64 toDocument);

    QString lastError() const { return m_lastError; }

    /// Lowercase hex SHA-256 of the text encoded as UTF-8.
    static QString sha256Of(const QString &text);

private:
    std::optional<DocumentRecord> findOne(const QString &where, const QVariant &value);
    bool fail(const QSqlQuery &query);
    bool updateOne(const QString &sql, const QVariantList &values);

    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
