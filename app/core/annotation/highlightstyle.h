#pragma once

#include <QColor>
#include <QString>

namespace hashiya {

/** A highlight category: a name the user may change, a colour and its Ctrl+number shortcut. */
struct HighlightStyle {
    qint64 id = 0;
    QString name;
    QColor color;
    int shortcut = 0; // 1..9, 0 = none
    int position = 0; // order in menus

    bool operator==(const HighlightStyle &o) const
    {
        return id == o.id && name == o.name && color == o.color && shortcut == o.shortcut
               && position == o.position;
    }
};

} // namespace hashiya
