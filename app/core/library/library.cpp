#include "library/library.h"

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

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr int busyTimeoutMs = 5000;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QAtomicInt nextSerial;

QString unchanged()
{
    return QStringLiteral("The file has not been changed.");
}

QString notALibrary(const QString &path, const QString &what)
{
    return QStringLiteral("“%1” is not a Hashiya library: %2. %3 Choose another library file (--library or "
                          "HASHIYA_LIBRARY), or move this file away to start a new library.")
        .arg(QDir::toNativeSeparators(path), what, unchanged());
}

QString damaged(const QString &path, const QString &sqliteError)
{
    return QStringLiteral(
               "The library “%1” is damaged and cannot be read (%2). %3 Restore it from a backup, or "
               "recover what it holds with the sqlite3 tool's .recover command, then open the copy.")
        .arg(QDir::toNativeSeparators(path), sqliteError, unchanged());
}

// Reads the 100-byte header ourselves, so a file that is not SQLite is refused before SQLite ever opens it.
bool checkHeader(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage =
            QStringLiteral("Cannot read the library “%1”: %2. Check its permissions, or choose another "
                           "library file.")
                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return true; // a zero-length file is a valid, empty SQLite database
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        *errorMessage = notALibrary(path, QStringLiteral("it is not an SQLite database"));
        return false;
    }
    if (header.size() < 100) {
        *errorMessage = damaged(path, QStringLiteral("the file is shorter than an SQLite header"));
        return false;
    }
    return true;
}

bool createOwnerOnly(const QString &path, QString *errorMessage)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *errorMessage =
            QStringLiteral("Cannot create the folder “%1” for the library. Choose another location.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QFile file(path);
    // Created with 0600 from the start (Qt 6.3+), so the text is never readable by others, even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        *errorMessage = QStringLiteral("Cannot create the library “%1”: %2. Choose another location.")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.close();
    file.setPermissions(ownerOnly);
    return true;
}

} // namespace

Library::Library(const QString &path, bool inMemory)
    : m_path(path)
    , m_inMemory(inMemory)
    , m_serial(nextSerial.fetchAndAddRelaxed(1))
    , m_threadGuard(std::make_unique<QObject>())
{
    // Each in-memory library is its own shared-cache database, so every thread's connection sees the same
    // data.
    m_databaseName = inMemory ? u"file:hashiya-memory-%1-%2?mode=memory&cache=shared"_s
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(m_serial)
                              : path;
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

std::unique_ptr<Library> Library::open(const QString &path, QString *errorMessage)
{
    QString ignored;
    if (!errorMessage)
        errorMessage = &ignored;
    errorMessage->clear();

    const bool inMemory = path == u":memory:";
    bool created = false;
    if (!inMemory) {
        if (path.isEmpty()) {
            *errorMessage = QStringLiteral("No library file was given.");
            return nullptr;
        }
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            *errorMessage = notALibrary(path, QStringLiteral("it is a folder, not a file"));
            return nullptr;
        }
        if (!info.exists()) {
            if (!createOwnerOnly(path, errorMessage))
                return nullptr;
            created = true;
        } else if (!checkHeader(path, errorMessage)) {
            return nullptr;
        }
    }

    std::unique_ptr<Library> library(
        new Library(inMemory ? path : QFileInfo(path).absoluteFilePath(), inMemory));
    if (!library->validateAndConfigure(errorMessage))
        return nullptr;
    QString migrationError;
    if (!SchemaMigration::migrate(*library, &migrationError)) {
        *errorMessage =
            QStringLiteral("Cannot update the library “%1” to this version of Hashiya: %2. If another "
                           "program holds it locked, close that program and try again.")
                .arg(QDir::toNativeSeparators(path), migrationError);
        return nullptr;
    }
    // The index is derived data: when it was dropped or damaged (by hand, by another tool), it is rebuilt
    // from the documents and annotations, which are only read. A failure leaves search empty, not the
    // library closed.
    SearchIndex index(*library);
    if (!index.isIntact() && !index.rebuild())
        qWarning("hashiya: %s", qUtf8Printable(index.lastError()));

    const QFileDevice::Permissions shared =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!inMemory && (created || !(QFile::permissions(path) & shared))) {
        // SQLite gives the -wal and -shm files the main file's mode; make sure of it for a private library.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            const QString side = library->path() % suffix;
            if (QFile::exists(side))
                QFile::setPermissions(side, ownerOnly);
        }
    }
    return library;
}

bool Library::validateAndConfigure(QString *errorMessage)
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        *errorMessage =
            QStringLiteral("Cannot open the library “%1”: %2. Check the file and its folder, or choose "
                           "another library file.")
                .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
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
        *errorMessage =
            error.contains(u"not a database"_s) ? notALibrary(m_path, error) : damaged(m_path, error);
        return false;
    }
    if ((applicationId != 0 && applicationId != SchemaMigration::applicationId())
        || (userVersion == 0 && objectCount > 0)) {
        *errorMessage = notALibrary(m_path, QStringLiteral("it is an SQLite database of another program"));
        return false;
    }
    if (userVersion > SchemaMigration::latestVersion()) {
        *errorMessage =
            QStringLiteral("The library “%1” was written by a newer version of Hashiya (schema %2; "
                           "this version knows schemas up to %3). %4 Update Hashiya to open it, or "
                           "choose another library file.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(userVersion)
                .arg(SchemaMigration::latestVersion())
                .arg(unchanged());
        return false;
    }

    if (!m_inMemory) {
        QString mode;
        if (query.exec(u"PRAGMA journal_mode = WAL"_s) && query.next())
            mode = query.value(0).toString();
        query.finish();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            *errorMessage =
                QStringLiteral("Cannot switch the library “%1” to write-ahead logging (%2). If another "
                               "program holds it open, close that program and try again.")
                    .arg(QDir::toNativeSeparators(m_path), mode.isEmpty() ? query.lastError().text() : mode);
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
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs)
                         % (m_inMemory ? u";QSQLITE_OPEN_URI"_s : QString()));
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
