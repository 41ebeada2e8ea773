#pragma once

#include <QColor>

namespace hashiya {

/** A highlight to print: a range of the article's text, its colour and its note's number (0 = no note). */
struct PrintHighlight {
    int start = 0;
    int end = 0;
    QColor color;
    int noteNumber = 0;
};

} // namespace hashiya
