#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hashiya {

class Library;

/**
 * Copies of the library beside it, made with SQLite's online backup so they are consistent while the library
 * is in use: "<library>.backup-YYYYMMDD-HHMMSS.sqlite" (UTC), readable by the owner only, the newest
 * keptCopies kept. Made before each schema update and once a day while the library is used. Only backups are
 * ever deleted, never the library.
 */
class LibraryBackup final
{
    Q_DISABLE_COPY_MOVE(LibraryBackup)

public:
    static constexpr int keptCopies = 5;
    static constexpr qint64 dailyIntervalSecs = 24 * 60 * 60;

    explicit LibraryBackup(const Library &library);

    /// Backs the library up now through this thread's connection (a worker thread gets its own: WAL readers
    /// never block the window's writes), then deletes all but the newest keptCopies backups. Returns the new
    /// backup's path, or an empty string with lastError() set; a failed backup leaves no file behind.
    QString backUp();
    /// True when no backup is younger than a day at `now`.
    bool isDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QString lastError() const { return m_lastError; }

    /// Backups of the library at `libraryPath`, newest first.
    static QStringList backups(const QString &libraryPath);
    /// When `backupPath` was made, read from its name (UTC); invalid for a name that is not a backup's.
    static QDateTime backupTime(const QString &backupPath);
    /// Copies `backupPath` to `newLibraryPath`, which must not exist yet, readable by the owner only; the
    /// copy is then opened like any library. False with `errorMessage` set on failure.
    static bool restore(const QString &backupPath, const QString &newLibraryPath, QString *errorMessage);

private:
    QString copyInto(const QString &target);
    void prune();

    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
