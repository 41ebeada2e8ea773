#pragma once

#include "annotation/highlightstyle.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace hashiya {

class Library;

/**
 * Edits the highlight styles as the preferences dialog does: rename, recolour, reorder, add and remove, each
 * saved in one transaction. The Ctrl+number shortcuts always follow the order (the first style is Ctrl+1,
 * the tenth and later have none). Annotations are never deleted with their style: they move to another one.
 */
class StyleRepository final
{
    Q_DISABLE_COPY_MOVE(StyleRepository)

public:
    explicit StyleRepository(const Library &library);

    /// Every style, in menu order.
    QVector<HighlightStyle> list();
    /// How many annotations (in every document) use each style, by style id.
    QHash<qint64, int> annotationCounts();

    bool rename(qint64 id, const QString &name);
    bool setColor(qint64 id, const QColor &color);
    /// Puts the styles in the order of `ids` (every style exactly once); shortcuts follow.
    bool reorder(const QVector<qint64> &ids);
    /// Appends a style; returns it with its new id (id 0 on failure).
    HighlightStyle add(const QString &name, const QColor &color);
    /// Removes a style; its annotations move to `replacementId`, which must be another existing style.
    bool remove(qint64 id, qint64 replacementId);

    /// Saves an edited list at once: styles with id 0 are added, styles missing from `styles` are removed
    /// (their annotations move to the first style of the list), names, colours and order are written, and
    /// shortcuts follow the order. Nothing is written unless all of it is.
    bool save(const QVector<HighlightStyle> &styles);

    /// What went wrong, in words for the user.
    QString lastError() const { return m_lastError; }

private:
    bool checkWritable();
    bool validate(const QVector<HighlightStyle> &styles);
    bool write(const QVector<HighlightStyle> &styles);
    bool fail(const QString &message);

    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
