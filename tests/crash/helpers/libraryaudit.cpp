#include "libraryaudit.h"

#include "library/searchhit.h"
#include "library/searchindexer.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

// What the indexer indexes: a piece with no letter or digit is left out (SearchIndexer::addEntry).
bool indexable(const QString &folded)
{
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isSurrogate())
            return true;
    }
    return false;
}

QString failed(const QSqlQuery &query, const QString &what)
{
    return what % u" failed: "_s % query.lastError().text();
}

} // namespace

qint64 LibraryAudit::number(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int LibraryAudit::schemaVersion(const QSqlDatabase &db)
{
    return int(number(db, u"PRAGMA user_version"_s));
}

int LibraryAudit::searchIndexObjects(const QSqlDatabase &db)
{
    return int(number(db, u"SELECT count(*) FROM sqlite_master WHERE name IN ('search_entry', 'search_text', "
                          u"'search_entry_insert', 'search_entry_delete', 'search_entry_update')"_s));
}

int LibraryAudit::annotationCount(const QSqlDatabase &db)
{
    return int(number(db, u"SELECT count(*) FROM annotation"_s));
}

int LibraryAudit::untaggedAnnotations(const QSqlDatabase &db)
{
    return int(number(db, u"SELECT count(*) FROM annotation a WHERE NOT EXISTS "
                          u"(SELECT 1 FROM annotation_tag l WHERE l.annotation = a.id)"_s));
}

QStringList LibraryAudit::problems(const QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return {failed(q, u"integrity_check"_s)};
    QStringList integrity;
    while (q.next())
        integrity.append(q.value(0).toString());
    if (integrity != QStringList{u"ok"_s})
        problems.append(u"integrity_check: "_s % integrity.join(u"; "));

    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return problems << failed(q, u"foreign_key_check"_s);
    while (q.next())
        problems.append(u"foreign key broken: row %1 of %2 points to a missing %3"_s.arg(
            q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));

    const qint64 dangling = number(db, u"SELECT count(*) FROM annotation_tag l WHERE NOT EXISTS "
                                       u"(SELECT 1 FROM annotation a WHERE a.id = l.annotation) "
                                       u"OR NOT EXISTS (SELECT 1 FROM tag t WHERE t.id = l.tag)"_s);
    if (dangling != 0)
        problems.append(u"%1 tag links point to nothing"_s.arg(dangling));
    if (searchIndexObjects(db) > 0)
        problems += searchIndexProblems(db);
    return problems;
}

QStringList LibraryAudit::searchIndexProblems(const QSqlDatabase &db)
{
    QStringList problems;
    if (searchIndexObjects(db) != 5)
        return {u"the search index is incomplete"_s};
    QSqlQuery q(db);
    // FTS5 compares its index with the external content table (search_entry) and its own structure.
    if (!q.exec(u"INSERT INTO search_text (search_text) VALUES ('integrity-check')"_s))
        problems.append(failed(q, u"the full-text index check"_s));

    q.setForwardOnly(true);
    if (!q.exec(u"SELECT a.uuid, a.exact, a.note, "
                u"(SELECT count(*) FROM search_entry e WHERE e.annotation = a.id AND e.kind = %1), "
                u"(SELECT max(body) FROM search_entry e WHERE e.annotation = a.id AND e.kind = %1), "
                u"(SELECT count(*) FROM search_entry e WHERE e.annotation = a.id AND e.kind = %2), "
                u"(SELECT max(body) FROM search_entry e WHERE e.annotation = a.id AND e.kind = %2) "
                u"FROM annotation a"_s.arg(int(SearchHit::Kind::Quote))
                    .arg(int(SearchHit::Kind::Note))))
        return problems << failed(q, u"reading the index entries"_s);
    while (q.next() && problems.size() < 10) {
        const QString id = q.value(0).toString();
        for (const int column : {1, 2}) {
            const QString folded = SearchIndexer::foldForIndex(q.value(column).toString());
            const int expected = indexable(folded) ? 1 : 0;
            const int countColumn = column == 1 ? 3 : 5; // then the indexed body
            const int entries = q.value(countColumn).toInt();
            const QString what = column == 1 ? u"quote"_s : u"note"_s;
            if (entries != expected)
                problems.append(u"annotation %1 has %2 %3 entries in the index, not %4"_s.arg(id)
                                    .arg(entries)
                                    .arg(what)
                                    .arg(expected));
            else if (expected == 1 && q.value(countColumn + 1).toString() != folded)
                problems.append(u"annotation %1: the index holds a stale %2"_s.arg(id, what));
        }
    }
    // One entry per tag, holding its folded name; the links need none.
    if (!q.exec(u"SELECT t.id, t.name, (SELECT count(*) FROM search_entry e WHERE e.tag = t.id), "
                u"(SELECT max(body) FROM search_entry e WHERE e.tag = t.id) FROM tag t"_s))
        return problems << failed(q, u"reading the tag entries"_s);
    while (q.next() && problems.size() < 10) {
        const QString folded = SearchIndexer::foldForIndex(q.value(1).toString());
        const int expected = indexable(folded) ? 1 : 0;
        if (q.value(2).toInt() != expected)
            problems.append(u"tag %1 has %2 entries in the index, not %3"_s.arg(q.value(0).toString())
                                .arg(q.value(2).toInt())
                                .arg(expected));
        else if (expected == 1 && q.value(3).toString() != folded)
            problems.append(u"tag %1: the index holds a stale name"_s.arg(q.value(0).toString()));
    }
    return problems;
}

} // namespace hashiya
