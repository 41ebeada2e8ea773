#pragma once

#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace hashiya {

class Library;

/**
 * One prepared statement on this thread's connection of a Library, driven through SQLite's own API instead of
 * QSqlQuery: for bulk writes of a hundred thousand rows, where QSqlQuery's QVariant per bound value and its
 * per-exec bookkeeping cost more than SQLite's insert itself. Values are bound by position (1-based), the
 * statement is reset after each step(). Only for code that already runs inside the caller's Transaction.
 */
class RawStatement final
{
    Q_DISABLE_COPY_MOVE(RawStatement)

public:
    RawStatement(const Library &library, const QString &sql);
    ~RawStatement();

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value);
    /// A null id binds SQL NULL (a nullable foreign key, as sql::fromId does).
    void bindId(int index, qint64 id);
    /// Binds the text (an empty view binds '', never NULL). The view must stay valid until step().
    void bind(int index, QStringView text);
    void bindNull(int index);
    /// Runs a statement that returns no rows once and resets it for the next; false with lastError() set on
    /// failure.
    bool step();
    /// Steps a query to its next row: false (and the statement reset) after the last one or on an error,
    /// which lastError() then names.
    bool next();
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    void reset();
    /// The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;
    QString lastError() const { return m_error; }

    /// The SQLite handle of this thread's connection of `library`; nullptr if the driver is not SQLite.
    static sqlite3 *handleOf(const Library &library);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace hashiya
