#include "library/library.h"

#include "library/librarybackup.h"
#include "library/schemamigration.h"
#include "library/searchindex.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr int busyTimeoutMs = 5000;
constexpr qint64 quickCheckLimit = 16 * 1024 * 1024;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QAtomicInt nextSerial;

QString unchanged()
{
    return QCoreApplication::translate("hashiya::Library", "The file has not been changed.");
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Names the newest backup beside the library, so "restore it from a backup" points at a real file.
QString backupHint(const QString &path)
{
    const QStringList backups = LibraryBackup::backups(path);
    if (backups.isEmpty())
        return {};
    return QCoreApplication::translate("hashiya::Library", " The newest backup is “%1”.")
        .arg(native(backups.constFirst()));
}

QString notALibrary(const QString &path, const QString &what)
{
    return QCoreApplication::translate(
               "hashiya::Library",
               "“%1” is not a Hashiya library: %2. %3 Open another library, or move this file "
               "away and create a new library.")
        .arg(native(path), what, unchanged());
}

QString emptyFile(const QString &path)
{
    return QCoreApplication::translate(
               "hashiya::Library",
               "The library “%1” is empty (0 bytes): it may be a copy that was cut short, so it "
               "is not taken for a new library. %2 Restore it from a backup, open another "
               "library, or delete this empty file to start a new library there.%3")
        .arg(native(path), unchanged(), backupHint(path));
}

QString damaged(const QString &path, const QString &sqliteError)
{
    return QCoreApplication::translate(
               "hashiya::Library",
               "The library “%1” is damaged and cannot be read (%2). %3 Try to recover what is "
               "still readable into a new library, restore it from a backup, or open another "
               "library.%4")
        .arg(native(path), sqliteError, unchanged(), backupHint(path));
}

QString unreadable(const QString &path, const QString &reason)
{
    return QCoreApplication::translate(
               "hashiya::Library",
               "Cannot read the library “%1”: %2. %3 Check that you may read the file and its "
               "folder, or open another library.")
        .arg(native(path), reason, unchanged());
}

/**
 * Process-wide SQLite settings, made before the first connection opens (sqlite3_config refuses them after).
 * Memory statistics off: with them SQLite takes a global mutex around every allocation, which cost about a
 * tenth of importing 100,000 annotations (2.9 → 2.6 s); nothing here reads sqlite3_memory_used() or sets a
 * heap limit.
 */
void configureSqliteOnce()
{
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured) // false when another part of the process started SQLite first: harmless
}

/**
 * The first `size` bytes of the file at `path`, read through SQLite's own file layer rather than QFile.
 * Closing any descriptor of a file drops every POSIX lock this process holds on it: a QFile read while
 * another Library of this program has the file open (an export's or a file open's worker) would take that
 * connection's locks away, and another program closing its connection would then take itself for the last
 * one, checkpoint and delete the WAL under us: a damaged library. SQLite's unix layer knows its own
 * connections to the same file and keeps the descriptor open until their locks are released.
 * False with `reason` set when the file cannot be opened or read.
 */
bool readThroughSqlite(const QString &path, int size, QByteArray *bytes, QString *reason)
{
    configureSqliteOnce();
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    QByteArray full(vfs->mxPathname + 1, '\0');
    if (vfs->xFullPathname(vfs, QFile::encodeName(path).constData(), int(full.size()), full.data())
        != SQLITE_OK) {
        *reason = QString::fromUtf8(sqlite3_errstr(SQLITE_CANTOPEN));
        return false;
    }
    // A main database file's name must come from sqlite3_create_filename (the layer looks for URI
    // parameters after it).
    const char *name = sqlite3_create_filename(full.constData(), "", "", 0, nullptr);
    auto *file = static_cast<sqlite3_file *>(sqlite3_malloc(vfs->szOsFile));
    if (!name || !file) {
        sqlite3_free_filename(name);
        sqlite3_free(file);
        *reason = QString::fromUtf8(sqlite3_errstr(SQLITE_NOMEM));
        return false;
    }
    std::memset(file, 0, size_t(vfs->szOsFile));
    int flags = 0;
    errno = 0;
    int rc = vfs->xOpen(vfs, name, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags);
    if (rc != SQLITE_OK) {
        *reason =
            errno ? QString::fromLocal8Bit(std::strerror(errno)) : QString::fromUtf8(sqlite3_errstr(rc));
    } else {
        sqlite3_int64 fileSize = 0;
        rc = file->pMethods->xFileSize(file, &fileSize);
        bytes->resize(int(std::min<sqlite3_int64>(std::max<sqlite3_int64>(fileSize, 0), size)));
        if (rc == SQLITE_OK && !bytes->isEmpty())
            rc = file->pMethods->xRead(file, bytes->data(), int(bytes->size()), 0);
        if (rc != SQLITE_OK)
            *reason = QString::fromUtf8(sqlite3_errstr(rc));
    }
    if (file->pMethods) // set only by an xOpen that succeeded
        file->pMethods->xClose(file);
    sqlite3_free(file);
    sqlite3_free_filename(name);
    return rc == SQLITE_OK;
}

// Reads the 100-byte header ourselves, so a file that is not SQLite is refused before SQLite ever opens it.
bool checkHeader(const QString &path, QString *errorMessage, Library::Problem *problem)
{
    QByteArray header;
    QString reason;
    if (!readThroughSqlite(path, 100, &header, &reason)) {
        *problem = Library::Problem::Unreadable;
        *errorMessage = unreadable(path, reason);
        return false;
    }
    if (header.isEmpty()) {
        // SQLite would take it for a new database; a library the user did not just create is more likely
        // a copy cut short (a full disk, an interrupted sync), and filling it in would hide that.
        *problem = Library::Problem::Empty;
        *errorMessage = emptyFile(path);
        return false;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        *problem = Library::Problem::NotALibrary;
        *errorMessage = notALibrary(
            path, QCoreApplication::translate("hashiya::Library", "it is not an SQLite database"));
        return false;
    }
    if (header.size() < 100) {
        *problem = Library::Problem::Damaged;
        *errorMessage = damaged(path, QCoreApplication::translate(
                                          "hashiya::Library", "the file is shorter than an SQLite header"));
        return false;
    }
    return true;
}

bool createOwnerOnly(const QString &path, QString *errorMessage)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *errorMessage = QStringLiteral("Cannot create the folder “%1” for the library “%2”. Choose a folder "
                                       "you may write to, or open another library.")
                            .arg(native(info.absolutePath()), native(path));
        return false;
    }
    QFile file(path);
    // Created with 0600 from the start (Qt 6.3+), so the text is never readable by others, even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        *errorMessage = QStringLiteral("Cannot create the library “%1”: %2. Choose a folder you may write "
                                       "to, or open another library.")
                            .arg(native(path), file.errorString());
        return false;
    }
    file.close();
    file.setPermissions(ownerOnly);
    return true;
}

} // namespace

Library::Library(const QString &path, bool inMemory, bool readOnly)
    : m_path(path)
    , m_inMemory(inMemory)
    , m_readOnly(readOnly)
    , m_serial(nextSerial.fetchAndAddRelaxed(1))
    , m_threadGuard(std::make_unique<QObject>())
{
    // Each in-memory library is its own shared-cache database, so every thread's connection sees the same
    // data.
    m_databaseName = inMemory ? u"file:hashiya-memory-%1-%2?mode=memory&cache=shared"_s
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(m_serial)
                              : path;
    // A read-only library closed cleanly (no -wal beside it) is opened immutable: SQLite then reads it
    // without the -shm/-wal files it could not create in a read-only folder, and leaves nothing beside it.
    if (readOnly && !QFile::exists(path % u"-wal"_s))
        m_databaseName = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) % u"?immutable=1"_s;
}

Library::~Library()
{
    m_threadGuard.reset(); // no thread may release a connection while we do
    const QString own = connectionName();
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connections;
    }
    for (const QString &name : std::as_const(names)) {
        if (name == own) {
            releaseConnection(name);
        } else {
            // Another thread's connection: it may not be used from here, only forgotten.
            QHash<QString, std::shared_ptr<QSqlQuery>> statements;
            {
                QMutexLocker lock(&m_mutex);
                statements = m_statements.take(name);
            }
            statements.clear();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

std::unique_ptr<Library> Library::open(const QString &path, QString *errorMessage, Problem *problem)
{
    QString ignored;
    if (!errorMessage)
        errorMessage = &ignored;
    errorMessage->clear();
    Problem ignoredProblem = Problem::None;
    if (!problem)
        problem = &ignoredProblem;
    *problem = Problem::None;

    const bool inMemory = path == u":memory:";
    bool created = false;
    bool readOnly = false;
    if (!inMemory) {
        if (path.isEmpty()) {
            *problem = Problem::CannotCreate;
            *errorMessage = QStringLiteral("No library file was given. Open a library, or create a new one.");
            return nullptr;
        }
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            *problem = Problem::NotALibrary;
            *errorMessage = notALibrary(
                path, QCoreApplication::translate("hashiya::Library", "it is a folder, not a file"));
            return nullptr;
        }
        if (!info.exists()) {
            if (!createOwnerOnly(path, errorMessage)) {
                *problem = Problem::CannotCreate;
                return nullptr;
            }
            created = true;
        } else if (!checkHeader(path, errorMessage, problem)) {
            return nullptr;
        }
        readOnly = !created && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    }

    std::unique_ptr<Library> library(
        new Library(inMemory ? path : QFileInfo(path).absoluteFilePath(), inMemory, readOnly));
    if (!library->validateAndConfigure(errorMessage, problem))
        return nullptr;
    const int version = library->m_versionAtOpen;
    if (version < SchemaMigration::latestVersion() && !inMemory && !created && version > 0) {
        // Each update is preceded by a copy of the library as it was, so a failed or unwanted update
        // loses nothing.
        LibraryBackup backup(*library);
        if (backup.backUp().isEmpty()) {
            *problem = Problem::CannotUpdate;
            *errorMessage =
                QCoreApplication::translate(
                    "hashiya::Library", "Cannot back up the library “%1” before updating it to this version "
                                        "of Hashiya: %2. %3 Free some space beside it and try again, or "
                                        "open another library.")
                    .arg(native(path), backup.lastError(), unchanged());
            return nullptr;
        }
    }
    QString migrationError;
    if (!readOnly && !SchemaMigration::migrate(*library, &migrationError)) {
        *problem = Problem::CannotUpdate;
        *errorMessage = QStringLiteral("Cannot update the library “%1” to this version of Hashiya: %2.")
                            .arg(native(path), explainSqlError(migrationError));
        return nullptr;
    }
    // The index is derived data: when it was dropped or damaged (by hand, by another tool), it is rebuilt
    // from the documents and annotations, which are only read. A failure leaves search empty, not the
    // library closed. A read-only library keeps whatever index it has.
    SearchIndex index(*library);
    if (!readOnly && !index.isIntact() && !index.rebuild())
        qWarning("hashiya: %s", qUtf8Printable(index.lastError()));

    const QFileDevice::Permissions shared =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!inMemory && !readOnly && (created || !(QFile::permissions(path) & shared))) {
        // SQLite gives the -wal and -shm files the main file's mode; make sure of it for a private library.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            const QString side = library->path() % suffix;
            if (QFile::exists(side))
                QFile::setPermissions(side, ownerOnly);
        }
    }
    return library;
}

QString Library::explainSqlError(const QString &sqliteError)
{
    const QString error = sqliteError.trimmed();
    QString explanation;
    if (error.contains(u"disk is full"_s, Qt::CaseInsensitive)
        || error.contains(u"no space left"_s, Qt::CaseInsensitive)) {
        explanation = QCoreApplication::translate(
            "hashiya::Library", "the disk (or the library) is full. Free some space on the disk that "
                                "holds the library, then try again");
    } else if (error.contains(u"readonly database"_s, Qt::CaseInsensitive)
               || error.contains(u"read-only"_s, Qt::CaseInsensitive)) {
        explanation = QCoreApplication::translate(
            "hashiya::Library", "the library is read-only: changes cannot be saved. Make the file and its "
                                "folder writable, or open a writable copy of it");
    } else if (error.contains(u"locked"_s, Qt::CaseInsensitive)
               || error.contains(u"busy"_s, Qt::CaseInsensitive)) {
        explanation = QCoreApplication::translate(
            "hashiya::Library", "another program holds the library locked. Close that program (or the "
                                "other Hashiya window) and try again");
    } else if (error.contains(u"malformed"_s, Qt::CaseInsensitive)) {
        explanation = QCoreApplication::translate(
            "hashiya::Library", "the library is damaged. Quit Hashiya, then open it again to recover what "
                                "is readable into a new library");
    } else if (error.contains(u"disk I/O"_s, Qt::CaseInsensitive)) {
        explanation = QCoreApplication::translate(
            "hashiya::Library", "the disk could not be written. Check the disk, then try again");
    }
    if (explanation.isEmpty())
        return error;
    return explanation % u" (" % error % u')';
}

bool Library::validateAndConfigure(QString *errorMessage, Problem *problem)
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        *problem = m_readOnly ? Problem::Unreadable : Problem::Damaged;
        *errorMessage =
            m_readOnly ? unreadable(m_path, db.lastError().text()) : damaged(m_path, db.lastError().text());
        return false;
    }

    // Only reads until we know the file is ours and not from the future: nothing is written to a refused
    // file.
    QSqlQuery query(db);
    auto readInt = [&](const QString &sql, int *value) {
        if (!query.exec(sql) || !query.next())
            return false;
        *value = query.value(0).toInt();
        query.finish();
        return true;
    };
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    if (!readInt(u"PRAGMA application_id"_s, &applicationId)
        || !readInt(u"PRAGMA user_version"_s, &userVersion)
        || !readInt(u"SELECT count(*) FROM sqlite_master"_s, &objectCount)) {
        const QString error = query.lastError().text();
        const bool foreign = error.contains(u"not a database"_s);
        *problem = foreign ? Problem::NotALibrary : Problem::Damaged;
        *errorMessage = foreign ? notALibrary(m_path, error) : damaged(m_path, error);
        return false;
    }
    if ((applicationId != 0 && applicationId != SchemaMigration::applicationId())
        || (userVersion == 0 && objectCount > 0)) {
        *problem = Problem::NotALibrary;
        *errorMessage =
            notALibrary(m_path, QCoreApplication::translate("hashiya::Library",
                                                            "it is an SQLite database of another program"));
        return false;
    }
    if (userVersion > SchemaMigration::latestVersion()) {
        *problem = Problem::Newer;
        *errorMessage =
            QCoreApplication::translate(
                "hashiya::Library", "The library “%1” was written by a newer version of Hashiya (schema %2; "
                                    "this version knows schemas up to %3). %4 Update Hashiya to open it, or "
                                    "open another library.")
                .arg(native(m_path))
                .arg(userVersion)
                .arg(SchemaMigration::latestVersion())
                .arg(unchanged());
        return false;
    }
    if (m_readOnly && userVersion < SchemaMigration::latestVersion()) {
        *problem = Problem::ReadOnly;
        *errorMessage =
            QCoreApplication::translate(
                "hashiya::Library", "The library “%1” is read-only and was written by an older version of "
                                    "Hashiya (schema %2; this version needs %3), so it cannot be updated. "
                                    "%4 Make the file and its folder writable, or open a writable copy.")
                .arg(native(m_path))
                .arg(userVersion)
                .arg(SchemaMigration::latestVersion())
                .arg(unchanged());
        return false;
    }
    m_versionAtOpen = userVersion;

    if (!m_inMemory && objectCount > 0 && QFileInfo(m_path).size() <= quickCheckLimit) {
        // Garbage over any page, not only the first, is found here rather than half-way through an edit.
        // quick_check reads every page once (no index cross-check), about 5-10 ms per megabyte; above the
        // limit it would delay every start, and damage is found when a page is read instead.
        QString verdict;
        if (query.exec(u"PRAGMA quick_check(1)"_s) && query.next())
            verdict = query.value(0).toString();
        else
            verdict = query.lastError().text();
        query.finish();
        if (verdict != u"ok") {
            *problem = Problem::Damaged;
            *errorMessage = damaged(m_path, verdict.simplified());
            return false;
        }
    }

    if (!m_inMemory && !m_readOnly) {
        QString mode;
        if (query.exec(u"PRAGMA journal_mode = WAL"_s) && query.next())
            mode = query.value(0).toString();
        query.finish();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            *problem = Problem::CannotUpdate;
            *errorMessage = QCoreApplication::translate(
                                "hashiya::Library",
                                "Cannot switch the library “%1” to write-ahead logging (%2). If another "
                                "program holds it open, close that program and try again.")
                                .arg(native(m_path), mode.isEmpty() ? query.lastError().text() : mode);
            return false;
        }
    }
    return true;
}

QString Library::connectionName() const
{
    return u"hashiya-library-%1-%2"_s.arg(m_serial).arg(quintptr(QThread::currentThread()), 0, 16);
}

bool Library::openConnection(QSqlDatabase &db, QString *errorMessage) const
{
    db.setDatabaseName(m_databaseName);
    const bool uri = m_databaseName.startsWith(u"file:"_s);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs)
                         % (uri ? u";QSQLITE_OPEN_URI"_s : QString())
                         % (m_readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()));
    if (!db.open()) {
        *errorMessage = db.lastError().text();
        return false;
    }
    // Per-connection settings; journal_mode=WAL is a property of the file and set once in open().
    const QStringList pragmas = {
        u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs),
        u"PRAGMA synchronous = FULL"_s, // an acknowledged edit survives a power loss
        u"PRAGMA foreign_keys = ON"_s,
        // 32 MiB of page cache: the full-text index of a large library is far bigger than SQLite's 2 MB
        // default, and re-reading its pages on every search made prefix searches miss 10 ms under load.
        u"PRAGMA cache_size = -32768"_s,
    };
    QSqlQuery query(db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *errorMessage = query.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlDatabase Library::database() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    configureSqliteOnce();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.append(name);
    }
    QString error;
    if (!openConnection(db, &error))
        qWarning("hashiya: cannot open library connection %s: %s", qUtf8Printable(name),
                 qUtf8Printable(error));

    QThread *thread = QThread::currentThread();
    if (m_threadGuard && thread != m_threadGuard->thread()) {
        // A worker's connection goes with its thread; SQLite handles must not outlive the thread using them.
        QObject::connect(
            thread, &QThread::finished, m_threadGuard.get(), [this, name] { releaseConnection(name); },
            Qt::DirectConnection);
    }
    return db;
}

void Library::releaseConnection(const QString &name) const
{
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    {
        QMutexLocker lock(&m_mutex);
        statements = m_statements.take(name);
        m_connections.removeAll(name);
    }
    statements.clear(); // finalize the prepared statements before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Library::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        releaseConnection(name);
}

QSqlQuery &Library::statement(const QString &sql) const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        const auto connection = m_statements.constFind(name);
        if (connection != m_statements.cend()) {
            const auto found = connection->constFind(sql);
            if (found != connection->cend()) {
                QSqlQuery &query = *found.value();
                query.finish(); // sqlite3_reset: no leftover read snapshot from the previous use
                return query;
            }
        }
    }
    auto query = std::make_shared<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        qWarning("hashiya: cannot prepare %s: %s", qUtf8Printable(sql),
                 qUtf8Printable(query->lastError().text()));
    // Kept even when preparing failed, so the caller's exec() fails with that error rather than crashing.
    QMutexLocker lock(&m_mutex);
    m_statements[name].insert(sql, query);
    return *query;
}

int Library::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Library::currentSchemaVersion()
{
    return SchemaMigration::latestVersion();
}

QString Library::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder % u"/library.sqlite"_s;
}

} // namespace hashiya
