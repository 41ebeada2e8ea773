#include "library/schemamigration.h"

#include "library/library.h"
#include "library/searchindexer.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <iterator>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

bool execAll(const Library &library, const QStringList &statements, QString *errorMessage)
{
    const QSqlDatabase db = library.database();
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *errorMessage = query.lastError().text() % u" — in: "_s % sql.simplified();
            return false;
        }
    }
    return true;
}

// Version 1: documents, annotations, highlight styles (with the five defaults), nested tags and their links.
bool createInitialSchema(const Library &library, QString *errorMessage)
{
    const QStringList statements = {
        uR"(CREATE TABLE style (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            color TEXT NOT NULL CHECK (length(color) = 7 AND color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
            shortcut INTEGER NOT NULL DEFAULT 0 CHECK (shortcut BETWEEN 0 AND 9),
            position INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL DEFAULT '',
            media_type TEXT NOT NULL DEFAULT 'text/plain',
            sha256 TEXT NOT NULL,
            text TEXT NOT NULL,
            structure TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL DEFAULT 'rtl' CHECK (direction IN ('rtl', 'ltr')),
            encoding TEXT NOT NULL DEFAULT '',
            previous_version INTEGER REFERENCES document(id) ON DELETE SET NULL,
            created TEXT NOT NULL,
            last_opened TEXT NOT NULL,
            reading_position INTEGER NOT NULL DEFAULT 0))"_s,
        u"CREATE INDEX document_sha256 ON document(sha256)"_s,
        u"CREATE INDEX document_previous_version ON document(previous_version)"_s,
        uR"(CREATE TABLE annotation (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            style INTEGER REFERENCES style(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            anchor_state TEXT NOT NULL DEFAULT 'anchored'
                CHECK (anchor_state IN ('anchored', 'relocated', 'orphaned')),
            CHECK (start >= 0 AND "end" >= start)))"_s,
        u"CREATE INDEX annotation_document_start ON annotation(document, start)"_s,
        u"CREATE INDEX annotation_style ON annotation(style)"_s,
        uR"(CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            color TEXT,
            parent INTEGER REFERENCES tag(id) ON DELETE SET NULL))"_s,
        u"CREATE INDEX tag_parent ON tag(parent)"_s,
        uR"(CREATE TABLE annotation_tag (
            annotation INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
            tag INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (annotation, tag)) WITHOUT ROWID)"_s,
        u"CREATE INDEX annotation_tag_tag ON annotation_tag(tag)"_s,
        // Soft colours that keep black text readable in light and dark themes alike.
        uR"(INSERT INTO style (id, name, color, shortcut, position) VALUES
            (1, 'Highlight', '#fff176', 1, 1),
            (2, 'Important', '#ff8a80', 2, 2),
            (3, 'Term', '#a5d6a7', 3, 3),
            (4, 'Question', '#90caf9', 4, 4),
            (5, 'Disputed', '#ce93d8', 5, 5))"_s,
        u"PRAGMA application_id = "_s % QString::number(SchemaMigration::applicationId()),
    };
    return execAll(library, statements, errorMessage);
}

// Version 2: the full-text index over folded titles, paragraphs, quotes, notes and tag names, filled from the
// data already there.
bool createSearchIndex(const Library &library, QString *errorMessage)
{
    SearchIndexer indexer(library);
    if (indexer.createSchema() && indexer.fill())
        return true;
    *errorMessage = indexer.lastError();
    return false;
}

/// Drops and refills the search index (derived data) unless `isCurrent` says an earlier step of this same run
/// already made it in the new form.
bool rebuildSearchIndexUnless(bool (SearchIndexer::*isCurrent)(), const Library &library,
                              QString *errorMessage)
{
    SearchIndexer indexer(library);
    if ((indexer.*isCurrent)())
        return true;
    if (indexer.dropSchema() && indexer.createSchema() && indexer.fill())
        return true;
    *errorMessage = indexer.lastError();
    return false;
}

// Version 3: the index gains the `stems` column (words without their Arabic proclitics, so الحكومة finds
// والحكومة and للحكومة). A library that came from version 1 in this same run got it in step 2.
bool addSearchStems(const Library &library, QString *errorMessage)
{
    return rebuildSearchIndexUnless(&SearchIndexer::hasStems, library, errorMessage);
}

// Version 4: the index in its leaner form (see SearchIndexer): annotation entries without their document, one
// entry per tag instead of one per tag link, partial indexes, a prefix index of 2 characters only.
bool reshapeSearchIndex(const Library &library, QString *errorMessage)
{
    return rebuildSearchIndexUnless(&SearchIndexer::hasCurrentForm, library, errorMessage);
}

using Step = bool (*)(const Library &, QString *);

// Index i holds the step to version i + 1.
constexpr Step steps[] = {
    createInitialSchema,
    createSearchIndex,
    addSearchStems,
    reshapeSearchIndex,
};

int readUserVersion(const Library &library, QString *errorMessage)
{
    QSqlQuery query(library.database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *errorMessage = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace

int SchemaMigration::latestVersion()
{
    return int(std::size(steps));
}

qint32 SchemaMigration::applicationId()
{
    return 0x48534859; // "HSHY"
}

bool SchemaMigration::migrate(const Library &library, QString *errorMessage)
{
    for (;;) {
        Transaction transaction(library);
        if (!transaction.isActive()) {
            *errorMessage = transaction.errorMessage();
            return false;
        }
        // Read inside the write lock: another instance may have migrated while we waited for it.
        const int version = readUserVersion(library, errorMessage);
        if (version < 0)
            return false;
        if (version >= latestVersion())
            return true;
        if (!steps[version](library, errorMessage)) {
            *errorMessage =
                QCoreApplication::translate("hashiya::SchemaMigration", "Schema step %1 failed: %2")
                    .arg(version + 1)
                    .arg(*errorMessage);
            return false;
        }
        QSqlQuery bump(library.database());
        if (!bump.exec(u"PRAGMA user_version = "_s % QString::number(version + 1))) {
            *errorMessage = bump.lastError().text();
            return false;
        }
        if (!transaction.commit()) {
            *errorMessage = transaction.errorMessage();
            return false;
        }
    }
}

} // namespace hashiya
