#include "library/savepoint.h"

#include "library/library.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

Savepoint::Savepoint(const Library &library, const QString &name)
    : m_library(library)
    , m_name(name)
{
    m_active = run(u"SAVEPOINT "_s % m_name);
}

Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it (and its transaction, if it started one).
    const QString error = m_error;
    run(u"ROLLBACK TO "_s % m_name);
    run(u"RELEASE "_s % m_name);
    m_error = error;
}

bool Savepoint::release()
{
    if (!m_active || !run(u"RELEASE "_s % m_name))
        return false;
    m_active = false;
    return true;
}

bool Savepoint::run(const QString &sql)
{
    QSqlQuery &query = m_library.statement(sql);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace hashiya
