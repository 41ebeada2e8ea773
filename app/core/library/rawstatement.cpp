#include "library/rawstatement.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace hashiya {

sqlite3 *RawStatement::handleOf(const Library &library)
{
    const QSqlDatabase db = library.database();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

RawStatement::RawStatement(const Library &library, const QString &sql)
    : m_db(handleOf(library))
{
    if (!m_db) {
        m_error = QCoreApplication::translate("hashiya::RawStatement",
                                              "The library's connection is not an SQLite connection.");
        return;
    }
    if (sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)), SQLITE_PREPARE_PERSISTENT,
                             &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bindId(int index, qint64 id)
{
    if (id > 0)
        sqlite3_bind_int64(m_statement, index, id);
    else
        sqlite3_bind_null(m_statement, index);
}

void RawStatement::bind(int index, QStringView text)
{
    // SQLITE_STATIC: the caller keeps the text alive until step(); "" rather than a null pointer, so an empty
    // text is '' and never NULL.
    const void *data = text.isEmpty() ? static_cast<const void *>(u"") : text.utf16();
    sqlite3_bind_text16(m_statement, index, data, int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool RawStatement::step()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return ok;
}

bool RawStatement::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return false;
}

qint64 RawStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString RawStatement::columnText(int column) const
{
    const void *data = sqlite3_column_text16(m_statement, column);
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QString(static_cast<const QChar *>(data), bytes / int(sizeof(char16_t))) : QString();
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 RawStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace hashiya
