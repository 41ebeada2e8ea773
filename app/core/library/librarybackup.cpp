#include "library/librarybackup.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString stampFormat = u"yyyyMMdd-HHmmss"_s;

// "<library name>.backup-20261125-172600.sqlite", or "…-172600-2.sqlite" for a second one in the same second.
const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(u"\\.backup-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"_s);
    return pattern;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

LibraryBackup::LibraryBackup(const Library &library)
    : m_library(library)
{}

QStringList LibraryBackup::backups(const QString &libraryPath)
{
    const QFileInfo library(libraryPath);
    const QDir folder = library.absoluteDir();
    const QStringList names = folder.entryList({library.fileName() % u".backup-*.sqlite"_s}, QDir::Files);
    struct Entry {
        QString path;
        QString stamp;
        int serial;
    };
    QList<Entry> entries;
    for (const QString &name : names) {
        const auto match = backupName().match(name);
        if (match.hasMatch() && name.size() == library.fileName().size() + match.capturedLength(0))
            entries.append({folder.filePath(name), match.captured(1), match.captured(2).toInt()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.serial > b.serial;
    });
    QStringList paths;
    for (const Entry &entry : std::as_const(entries))
        paths.append(entry.path);
    return paths;
}

QDateTime LibraryBackup::backupTime(const QString &backupPath)
{
    const auto match = backupName().match(backupPath);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), stampFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

bool LibraryBackup::isDue(const QDateTime &now) const
{
    if (m_library.isInMemory())
        return false;
    const QStringList existing = backups(m_library.path());
    return existing.isEmpty() || backupTime(existing.constFirst()).secsTo(now) >= dailyIntervalSecs;
}

QString LibraryBackup::backUp()
{
    m_lastError.clear();
    if (m_library.isInMemory()) {
        m_lastError = QCoreApplication::translate("hashiya::LibraryBackup",
                                                  "An in-memory library has no folder to keep backups in.");
        return {};
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(stampFormat);
    const QString stem = m_library.path() % u".backup-"_s % stamp;
    // A second backup within the same second is numbered above every kept one of that second (never reusing
    // the name of one pruned meanwhile, which would sort as the oldest).
    int serial = 0;
    const QStringList existing = backups(m_library.path());
    for (const QString &path : existing) {
        const auto match = backupName().match(path);
        if (match.captured(1) == stamp)
            serial = qMax(serial, match.captured(2).isEmpty() ? 1 : match.captured(2).toInt());
    }
    QString target = stem % u".sqlite"_s;
    if (serial > 0)
        target = stem % u'-' % QString::number(serial + 1) % u".sqlite"_s;
    for (int next = serial + 2; QFile::exists(target); ++next)
        target = stem % u'-' % QString::number(next) % u".sqlite"_s;

    // Written under a name the listing ignores, renamed when complete: a crash never leaves half a backup
    // that would count as one of the kept copies.
    const QString partial = target % u".part"_s;
    QFile::remove(partial);
    const QString error = copyInto(partial);
    if (!error.isEmpty() || !QFile::rename(partial, target)) {
        m_lastError = error.isEmpty()
                          ? QCoreApplication::translate("hashiya::LibraryBackup", "cannot rename “%1”")
                                .arg(QDir::toNativeSeparators(partial))
                          : error;
        QFile::remove(partial);
        QFile::remove(partial % u"-journal"_s);
        return {};
    }
    prune();
    return target;
}

QString LibraryBackup::copyInto(const QString &target)
{
    sqlite3 *source = handleOf(m_library.database());
    if (!source)
        return QCoreApplication::translate("hashiya::LibraryBackup", "the library's connection is not open");
    {
        // Created 0600 before SQLite writes a byte, so a backup is never readable by others.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return Library::explainSqlError(file.errorString());
    }
    sqlite3 *destination = nullptr;
    const QByteArray name = QFile::encodeName(target);
    int rc = sqlite3_open_v2(name.constData(), &destination, SQLITE_OPEN_READWRITE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        // One step over all pages: it reads one consistent snapshot, which in WAL mode blocks no writer, so
        // it never restarts because the window saved an edit meanwhile.
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(destination);
        }
    }
    if (rc == SQLITE_OK) {
        // The copy keeps the source's WAL flag; a backup is one self-contained file instead.
        rc = sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK)
        error = Library::explainSqlError(QString::fromUtf8(sqlite3_errmsg(destination)));
    sqlite3_close(destination);
    QFile::setPermissions(target, ownerOnly);
    return error;
}

void LibraryBackup::prune()
{
    const QStringList existing = backups(m_library.path());
    for (qsizetype i = keptCopies; i < existing.size(); ++i) {
        // backups() only lists names of the backup pattern: the library itself can never be among them.
        QFile::remove(existing.at(i));
    }
}

bool LibraryBackup::restore(const QString &backupPath, const QString &newLibraryPath, QString *errorMessage)
{
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly)) {
        *errorMessage =
            QCoreApplication::translate("hashiya::LibraryBackup", "Cannot read the backup “%1”: %2.")
                .arg(QDir::toNativeSeparators(backupPath), source.errorString());
        return false;
    }
    QFile target(newLibraryPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        *errorMessage = QStringLiteral("Cannot create “%1” (%2). Choose a new file name in a folder you may "
                                       "write to.")
                            .arg(QDir::toNativeSeparators(newLibraryPath), target.errorString());
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            *errorMessage = QCoreApplication::translate("hashiya::LibraryBackup", "Cannot write “%1”: %2.")
                                .arg(QDir::toNativeSeparators(newLibraryPath),
                                     Library::explainSqlError(target.errorString()));
            target.close();
            target.remove();
            return false;
        }
    }
    if (!target.flush()) {
        *errorMessage = Library::explainSqlError(target.errorString());
        target.close();
        target.remove();
        return false;
    }
    return true;
}

} // namespace hashiya
