#include "library/tagstore.h"

#include "library/library.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

TagStore::TagStore(const Library &library)
    : m_library(library)
{}

QStringList TagStore::names()
{
    m_lastError.clear();
    QStringList names;
    QSqlQuery &q = m_library.statement(u"SELECT name FROM tag ORDER BY name_key, name"_s);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return names;
    }
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace hashiya
