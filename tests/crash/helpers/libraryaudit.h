#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hashiya {

/**
 * The checks a library file must pass after any crash, run on an open connection to it: SQLite's own
 * integrity and foreign-key checks, no tag link to a missing tag or annotation, and, when the file has a
 * full-text index, the FTS5 structure check plus one index entry per annotation quote, note and tag link,
 * each holding the folded text of what it indexes. Each returns what is wrong, empty when all is well.
 */
class LibraryAudit final
{
public:
    static QStringList problems(const QSqlDatabase &db);
    static QStringList searchIndexProblems(const QSqlDatabase &db);
    /// Annotations with no tag at all (the crash driver never leaves one so: such a row is half-made).
    static int untaggedAnnotations(const QSqlDatabase &db);
    static int schemaVersion(const QSqlDatabase &db);
    /// How many of the search index's tables and triggers exist (0 before schema version 2, 5 from it).
    static int searchIndexObjects(const QSqlDatabase &db);
    static int annotationCount(const QSqlDatabase &db);

private:
    /// The single integer a query returns, or -1 when it fails.
    static qint64 number(const QSqlDatabase &db, const QString &sql);
};

} // namespace hashiya
