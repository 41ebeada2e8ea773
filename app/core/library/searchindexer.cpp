#include "library/searchindexer.h"

#include "library/library.h"
#include "library/searchstemmer.h"
#include "library/sqlvalues.h"
#include "text/textfolder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

// The entry rows carry the folded text; search_text is an external-content FTS5 table over them, so the
// folded text is stored once. `stems` holds each word's forms without its Arabic proclitics (SearchStemmer):
// a column of its own, so phrases still match the words as written in `body`, while a single word matches
// either column. unicode61 with remove_diacritics 0: the folding already removed what should go, and the
// tokenizer's own diacritic removal would fold differently from find-in-article.
//
// Each entry belongs to exactly one thing: a document (its title, each paragraph), an annotation (its quote,
// its note) or a tag (its name, once: a search expands it to the annotations linked to the tag). Schema
// step 4 made it so; before, annotation entries also named their document and every tag link had an entry
// of its own. An import of 100,000 annotations with 50,000 tag links wrote 183,000 entries with three index
// rows each; now 133,000 with one each (partial indexes skip the NULLs), and tagging writes no entry at all.
//
// A prefix index of 2 characters makes the first letters typed in the library search (`كت*`) a lookup, not a
// walk over every term that starts so. Step 4 dropped the index of 3 characters: with it FTS5 took 1.33 s to
// index the 194,000 entries of a library of 100,000 imported annotations, without it 0.83 s (0.67 s with no
// prefix index at all), while a 3-letter prefix query took 1.2 ms with it and 1.4 ms without: its terms are a
// short range of the term b-tree.
//
// The index in createStatements of the insert trigger, which bulk indexing drops and recreates.
constexpr int insertTriggerIndex = 5;
const QStringList createStatements = {
    uR"(CREATE TABLE search_entry (
        id INTEGER PRIMARY KEY,
        kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 4),
        document INTEGER REFERENCES document(id) ON DELETE CASCADE,
        annotation INTEGER REFERENCES annotation(id) ON DELETE CASCADE,
        tag INTEGER REFERENCES tag(id) ON DELETE CASCADE,
        start INTEGER NOT NULL DEFAULT 0,
        body TEXT NOT NULL,
        stems TEXT NOT NULL DEFAULT '',
        CHECK ((document IS NOT NULL) + (annotation IS NOT NULL) + (tag IS NOT NULL) = 1)))"_s,
    u"CREATE INDEX search_entry_document ON search_entry(document, kind) WHERE document IS NOT NULL"_s,
    u"CREATE INDEX search_entry_annotation ON search_entry(annotation, kind) WHERE annotation IS NOT NULL"_s,
    u"CREATE INDEX search_entry_tag ON search_entry(tag) WHERE tag IS NOT NULL"_s,
    uR"(CREATE VIRTUAL TABLE search_text USING fts5(body, stems, content = 'search_entry',
        content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0', prefix = '2'))"_s,
    uR"(CREATE TRIGGER search_entry_insert AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_text (rowid, body, stems) VALUES (new.id, new.body, new.stems);
        END)"_s,
    uR"(CREATE TRIGGER search_entry_delete AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_text (search_text, rowid, body, stems) VALUES ('delete', old.id, old.body, old.stems);
        END)"_s,
    uR"(CREATE TRIGGER search_entry_update AFTER UPDATE ON search_entry BEGIN
        INSERT INTO search_text (search_text, rowid, body, stems) VALUES ('delete', old.id, old.body, old.stems);
        INSERT INTO search_text (rowid, body, stems) VALUES (new.id, new.body, new.stems);
        END)"_s,
};

// Triggers first: dropping search_text while they exist would leave them pointing at nothing.
const QStringList dropStatements = {
    u"DROP TRIGGER IF EXISTS search_entry_insert"_s, u"DROP TRIGGER IF EXISTS search_entry_delete"_s,
    u"DROP TRIGGER IF EXISTS search_entry_update"_s, u"DROP TABLE IF EXISTS search_text"_s,
    u"DROP TABLE IF EXISTS search_entry"_s,
};

} // namespace

bool SearchIndexer::hasWordCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isSurrogate())
            return true;
    }
    return false;
}

SearchIndexer::SearchIndexer(const Library &library)
    : m_library(library)
{}

QString SearchIndexer::foldForIndex(QStringView text)
{
    return TextFolder::foldKey(text);
}

bool SearchIndexer::createSchema()
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    for (const QString &sql : createStatements) {
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text() % u" — in: "_s % sql.simplified();
            return false;
        }
    }
    return true;
}

bool SearchIndexer::hasStems()
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    if (!query.exec(u"SELECT count(*) FROM pragma_table_info('search_entry') WHERE name = 'stems'"_s)
        || !query.next()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.value(0).toInt() == 1;
}

bool SearchIndexer::hasCurrentForm()
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    if (!query.exec(u"SELECT sql FROM sqlite_master WHERE tbl_name IN ('search_entry', 'search_text') "
                    u"AND sql IS NOT NULL"_s)) {
        m_lastError = query.lastError().text();
        return false;
    }
    // SQLite keeps each CREATE statement as it was written.
    QStringList stored;
    while (query.next())
        stored.append(query.value(0).toString().simplified());
    QStringList current;
    for (const QString &sql : createStatements)
        current.append(sql.simplified());
    stored.sort();
    current.sort();
    return stored == current;
}

bool SearchIndexer::dropSchema()
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    for (const QString &sql : dropStatements) {
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text() % u" — in: "_s % sql;
            return false;
        }
    }
    return true;
}

bool SearchIndexer::addEntry(SearchHit::Kind kind, qint64 documentId, qint64 annotationId, qint64 tagId,
                             int start, QStringView text)
{
    const QString body = foldForIndex(text);
    if (!hasWordCharacter(body))
        return true; // nothing a query could match
    QSqlQuery &q =
        m_library.statement(u"INSERT INTO search_entry (kind, document, annotation, tag, start, body, stems) "
                            u"VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''))"_s);
    q.addBindValue(int(kind));
    q.addBindValue(sql::fromId(documentId));
    q.addBindValue(sql::fromId(annotationId));
    q.addBindValue(sql::fromId(tagId));
    q.addBindValue(start);
    q.addBindValue(body);
    q.addBindValue(SearchStemmer::stemsOf(body)); // a null QString (no stems) binds NULL
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndexer::removeEntries(qint64 annotationId, SearchHit::Kind kind)
{
    QSqlQuery &q = m_library.statement(u"DELETE FROM search_entry WHERE annotation = ? AND kind = ?"_s);
    q.addBindValue(annotationId);
    q.addBindValue(int(kind));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

qint64 SearchIndexer::annotationRowId(const QUuid &annotation)
{
    QSqlQuery &q = m_library.statement(u"SELECT id FROM annotation WHERE uuid = ?"_s);
    q.addBindValue(sql::fromUuid(annotation));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    if (!q.next()) {
        m_lastError = QCoreApplication::translate("hashiya::SearchIndexer",
                                                  "The annotation is no longer in the library.");
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool SearchIndexer::indexDocument(qint64 documentId, const QString &title, const QString &text)
{
    m_lastError.clear();
    if (!addEntry(SearchHit::Kind::Title, documentId, 0, 0, 0, title))
        return false;
    // One entry per paragraph: bm25 then ranks a paragraph, not a whole book, and a hit knows where it is.
    const QStringView all(text);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        if (!addEntry(SearchHit::Kind::Text, documentId, 0, 0, int(start), all.mid(start, end - start)))
            return false;
        start = end + 1;
    }
    return true;
}

bool SearchIndexer::indexAnnotation(qint64 annotationId, const QString &quote, const QString &note)
{
    m_lastError.clear();
    return addEntry(SearchHit::Kind::Quote, 0, annotationId, 0, 0, quote)
           && addEntry(SearchHit::Kind::Note, 0, annotationId, 0, 0, note);
}

bool SearchIndexer::indexTag(qint64 tagId, const QString &name)
{
    m_lastError.clear();
    return addEntry(SearchHit::Kind::Tag, 0, 0, tagId, 0, name);
}

bool SearchIndexer::reindexQuote(const QUuid &annotation, const QString &quote)
{
    m_lastError.clear();
    const qint64 annotationId = annotationRowId(annotation);
    return annotationId != 0 && removeEntries(annotationId, SearchHit::Kind::Quote)
           && addEntry(SearchHit::Kind::Quote, 0, annotationId, 0, 0, quote);
}

bool SearchIndexer::reindexNote(const QUuid &annotation, const QString &note)
{
    m_lastError.clear();
    const qint64 annotationId = annotationRowId(annotation);
    return annotationId != 0 && removeEntries(annotationId, SearchHit::Kind::Note)
           && addEntry(SearchHit::Kind::Note, 0, annotationId, 0, 0, note);
}

bool SearchIndexer::fill()
{
    m_lastError.clear();
    return fillDocuments() && fillAnnotations() && fillTags();
}

bool SearchIndexer::fillDocuments()
{
    QSqlQuery ids(m_library.database());
    ids.setForwardOnly(true);
    if (!ids.exec(u"SELECT id FROM document ORDER BY id"_s)) {
        m_lastError = ids.lastError().text();
        return false;
    }
    QVector<qint64> documents;
    while (ids.next())
        documents.append(ids.value(0).toLongLong());
    // One text in memory at a time: a library of books must not be read whole.
    QSqlQuery read(m_library.database());
    read.setForwardOnly(true);
    read.prepare(u"SELECT title, text FROM document WHERE id = ?"_s);
    for (const qint64 id : std::as_const(documents)) {
        read.addBindValue(id);
        if (!read.exec() || !read.next()) {
            m_lastError = read.lastError().text();
            return false;
        }
        const QString title = read.value(0).toString();
        const QString text = read.value(1).toString();
        read.finish();
        if (!indexDocument(id, title, text))
            return false;
    }
    return true;
}

bool SearchIndexer::suspendCopying(qint64 *lastEntry)
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    if (!query.exec(u"SELECT coalesce(max(id), 0) FROM search_entry"_s) || !query.next()) {
        m_lastError = query.lastError().text();
        return false;
    }
    *lastEntry = query.value(0).toLongLong();
    query.finish();
    if (!query.exec(u"DROP TRIGGER search_entry_insert"_s)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndexer::resumeCopying(qint64 lastEntry)
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    query.prepare(u"INSERT INTO search_text (rowid, body, stems) "
                  u"SELECT id, body, stems FROM search_entry WHERE id > ? ORDER BY id"_s);
    query.addBindValue(lastEntry);
    Q_ASSERT(createStatements.at(insertTriggerIndex).contains(u"TRIGGER search_entry_insert"_s));
    if (!query.exec() || !query.exec(createStatements.at(insertTriggerIndex))) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndexer::fillAnnotations()
{
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, exact, note FROM annotation ORDER BY id"_s)) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!indexAnnotation(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()))
            return false;
    }
    return true;
}

bool SearchIndexer::fillTags()
{
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name FROM tag ORDER BY id"_s)) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!indexTag(q.value(0).toLongLong(), q.value(1).toString()))
            return false;
    }
    return true;
}

} // namespace hashiya
