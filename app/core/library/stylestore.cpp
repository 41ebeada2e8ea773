#include "library/stylestore.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

StyleStore::StyleStore(const Library &library)
    : m_library(library)
{}

QVector<HighlightStyle> StyleStore::all()
{
    m_lastError.clear();
    QVector<HighlightStyle> styles;
    QSqlQuery &q =
        m_library.statement(u"SELECT id, name, color, shortcut, position FROM style ORDER BY position, id"_s);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return styles;
    }
    while (q.next()) {
        HighlightStyle s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.color = QColor::fromString(q.value(2).toString());
        s.shortcut = q.value(3).toInt();
        s.position = q.value(4).toInt();
        styles.append(s);
    }
    return styles;
}

bool StyleStore::update(const HighlightStyle &style)
{
    m_lastError.clear();
    if (style.name.trimmed().isEmpty() || !style.color.isValid()) {
        m_lastError = QCoreApplication::translate("hashiya::StyleStore",
                                                  "A highlight style needs a name and a colour.");
        return false;
    }
    QSqlQuery &q = m_library.statement(
        u"UPDATE style SET name = ?, color = ?, shortcut = ?, position = ? WHERE id = ?"_s);
    q.addBindValue(style.name.trimmed());
    q.addBindValue(style.color.name(QColor::HexRgb)); // '#rrggbb', lowercase
    q.addBindValue(style.shortcut);
    q.addBindValue(style.position);
    q.addBindValue(style.id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_lastError = QCoreApplication::translate("hashiya::StyleStore", "No such highlight style.");
        return false;
    }
    return true;
}

} // namespace hashiya
