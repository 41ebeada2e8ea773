#pragma once

#include <QRectF>

namespace hashiya {

/** A rectangle on one printed page, in the page's device pixels. */
struct PageRect {
    int page = 0;
    QRectF rect;
};

} // namespace hashiya
