#pragma once

#include <QColor>
#include <QIcon>

namespace hashiya {

/// A small square of a highlight style's colour, for menus and combo boxes.
QIcon swatchIcon(const QColor &color);

} // namespace hashiya
