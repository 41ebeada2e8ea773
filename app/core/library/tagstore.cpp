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

QVector<ExportTag> TagStore::all()
{
    m_lastError.clear();
    QVector<ExportTag> tags;
    QSqlQuery &q = m_library.statement(u"SELECT id, name, color, parent FROM tag ORDER BY id"_s);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return tags;
    }
    while (q.next()) {
        ExportTag tag;
        tag.id = q.value(0).toLongLong();
        tag.name = q.value(1).toString();
        if (!q.value(2).isNull())
            tag.color = QColor::fromString(q.value(2).toString());
        tag.parentId = q.value(3).toLongLong();
        tags.append(tag);
    }
    return tags;
}

} // namespace hashiya
