#include "library/transaction.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace hashiya {

Transaction::Transaction(const Library &library)
    : m_library(library)
{
    m_active = run(u"BEGIN IMMEDIATE"_s);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("hashiya::Transaction", "No transaction is active.");
        return false;
    }
    if (!run(u"COMMIT"_s)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    const QString error = m_error;
    run(u"ROLLBACK"_s);
    if (!error.isEmpty())
        m_error = error; // keep the error that caused the rollback, not the rollback's own
}

bool Transaction::run(const QString &sql)
{
    QSqlQuery &query = m_library.statement(sql);
    if (query.exec())
        return true;
    // "database or disk is full" alone does not say what to do: the explanation does.
    m_error = Library::explainSqlError(query.lastError().text());
    return false;
}

} // namespace hashiya
