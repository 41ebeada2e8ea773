#pragma once

#include <QString>

namespace hashiya {

class Library;

/**
 * Makes a few statements all-or-nothing whether or not the caller already holds a Transaction: a SAVEPOINT
 * nests inside one, and starts its own when there is none. Rolled back in the destructor unless released.
 * For store methods that write more than one table (a document and its search index) and may be called
 * either way.
 */
class Savepoint final
{
    Q_DISABLE_COPY_MOVE(Savepoint)

public:
    Savepoint(const Library &library, const QString &name);
    ~Savepoint();

    bool isActive() const { return m_active; }
    bool release();
    QString errorMessage() const { return m_error; }

private:
    bool run(const QString &sql);

    const Library &m_library;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

} // namespace hashiya
