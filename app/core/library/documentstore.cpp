#include "library/documentstore.h"

#include "library/library.h"
#include "library/savepoint.h"
#include "library/searchindexer.h"
#include "library/sqlvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

const QString recordColumns =
    u"id, uuid, title, source_path, media_type, sha256, text, structure, language, "
    u"direction, encoding, previous_version, created, last_opened, reading_position"_s;

DocumentRecord readRecord(const QSqlQuery &q)
{
    DocumentRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = sql::toUuid(q.value(1));
    r.title = q.value(2).toString();
    r.sourcePath = q.value(3).toString();
    r.mediaType = q.value(4).toString();
    r.sha256 = q.value(5).toString();
    r.text = q.value(6).toString();
    r.structure = q.value(7).toString();
    r.language = q.value(8).toString();
    r.direction = q.value(9).toString() == u"ltr" ? Qt::LeftToRight : Qt::RightToLeft;
    r.encoding = q.value(10).toString();
    r.previousVersionId = q.value(11).toLongLong();
    r.created = sql::toDateTime(q.value(12));
    r.lastOpened = sql::toDateTime(q.value(13));
    r.readingPosition = q.value(14).toInt();
    return r;
}

} // namespace

DocumentStore::DocumentStore(const Library &library)
    : m_library(library)
{}

QString DocumentStore::sha256Of(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool DocumentStore::fail(const QSqlQuery &query)
{
    m_lastError = query.lastError().text();
    return false;
}

std::optional<DocumentRecord> DocumentStore::findOne(const QString &where, const QVariant &value)
{
    m_lastError.clear();
    QSqlQuery &q = m_library.statement(u"SELECT "_s % recordColumns % u" FROM document WHERE "_s % where);
    q.addBindValue(value);
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().isValid())
            fail(q);
        else
            m_lastError = QCoreApplication::translate("hashiya::DocumentStore", "No such document.");
        return std::nullopt;
    }
    DocumentRecord record = readRecord(q);
    q.finish();
    return record;
}

std::optional<DocumentRecord> DocumentStore::find(qint64 id)
{
    return findOne(u"id = ?"_s, id);
}

std::optional<DocumentRecord> DocumentStore::findByUuid(const QUuid &uuid)
{
    return findOne(u"uuid = ?"_s, sql::fromUuid(uuid));
}

std::optional<DocumentRecord> DocumentStore::findBySha256(const QString &sha256)
{
    // Several versions never share a text, but a re-import might; the most recent one is the one to open.
    return findOne(u"sha256 = ? ORDER BY id DESC LIMIT 1"_s, sha256.toLower());
}

std::optional<DocumentRecord> DocumentStore::findByIdPrefix(const QString &prefix)
{
    m_lastError.clear();
    QString key = prefix.trimmed().toLower();
    if (key.startsWith(u'{'))
        key.remove(0, 1);
    if (key.endsWith(u'}'))
        key.chop(1);

    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    if (sha256.match(key).hasMatch())
        return findBySha256(key);

    static const QRegularExpression uuidPrefix(u"^[0-9a-f-]{4,36}$"_s);
    if (!uuidPrefix.match(key).hasMatch()) {
        m_lastError =
            QCoreApplication::translate("hashiya::DocumentStore",
                                        "“%1” is not a document id: give at least 4 characters of its id.")
                .arg(prefix);
        return std::nullopt;
    }
    // Only hex digits and '-' get here, so the prefix needs no LIKE escaping; GLOB keeps it case-exact and
    // indexed.
    QSqlQuery &q = m_library.statement(u"SELECT id FROM document WHERE uuid GLOB ? LIMIT 2"_s);
    q.addBindValue(QString(key % u'*'));
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty()) {
        m_lastError =
            QCoreApplication::translate("hashiya::DocumentStore", "No document has the id “%1”.").arg(prefix);
        return std::nullopt;
    }
    if (ids.size() > 1) {
        m_lastError = QCoreApplication::translate("hashiya::DocumentStore",
                                                  "The id “%1” is ambiguous: give more of it.")
                          .arg(prefix);
        return std::nullopt;
    }
    return find(ids.first());
}

bool DocumentStore::insert(DocumentRecord &record)
{
    m_lastError.clear();
    DocumentRecord r = record;
    if (r.uuid.isNull())
        r.uuid = QUuid::createUuid();
    if (r.sha256.isEmpty())
        r.sha256 = sha256Of(r.text);
    r.created = sql::now();
    r.lastOpened = r.created;

    QSqlQuery &q = m_library.statement(
        u"INSERT INTO document (uuid, title, source_path, media_type, sha256, text, structure, language, "
        u"direction, encoding, previous_version, created, last_opened, reading_position) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(sql::fromUuid(r.uuid));
    q.addBindValue(sql::text(r.title));
    q.addBindValue(sql::text(r.sourcePath));
    q.addBindValue(r.mediaType.isEmpty() ? u"text/plain"_s : r.mediaType);
    q.addBindValue(r.sha256.toLower());
    q.addBindValue(sql::text(r.text));
    q.addBindValue(sql::text(r.structure));
    q.addBindValue(sql::text(r.language));
    q.addBindValue(r.direction == Qt::LeftToRight ? u"ltr"_s : u"rtl"_s);
    q.addBindValue(sql::text(r.encoding));
    q.addBindValue(sql::fromId(r.previousVersionId));
    q.addBindValue(sql::fromDateTime(r.created));
    q.addBindValue(sql::fromDateTime(r.lastOpened));
    q.addBindValue(r.readingPosition);
    // The document and its search entries go in together, inside the caller's transaction or on their own.
    Savepoint savepoint(m_library, u"document_insert"_s);
    if (!savepoint.isActive()) {
        m_lastError = savepoint.errorMessage();
        return false;
    }
    if (!q.exec())
        return fail(q);
    r.id = q.lastInsertId().toLongLong();
    SearchIndexer indexer(m_library);
    if (!indexer.indexDocument(r.id, r.title, r.text)) {
        m_lastError = indexer.lastError();
        return false;
    }
    if (!savepoint.release()) {
        m_lastError = savepoint.errorMessage();
        return false;
    }
    record = r;
    return true;
}

bool DocumentStore::updateOne(const QString &sqlText, const QVariantList &values)
{
    m_lastError.clear();
    QSqlQuery &q = m_library.statement(sqlText);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1) {
        m_lastError = QCoreApplication::translate("hashiya::DocumentStore", "No such document.");
        return false;
    }
    return true;
}

bool DocumentStore::markOpened(qint64 id, const QString &sourcePath)
{
    return updateOne(u"UPDATE document SET last_opened = ?, source_path = ? WHERE id = ?"_s,
                     {sql::fromDateTime(sql::now()), sourcePath, id});
}

bool DocumentStore::setReadingPosition(qint64 id, int position)
{
    return updateOne(u"UPDATE document SET reading_position = ? WHERE id = ?"_s, {qMax(0, position), id});
}

bool DocumentStore::remove(qint64 id)
{
    return updateOne(u"DELETE FROM document WHERE id = ?"_s, {id});
}

QVector<DocumentSummary> DocumentStore::list()
{
    m_lastError.clear();
    QVector<DocumentSummary> result;
    QSqlQuery &q = m_library.statement(
        u"SELECT d.id, d.uuid, d.title, d.last_opened, d.encoding, "
        u"(SELECT count(*) FROM annotation a WHERE a.document = d.id) "
        u"FROM document d WHERE NOT EXISTS (SELECT 1 FROM document n WHERE n.previous_version = d.id) "
        u"ORDER BY d.last_opened DESC, d.id DESC"_s);
    if (!q.exec()) {
        fail(q);
        return result;
    }
    while (q.next()) {
        DocumentSummary s;
        s.id = q.value(0).toLongLong();
        s.uuid = sql::toUuid(q.value(1));
        s.title = q.value(2).toString();
        s.lastOpened = sql::toDateTime(q.value(3));
        s.encoding = q.value(4).toString();
        s.annotationCount = q.value(5).toInt();
        result.append(s);
    }
    if (q.lastError().isValid())
        fail(q);
    return result;
}

qint64 DocumentStore::latestVersion(qint64 id)
{
    m_lastError.clear();
    QSqlQuery &exists = m_library.statement(u"SELECT id FROM document WHERE id = ?"_s);
    exists.addBindValue(id);
    if (!exists.exec()) {
        fail(exists);
        return 0;
    }
    if (!exists.next()) {
        m_lastError = QCoreApplication::translate("hashiya::DocumentStore", "No such document.");
        return 0;
    }
    exists.finish();
    QSqlQuery &next =
        m_library.statement(u"SELECT id FROM document WHERE previous_version = ? ORDER BY id DESC LIMIT 1"_s);
    // Chains are linear (a new version is always made of the latest); the bound guards against a loop.
    for (int step = 0; step < 100000; ++step) {
        next.addBindValue(id);
        if (!next.exec()) {
            fail(next);
            return 0;
        }
        if (!next.next())
            break;
        id = next.value(0).toLongLong();
        next.finish();
    }
    return id;
}

std::optional<qint64> DocumentStore::latestWithSourcePath(const QString &sourcePath)
{
    m_lastError.clear();
    if (sourcePath.isEmpty())
        return std::nullopt;
    QSqlQuery &q =
        m_library.statement(u"SELECT d.id FROM document d WHERE d.source_path = ? "
                            u"AND NOT EXISTS (SELECT 1 FROM document n WHERE n.previous_version = d.id) "
                            u"ORDER BY d.last_opened DESC, d.id DESC LIMIT 1"_s);
    q.addBindValue(sourcePath);
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QVector<DocumentRecord> DocumentStore::versions(qint64 id)
{
    QVector<DocumentRecord> chain;
    qint64 current = latestVersion(id);
    static const QString columns = QString(recordColumns).replace(u", text, "_s, u", '', "_s);
    QSqlQuery &q = m_library.statement(u"SELECT "_s % columns % u" FROM document WHERE id = ?"_s);
    while (current != 0 && chain.size() < 100000) {
        q.addBindValue(current);
        if (!q.exec() || !q.next()) {
            if (q.lastError().isValid())
                fail(q);
            break;
        }
        chain.append(readRecord(q));
        q.finish();
        current = chain.constLast().previousVersionId;
    }
    return chain;
}

bool DocumentStore::moveAnnotations(qint64 fromDocument, qint64 toDocument)
{
    m_lastError.clear();
    QSqlQuery &annotations = m_library.statement(u"UPDATE annotation SET document = ? WHERE document = ?"_s);
    annotations.addBindValue(toDocument);
    annotations.addBindValue(fromDocument);
    // The search index finds an annotation's document through the annotation (SearchIndexer), so a hit opens
    // the version that holds it now with nothing more to move.
    return annotations.exec() || fail(annotations);
}

} // namespace hashiya
