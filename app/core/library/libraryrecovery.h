#pragma once

#include <QHash>
#include <QString>

namespace hashiya {

/**
 * Salvages what is still readable of a damaged library into a new one. It works on a private copy of the
 * damaged file, so the original is only ever read; it reads each of the library's tables through SQLite's
 * b-tree, and where a page is unreadable it seeks past it (by row id) and reads on, then reads backwards
 * from the end, the way the sqlite3 shell's .dump salvages. (Debian's sqlite3 is built without the
 * sqlite_dbpage table that .recover needs, so .recover fails there on every file.) Rows that lost their
 * document are dropped; the full-text index is rebuilt.
 */
class LibraryRecovery final
{
    Q_DISABLE_COPY_MOVE(LibraryRecovery)

public:
    explicit LibraryRecovery(const QString &damagedPath);

    /// Builds the new library at `newLibraryPath`, which must not exist; on failure nothing is left there.
    bool recoverInto(const QString &newLibraryPath);
    QString errorMessage() const { return m_error; }
    /// Rows copied per table ("document", "annotation", "style", "tag", "annotation_tag").
    int recoveredRows(const QString &table) const { return m_recovered.value(table); }
    /// Rows dropped after the copy because what they belong to was lost (e.g. an annotation's document).
    int droppedRows() const { return m_dropped; }
    /// Whether some pages could not be read (rows there are lost).
    bool hadUnreadablePages() const { return m_unreadable; }
    /// One sentence for the user: what was recovered and what was not.
    QString summary() const;

private:
    bool copyTables(const QString &sourceConnection, const QString &newLibraryPath);

    QString m_damagedPath;
    QString m_error;
    QHash<QString, int> m_recovered;
    int m_dropped = 0;
    bool m_unreadable = false;
};

} // namespace hashiya
