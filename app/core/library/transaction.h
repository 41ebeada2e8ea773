#pragma once

#include <QString>

namespace hashiya {

class Library;

/**
 * One write transaction on this thread's connection to a Library. It starts with BEGIN IMMEDIATE, so a second
 * writer (another window, another process) waits on the busy timeout instead of failing half-way through, and
 * rolls back in the destructor unless commit() succeeded.
 */
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const Library &library);
    ~Transaction();

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorMessage() const { return m_error; }

private:
    bool run(const QString &sql);

    const Library &m_library;
    bool m_active = false;
    QString m_error;
};

} // namespace hashiya
