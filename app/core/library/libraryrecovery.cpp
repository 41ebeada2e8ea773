#include "library/libraryrecovery.h"

#include "library/library.h"
#include "library/searchindex.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

struct TableKey {
    QString table;
    QStringList key; // ordered, unique; the first column is what a seek skips forward on
};

// Parents before children; the search index is derived and rebuilt instead.
const TableKey tables[] = {
    {u"style"_s, {u"id"_s}},
    {u"document"_s, {u"id"_s}},
    {u"tag"_s, {u"id"_s}},
    {u"annotation"_s, {u"id"_s}},
    {u"annotation_tag"_s, {u"annotation"_s, u"tag"_s}},
};

constexpr qint64 lowest = std::numeric_limits<qint64>::min();
constexpr qint64 highest = std::numeric_limits<qint64>::max();

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table)))
        return columns;
    while (query.next())
        columns.append(query.value(1).toString());
    return columns;
}

QString quoted(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result.append(u'"' % name % u'"');
    return result.join(u", "_s);
}

struct Key {
    qint64 first = lowest;
    qint64 second = lowest;
};

// Copies the rows whose key lies strictly between `low` and `high`, in key order or backwards, until the end
// or the first unreadable page. Returns false at an unreadable page; `last` is the key of the last row read.
bool readRange(const QSqlDatabase &source, const TableKey &entry, const QStringList &columns,
               const QList<int> &keyIndex, QSqlQuery &insert, Key low, Key high, bool backwards,
               Key *firstRow, Key *last, bool *any)
{
    const bool pair = entry.key.size() == 2;
    const QString keys = pair ? u"(%1)"_s.arg(quoted(entry.key)) : quoted(entry.key);
    const QString bound = pair ? u"(?, ?)"_s : u"?"_s;
    const QString order =
        backwards ? QString(quoted(entry.key).replace(u","_s, u" DESC,"_s) % u" DESC"_s) : quoted(entry.key);
    QSqlQuery read(source);
    read.setForwardOnly(true);
    read.prepare(u"SELECT %1 FROM \"%2\" WHERE %3 > %4 AND %3 < %4 ORDER BY %5"_s.arg(
        quoted(columns), entry.table, keys, bound, order));
    read.addBindValue(low.first);
    if (pair)
        read.addBindValue(low.second);
    read.addBindValue(high.first);
    if (pair)
        read.addBindValue(high.second);
    read.exec();
    *any = false;
    while (read.next()) {
        const QSqlRecord record = read.record();
        for (int i = 0; i < columns.size(); ++i)
            insert.addBindValue(record.value(i));
        insert.exec();
        last->first = record.value(keyIndex.at(0)).toLongLong();
        last->second = pair ? record.value(keyIndex.at(1)).toLongLong() : lowest;
        if (!*any)
            *firstRow = *last;
        *any = true;
    }
    return !read.lastError().isValid();
}

// Reads every readable row of one table into `insert`: forwards, seeking past each unreadable stretch with
// growing steps of the first key column; then, for each stretch skipped, backwards from its far end, which
// catches the rows between the damaged page and where the seek landed.
void salvage(const QSqlDatabase &source, const TableKey &entry, const QStringList &columns, QSqlQuery &insert,
             bool *unreadable)
{
    QList<int> keyIndex;
    for (const QString &key : entry.key)
        keyIndex.append(int(columns.indexOf(key)));
    if (keyIndex.contains(-1))
        return;
    const Key end{highest, highest};
    QList<std::pair<Key, Key>> gaps;
    Key low;
    Key gapStart;
    bool inGap = false;
    qint64 step = 1;
    for (int attempt = 0; attempt < 200; ++attempt) {
        Key first;
        Key last = low;
        bool any = false;
        const bool complete =
            readRange(source, entry, columns, keyIndex, insert, low, end, false, &first, &last, &any);
        if (any) {
            if (inGap)
                gaps.append({gapStart, first});
            inGap = false;
            low = last;
            step = 1;
        }
        if (complete)
            break;
        *unreadable = true;
        if (!inGap) {
            gapStart = low;
            inGap = true;
        }
        if (highest - low.first <= step || step > (qint64(1) << 40))
            break;
        low = Key{low.first + step, lowest};
        step *= 2;
    }
    if (inGap)
        gaps.append({gapStart, end});
    for (const auto &[from, to] : std::as_const(gaps)) {
        Key first;
        Key last;
        bool any = false;
        readRange(source, entry, columns, keyIndex, insert, from, to, true, &first, &last, &any);
    }
}

} // namespace

LibraryRecovery::LibraryRecovery(const QString &damagedPath)
    : m_damagedPath(QFileInfo(damagedPath).absoluteFilePath())
{}

QString LibraryRecovery::summary() const
{
    const auto count = [this](const char *text, const QString &table) {
        return QCoreApplication::translate("hashiya::LibraryRecovery", text, nullptr,
                                           int(recoveredRows(table)));
    };
    QString text =
        QCoreApplication::translate("hashiya::LibraryRecovery", "Recovered %1, %2 and %3.")
            .arg(count(QT_TRANSLATE_N_NOOP("hashiya::LibraryRecovery", "%n document(s)"), u"document"_s),
                 count(QT_TRANSLATE_N_NOOP("hashiya::LibraryRecovery", "%n highlight(s)"), u"annotation"_s),
                 count(QT_TRANSLATE_N_NOOP("hashiya::LibraryRecovery", "%n tag(s)"), u"tag"_s));
    if (m_unreadable)
        text += QCoreApplication::translate(
            "hashiya::LibraryRecovery",
            " Some pages of the damaged library could not be read: what they held is lost.");
    if (m_dropped > 0)
        text +=
            QStringLiteral(" %1 items were left out because what they belonged to was lost.").arg(m_dropped);
    return text;
}

bool LibraryRecovery::recoverInto(const QString &newLibraryPath)
{
    m_error.clear();
    m_recovered.clear();
    m_dropped = 0;
    m_unreadable = false;
    if (QFileInfo::exists(newLibraryPath)) {
        m_error = QCoreApplication::translate(
                      "hashiya::LibraryRecovery",
                      "“%1” already exists. Choose a new file name for the recovered library.")
                      .arg(QDir::toNativeSeparators(newLibraryPath));
        return false;
    }
    // The damaged file is only copied: SQLite may write to what it opens (WAL replay, hot journals).
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        m_error = QCoreApplication::translate("hashiya::LibraryRecovery",
                                              "Cannot make a temporary folder to recover in: %1.")
                      .arg(scratch.errorString());
        return false;
    }
    const QString copy = scratch.filePath(u"damaged.sqlite"_s);
    if (!QFile::copy(m_damagedPath, copy)) {
        m_error =
            QCoreApplication::translate("hashiya::LibraryRecovery",
                                        "Cannot read the damaged library “%1”. Check that you may read it.")
                .arg(QDir::toNativeSeparators(m_damagedPath));
        return false;
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFile::exists(m_damagedPath % u"-wal"_s))
        QFile::copy(m_damagedPath % u"-wal"_s, copy % u"-wal"_s); // committed edits not yet in the file

    const QString connection = u"hashiya-recovery-"_s % QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        source.setDatabaseName(copy);
        if (!source.open()) {
            m_error = QCoreApplication::translate("hashiya::LibraryRecovery",
                                                  "Cannot open a copy of the damaged library: %1.")
                          .arg(source.lastError().text());
        } else {
            ok = copyTables(connection, newLibraryPath);
            source.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        // Only what this recovery itself created is removed, never the damaged original.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(newLibraryPath % suffix);
    }
    return ok;
}

bool LibraryRecovery::copyTables(const QString &sourceConnection, const QString &newLibraryPath)
{
    const QSqlDatabase source = QSqlDatabase::database(sourceConnection, false);
    if (columnsOf(source, u"document"_s).isEmpty()) {
        m_error = QCoreApplication::translate(
            "hashiya::LibraryRecovery",
            "Nothing could be recovered: the damaged library's list of tables is unreadable. "
            "Restore it from a backup instead.");
        return false;
    }
    QString error;
    auto library = Library::open(newLibraryPath, &error);
    if (!library) {
        m_error = error;
        return false;
    }
    const QSqlDatabase target = library->database();
    QSqlQuery pragma(target);
    // Rows arrive in table order, and some parents may be lost: links are checked once, after the copy.
    pragma.exec(u"PRAGMA foreign_keys = OFF"_s);
    {
        Transaction transaction(*library);
        if (!transaction.isActive()) {
            m_error = Library::explainSqlError(transaction.errorMessage());
            return false;
        }
        for (const TableKey &entry : tables) {
            const QStringList wanted = columnsOf(target, entry.table);
            QStringList columns;
            for (const QString &column : columnsOf(source, entry.table)) {
                if (wanted.contains(column))
                    columns.append(column);
            }
            if (columns.isEmpty()) {
                m_unreadable = true;
                continue;
            }
            QSqlQuery insert(target);
            insert.prepare(u"INSERT OR REPLACE INTO \"%1\" (%2) VALUES (%3)"_s.arg(
                entry.table, quoted(columns), QStringList(columns.size(), u"?"_s).join(u", "_s)));
            salvage(source, entry, columns, insert, &m_unreadable);
        }
        // What lost its parent is dropped or unlinked, so the new library passes its own checks.
        const QStringList cleanup = {
            u"DELETE FROM annotation WHERE document NOT IN (SELECT id FROM document)"_s,
            u"DELETE FROM annotation_tag WHERE annotation NOT IN (SELECT id FROM annotation) "
            u"OR tag NOT IN (SELECT id FROM tag)"_s,
        };
        const QStringList unlink = {
            u"UPDATE annotation SET style = NULL WHERE style NOT IN (SELECT id FROM style)"_s,
            u"UPDATE tag SET parent = NULL WHERE parent NOT IN (SELECT id FROM tag)"_s,
            u"UPDATE document SET previous_version = NULL WHERE previous_version NOT IN (SELECT id FROM document)"_s,
        };
        QSqlQuery fix(target);
        for (const QString &sql : cleanup + unlink) {
            if (!fix.exec(sql)) {
                m_error = Library::explainSqlError(fix.lastError().text());
                return false;
            }
            if (cleanup.contains(sql))
                m_dropped += fix.numRowsAffected();
        }
        if (!transaction.commit()) {
            m_error = Library::explainSqlError(transaction.errorMessage());
            return false;
        }
    }
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    for (const TableKey &entry : tables) {
        QSqlQuery count(target);
        if (count.exec(u"SELECT count(*) FROM \"%1\""_s.arg(entry.table)) && count.next())
            m_recovered.insert(entry.table, count.value(0).toInt());
    }
    SearchIndex index(*library);
    if (!index.rebuild()) {
        m_error = index.lastError();
        return false;
    }
    return true;
}

} // namespace hashiya
