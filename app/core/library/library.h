#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

class QObject;

namespace hashiya {

/**
 * The SQLite library file: opens (or creates) it, checks it is ours, migrates its schema and hands out one
 * connection per thread with the connection settings DESIGN.md asks for. It never overwrites or deletes a
 * file it refuses. Stores (DocumentStore, AnnotationRepository …) hold a Library& and ask it for prepared
 * statements.
 */
class Library final
{
    Q_DISABLE_COPY_MOVE(Library)

public:
    /// Why open() refused a file; the window offers recovery only for Damaged.
    enum class Problem {
        None,
        NotALibrary,  // not SQLite, or another program's SQLite file, or a folder
        Empty,        // zero bytes: perhaps a copy cut short; never taken for a new library
        Damaged,      // SQLite, ours, but pages cannot be read
        Newer,        // schema newer than this build knows
        Unreadable,   // no permission to read it
        ReadOnly,     // read-only and older than this build: it cannot be updated
        CannotCreate, // missing and its folder cannot hold a new one
        CannotUpdate, // migration (or the backup before it) failed: locked, disk full …
    };

    /// Opens or creates the library at `path` (":memory:" for a private in-memory library). Returns nullptr
    /// and sets `errorMessage` (what is wrong, where the file is, what to do) and `problem` when the file
    /// cannot be used; the file is then left exactly as it was. A file the user may not write (or in a
    /// folder they may not write) opens read-only: reads work, every write fails with "read-only".
    static std::unique_ptr<Library> open(const QString &path, QString *errorMessage,
                                         Problem *problem = nullptr);
    ~Library();

    /// Words for the user about a failed write's SQLite error: a full disk, a read-only or locked library
    /// each say what to do; anything else is passed through.
    static QString explainSqlError(const QString &sqliteError);
    bool isReadOnly() const { return m_readOnly; }

    QString path() const { return m_path; }
    /// This thread's connection, opened on first use with the pragmas applied; closed when the thread
    /// finishes or when the Library is destroyed. Do not keep the returned object beyond the current
    /// function.
    QSqlDatabase database() const;
    /// This thread's prepared statement for `sql`: prepared once per connection, then reused. It comes back
    /// reset; it lives until the thread's connection closes. Finish it when a read stops before the last row,
    /// or its read snapshot stays open. Never use the same SQL twice at once (e.g. inside its own result
    /// loop).
    QSqlQuery &statement(const QString &sql) const;
    /// Closes this thread's connection now, with its statements and page cache, rather than when the thread
    /// finishes: for a pool thread done with one piece of work, whose thread may idle on for a while.
    void releaseThreadConnection() const;

    int schemaVersion() const;
    static int currentSchemaVersion();
    /// library.sqlite in QStandardPaths::AppDataLocation; the folder is created if missing.
    static QString defaultPath();

    bool isInMemory() const { return m_inMemory; }

private:
    Library(const QString &path, bool inMemory, bool readOnly);
    QString connectionName() const;
    bool openConnection(QSqlDatabase &db, QString *errorMessage) const;
    void releaseConnection(const QString &name) const;
    bool validateAndConfigure(QString *errorMessage, Problem *problem);

    QString m_path;
    QString m_databaseName; // what SQLite opens: the path, or a shared-cache URI for :memory:
    bool m_inMemory = false;
    bool m_readOnly = false;
    int m_versionAtOpen = 0; // user_version found by validateAndConfigure()
    int m_serial = 0;
    std::unique_ptr<QObject> m_threadGuard; // context of the QThread::finished connections; dies first
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
    mutable QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>
        m_statements; // connection name → sql → statement
};

} // namespace hashiya
