#include "library/stylerepository.h"

#include "library/library.h"
#include "library/stylestore.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hashiya::StyleRepository", text);
}

constexpr int ShortcutCount = 9;

} // namespace

StyleRepository::StyleRepository(const Library &library)
    : m_library(library)
{}

QVector<HighlightStyle> StyleRepository::list()
{
    m_lastError.clear();
    StyleStore store(m_library);
    QVector<HighlightStyle> styles = store.all();
    if (!store.lastError().isEmpty())
        m_lastError = Library::explainSqlError(store.lastError());
    return styles;
}

QHash<qint64, int> StyleRepository::annotationCounts()
{
    m_lastError.clear();
    QHash<qint64, int> counts;
    QSqlQuery &q = m_library.statement(
        u"SELECT style, count(*) FROM annotation WHERE style IS NOT NULL GROUP BY style"_s);
    if (!q.exec()) {
        m_lastError = Library::explainSqlError(q.lastError().text());
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

bool StyleRepository::rename(qint64 id, const QString &name)
{
    QVector<HighlightStyle> styles = list();
    for (HighlightStyle &style : styles) {
        if (style.id == id) {
            style.name = name;
            return save(styles);
        }
    }
    return fail(tr("This highlight style no longer exists."));
}

bool StyleRepository::setColor(qint64 id, const QColor &color)
{
    QVector<HighlightStyle> styles = list();
    for (HighlightStyle &style : styles) {
        if (style.id == id) {
            style.color = color;
            return save(styles);
        }
    }
    return fail(tr("This highlight style no longer exists."));
}

bool StyleRepository::reorder(const QVector<qint64> &ids)
{
    const QVector<HighlightStyle> styles = list();
    QVector<HighlightStyle> ordered;
    for (qint64 id : ids) {
        const auto it =
            std::find_if(styles.begin(), styles.end(), [id](const HighlightStyle &s) { return s.id == id; });
        if (it != styles.end())
            ordered.append(*it);
    }
    if (ordered.size() != styles.size() || QSet<qint64>(ids.begin(), ids.end()).size() != ids.size())
        return fail(tr("The new order must name every highlight style once."));
    return save(ordered);
}

HighlightStyle StyleRepository::add(const QString &name, const QColor &color)
{
    QVector<HighlightStyle> styles = list();
    HighlightStyle style;
    style.name = name;
    style.color = color;
    styles.append(style);
    if (!save(styles))
        return {};
    const QVector<HighlightStyle> saved = list();
    return saved.isEmpty() ? HighlightStyle() : saved.constLast();
}

bool StyleRepository::remove(qint64 id, qint64 replacementId)
{
    QVector<HighlightStyle> styles = list();
    const auto victim =
        std::find_if(styles.begin(), styles.end(), [id](const HighlightStyle &s) { return s.id == id; });
    const auto replacement =
        std::find_if(styles.begin(), styles.end(),
                     [replacementId](const HighlightStyle &s) { return s.id == replacementId; });
    if (victim == styles.end())
        return fail(tr("This highlight style no longer exists."));
    if (replacement == styles.end() || replacementId == id)
        return fail(tr("The annotations of a removed style need another style to move to."));
    // The replacement goes first for the write only, so save()'s rule (annotations move to the first style)
    // picks it; the order written is the user's.
    const HighlightStyle moveTo = *replacement;
    styles.erase(victim);
    if (!checkWritable() || !validate(styles))
        return false;
    Transaction transaction(m_library);
    if (!transaction.isActive())
        return fail(Library::explainSqlError(transaction.errorMessage()));
    QSqlQuery &move = m_library.statement(u"UPDATE annotation SET style = ? WHERE style = ?"_s);
    move.addBindValue(moveTo.id);
    move.addBindValue(id);
    if (!move.exec())
        return fail(Library::explainSqlError(move.lastError().text()));
    if (!write(styles))
        return false;
    if (!transaction.commit())
        return fail(Library::explainSqlError(transaction.errorMessage()));
    return true;
}

bool StyleRepository::save(const QVector<HighlightStyle> &styles)
{
    m_lastError.clear();
    if (!checkWritable() || !validate(styles))
        return false;
    Transaction transaction(m_library);
    if (!transaction.isActive())
        return fail(Library::explainSqlError(transaction.errorMessage()));
    if (!write(styles))
        return false; // the transaction rolls back
    if (!transaction.commit())
        return fail(Library::explainSqlError(transaction.errorMessage()));
    return true;
}

bool StyleRepository::checkWritable()
{
    if (m_library.isReadOnly())
        return fail(tr("The library is read-only: highlight styles cannot be changed."));
    return true;
}

bool StyleRepository::validate(const QVector<HighlightStyle> &styles)
{
    if (styles.isEmpty())
        return fail(tr("There must be at least one highlight style."));
    QSet<QString> names;
    for (const HighlightStyle &style : styles) {
        const QString name = style.name.trimmed();
        if (name.isEmpty())
            return fail(tr("A highlight style needs a name."));
        if (!style.color.isValid())
            return fail(tr("The highlight style “%1” needs a colour.").arg(name));
        const QString key = name.toCaseFolded();
        if (names.contains(key))
            return fail(tr("Two highlight styles are called “%1”: give each its own name.").arg(name));
        names.insert(key);
    }
    return true;
}

// Inside the caller's transaction: inserts new styles, moves the annotations of vanished ones to the first
// style, deletes those, then writes every style's name, colour, position and shortcut.
bool StyleRepository::write(const QVector<HighlightStyle> &input)
{
    QVector<HighlightStyle> styles = input;
    for (HighlightStyle &style : styles) {
        if (style.id != 0)
            continue;
        QSqlQuery &insert =
            m_library.statement(u"INSERT INTO style (name, color, shortcut, position) VALUES (?, ?, 0, 0)"_s);
        insert.addBindValue(style.name.trimmed());
        insert.addBindValue(style.color.name(QColor::HexRgb));
        if (!insert.exec())
            return fail(Library::explainSqlError(insert.lastError().text()));
        style.id = insert.lastInsertId().toLongLong();
    }

    QSet<qint64> kept;
    for (const HighlightStyle &style : std::as_const(styles))
        kept.insert(style.id);
    QVector<qint64> removed;
    {
        QSqlQuery &all = m_library.statement(u"SELECT id FROM style"_s);
        if (!all.exec())
            return fail(Library::explainSqlError(all.lastError().text()));
        while (all.next()) {
            if (!kept.contains(all.value(0).toLongLong()))
                removed.append(all.value(0).toLongLong());
        }
    }
    for (qint64 id : std::as_const(removed)) {
        QSqlQuery &move = m_library.statement(u"UPDATE annotation SET style = ? WHERE style = ?"_s);
        move.addBindValue(styles.constFirst().id);
        move.addBindValue(id);
        if (!move.exec())
            return fail(Library::explainSqlError(move.lastError().text()));
        QSqlQuery &remove = m_library.statement(u"DELETE FROM style WHERE id = ?"_s);
        remove.addBindValue(id);
        if (!remove.exec())
            return fail(Library::explainSqlError(remove.lastError().text()));
    }

    for (int i = 0; i < styles.size(); ++i) {
        QSqlQuery &update = m_library.statement(
            u"UPDATE style SET name = ?, color = ?, shortcut = ?, position = ? WHERE id = ?"_s);
        update.addBindValue(styles.at(i).name.trimmed());
        update.addBindValue(styles.at(i).color.name(QColor::HexRgb));
        update.addBindValue(i < ShortcutCount ? i + 1 : 0);
        update.addBindValue(i + 1);
        update.addBindValue(styles.at(i).id);
        if (!update.exec())
            return fail(Library::explainSqlError(update.lastError().text()));
        if (update.numRowsAffected() != 1)
            return fail(tr("The highlight style “%1” no longer exists.").arg(styles.at(i).name.trimmed()));
    }
    return true;
}

bool StyleRepository::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

} // namespace hashiya
