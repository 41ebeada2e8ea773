#pragma once

#include <QColor>

namespace hashiya {

/** A highlight as the article view paints it: an id chosen by the caller, a range [start, end) and a colour.
 */
struct ViewHighlight {
    int id = 0;
    int start = 0;
    int end = 0;
    QColor color;
};

} // namespace hashiya
