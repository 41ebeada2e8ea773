#include "library/annotationrepository.h"

#include "library/library.h"
#include "library/searchindexer.h"
#include "library/sqlvalues.h"
#include "library/tagkey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

AnnotationRepository::AnnotationRepository(const Library &library)
    : m_library(library)
{}

QString AnnotationRepository::stateName(AnchorState state)
{
    switch (state) {
    case AnchorState::Anchored:
        return u"anchored"_s;
    case AnchorState::Relocated:
        return u"relocated"_s;
    case AnchorState::Orphaned:
        return u"orphaned"_s;
    }
    return u"anchored"_s;
}

AnchorState AnnotationRepository::stateFromName(const QString &name)
{
    if (name == u"relocated")
        return AnchorState::Relocated;
    if (name == u"orphaned")
        return AnchorState::Orphaned;
    return AnchorState::Anchored;
}

bool AnnotationRepository::fail(const QSqlQuery &query)
{
    m_lastError = query.lastError().text();
    return false;
}

bool AnnotationRepository::failIndex(const SearchIndexer &indexer)
{
    m_lastError = indexer.lastError();
    return false;
}

bool AnnotationRepository::exec(QSqlQuery &query)
{
    m_lastError.clear();
    return query.exec() || fail(query);
}

bool AnnotationRepository::updateOne(QSqlQuery &query)
{
    if (!exec(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_lastError = QCoreApplication::translate("hashiya::AnnotationRepository",
                                                  "The annotation is no longer in the library.");
        return false;
    }
    return true;
}

bool AnnotationRepository::load(qint64 documentId, QVector<Annotation> *annotations)
{
    annotations->clear();
    QSqlQuery &q =
        m_library.statement(u"SELECT id, uuid, start, \"end\", exact, prefix, suffix, style, note, created, "
                            u"modified, anchor_state "
                            u"FROM annotation WHERE document = ? ORDER BY start, \"end\", created, uuid"_s);
    q.addBindValue(documentId);
    if (!exec(q))
        return false;
    QHash<qint64, int> rowOf; // annotation.id → index, to attach the tags of the second query
    while (q.next()) {
        Annotation a;
        rowOf.insert(q.value(0).toLongLong(), int(annotations->size()));
        a.id = sql::toUuid(q.value(1));
        a.documentId = documentId;
        a.start = q.value(2).toInt();
        a.end = q.value(3).toInt();
        a.quote = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        a.styleId = q.value(7).toLongLong();
        a.note = q.value(8).toString();
        a.created = sql::toDateTime(q.value(9));
        a.modified = sql::toDateTime(q.value(10));
        a.state = stateFromName(q.value(11).toString());
        annotations->append(std::move(a));
    }
    if (q.lastError().isValid())
        return fail(q);

    QSqlQuery &tags = m_library.statement(
        u"SELECT l.annotation, t.name FROM annotation_tag l JOIN annotation a ON a.id = l.annotation "
        u"JOIN tag t ON t.id = l.tag WHERE a.document = ? ORDER BY l.annotation, l.position"_s);
    tags.addBindValue(documentId);
    if (!exec(tags))
        return false;
    while (tags.next()) {
        const auto row = rowOf.constFind(tags.value(0).toLongLong());
        if (row != rowOf.cend())
            (*annotations)[row.value()].tags.append(tags.value(1).toString());
    }
    return !tags.lastError().isValid() || fail(tags);
}

bool AnnotationRepository::insert(Annotation &annotation)
{
    QSqlQuery &q =
        m_library.statement(u"INSERT INTO annotation (uuid, document, start, \"end\", exact, prefix, suffix, "
                            u"style, note, created, "
                            u"modified, anchor_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(sql::fromUuid(annotation.id));
    q.addBindValue(annotation.documentId);
    q.addBindValue(annotation.start);
    q.addBindValue(annotation.end);
    q.addBindValue(sql::text(annotation.quote.exact));
    q.addBindValue(sql::text(annotation.quote.prefix));
    q.addBindValue(sql::text(annotation.quote.suffix));
    q.addBindValue(sql::fromId(annotation.styleId));
    q.addBindValue(sql::text(annotation.note));
    q.addBindValue(sql::fromDateTime(annotation.created));
    q.addBindValue(sql::fromDateTime(annotation.modified));
    q.addBindValue(stateName(annotation.state));
    if (!exec(q))
        return false;
    SearchIndexer indexer(m_library);
    if (!indexer.indexAnnotation(q.lastInsertId().toLongLong(), annotation.quote.exact, annotation.note))
        return failIndex(indexer);

    QStringList stored;
    for (const QString &name : std::as_const(annotation.tags)) {
        QString storedName;
        if (!linkTag(annotation.id, int(stored.size()), name, &storedName))
            return false;
        if (!stored.contains(storedName))
            stored.append(storedName);
    }
    annotation.tags = stored;
    return true;
}

bool AnnotationRepository::remove(const QUuid &id)
{
    QSqlQuery &q = m_library.statement(u"DELETE FROM annotation WHERE uuid = ?"_s);
    q.addBindValue(sql::fromUuid(id));
    return updateOne(q);
}

bool AnnotationRepository::setStyle(const QUuid &id, qint64 styleId, const QDateTime &modified)
{
    QSqlQuery &q = m_library.statement(u"UPDATE annotation SET style = ?, modified = ? WHERE uuid = ?"_s);
    q.addBindValue(sql::fromId(styleId));
    q.addBindValue(sql::fromDateTime(modified));
    q.addBindValue(sql::fromUuid(id));
    return updateOne(q);
}

bool AnnotationRepository::setNote(const QUuid &id, const QString &note, const QDateTime &modified)
{
    QSqlQuery &q = m_library.statement(u"UPDATE annotation SET note = ?, modified = ? WHERE uuid = ?"_s);
    q.addBindValue(sql::text(note));
    q.addBindValue(sql::fromDateTime(modified));
    q.addBindValue(sql::fromUuid(id));
    if (!updateOne(q))
        return false;
    SearchIndexer indexer(m_library);
    return indexer.reindexNote(id, note) || failIndex(indexer);
}

bool AnnotationRepository::setAnchor(const QUuid &id, int start, int end, const TextQuote &quote,
                                     AnchorState state, const QDateTime &modified)
{
    QSqlQuery &q = m_library.statement(
        u"UPDATE annotation SET start = ?, \"end\" = ?, exact = ?, prefix = ?, suffix = ?, anchor_state = ?, "
        u"modified = ? WHERE uuid = ?"_s);
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(sql::text(quote.exact));
    q.addBindValue(sql::text(quote.prefix));
    q.addBindValue(sql::text(quote.suffix));
    q.addBindValue(stateName(state));
    q.addBindValue(sql::fromDateTime(modified));
    q.addBindValue(sql::fromUuid(id));
    if (!updateOne(q))
        return false;
    SearchIndexer indexer(m_library);
    return indexer.reindexQuote(id, quote.exact) || failIndex(indexer);
}

bool AnnotationRepository::touch(const QUuid &id, const QDateTime &modified)
{
    QSqlQuery &q = m_library.statement(u"UPDATE annotation SET modified = ? WHERE uuid = ?"_s);
    q.addBindValue(sql::fromDateTime(modified));
    q.addBindValue(sql::fromUuid(id));
    return updateOne(q);
}

qint64 AnnotationRepository::tagIdFor(const QString &name, QString *storedName)
{
    const QString display = tagDisplayName(name);
    const QString key = tagKey(display);
    if (key.isEmpty()) {
        m_lastError = QCoreApplication::translate("hashiya::AnnotationRepository", "A tag needs a name.");
        return 0;
    }
    QSqlQuery &find = m_library.statement(u"SELECT id, name FROM tag WHERE name_key = ?"_s);
    find.addBindValue(key);
    if (!exec(find))
        return 0;
    if (find.next()) {
        *storedName = find.value(1).toString();
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        return id;
    }
    QSqlQuery &create = m_library.statement(u"INSERT INTO tag (name, name_key) VALUES (?, ?)"_s);
    create.addBindValue(display);
    create.addBindValue(key);
    if (!exec(create))
        return 0;
    *storedName = display;
    const qint64 id = create.lastInsertId().toLongLong();
    SearchIndexer indexer(m_library);
    if (!indexer.indexTag(id, display)) {
        failIndex(indexer);
        return 0;
    }
    return id;
}

bool AnnotationRepository::insertTag(const QUuid &id, int position, const QString &name, QString *storedName)
{
    // The tag's own entry in the search index stands for its links: linking needs no upkeep.
    return linkTag(id, position, name, storedName);
}

bool AnnotationRepository::linkTag(const QUuid &id, int position, const QString &name, QString *storedName)
{
    QString stored;
    const qint64 tagId = tagIdFor(name, &stored);
    if (tagId == 0)
        return false;
    // Make room at `position`, so an undone removal puts the tag back where it was.
    QSqlQuery &shift = m_library.statement(
        u"UPDATE annotation_tag SET position = position + 1 "
        u"WHERE annotation = (SELECT id FROM annotation WHERE uuid = ?) AND position >= ?"_s);
    shift.addBindValue(sql::fromUuid(id));
    shift.addBindValue(position);
    if (!exec(shift))
        return false;
    QSqlQuery &link = m_library.statement(
        u"INSERT OR IGNORE INTO annotation_tag (annotation, tag, position) SELECT id, ?, ? FROM annotation "
        u"WHERE uuid = ?"_s);
    link.addBindValue(tagId);
    link.addBindValue(position);
    link.addBindValue(sql::fromUuid(id));
    if (!exec(link))
        return false;
    if (link.numRowsAffected() != 1) {
        m_lastError = QCoreApplication::translate(
            "hashiya::AnnotationRepository",
            "The annotation is no longer in the library, or already has this tag.");
        return false;
    }
    if (storedName)
        *storedName = stored;
    return true;
}

bool AnnotationRepository::removeTag(const QUuid &id, const QString &name)
{
    QSqlQuery &position = m_library.statement(
        u"SELECT l.annotation, l.position FROM annotation_tag l JOIN annotation a ON a.id = l.annotation "
        u"JOIN tag t ON t.id = l.tag WHERE a.uuid = ? AND t.name_key = ?"_s);
    position.addBindValue(sql::fromUuid(id));
    position.addBindValue(tagKey(name));
    if (!exec(position))
        return false;
    if (!position.next()) {
        m_lastError = QCoreApplication::translate("hashiya::AnnotationRepository",
                                                  "The annotation has no tag “%1” in the library.")
                          .arg(name);
        return false;
    }
    const qint64 annotationId = position.value(0).toLongLong();
    const int removedAt = position.value(1).toInt();
    position.finish();

    QSqlQuery &unlink = m_library.statement(
        u"DELETE FROM annotation_tag WHERE annotation = ? AND tag = (SELECT id FROM tag WHERE name_key = ?)"_s);
    unlink.addBindValue(annotationId);
    unlink.addBindValue(tagKey(name));
    if (!updateOne(unlink))
        return false;
    QSqlQuery &close = m_library.statement(
        u"UPDATE annotation_tag SET position = position - 1 WHERE annotation = ? AND position > ?"_s);
    close.addBindValue(annotationId);
    close.addBindValue(removedAt);
    return exec(close);
}

} // namespace hashiya
