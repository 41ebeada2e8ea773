#pragma once

#include "annotation/highlightstyle.h"

#include <QString>
#include <QVector>

namespace hashiya {

class Library;

/** The `style` table: the highlight categories the user may rename and recolour. */
class StyleStore final
{
    Q_DISABLE_COPY_MOVE(StyleStore)

public:
    explicit StyleStore(const Library &library);

    /// Every style, in menu order.
    QVector<HighlightStyle> all();
    /// Writes name, colour, shortcut and position of the style with `style.id`.
    bool update(const HighlightStyle &style);
    QString lastError() const { return m_lastError; }

private:
    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
