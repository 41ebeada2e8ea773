#pragma once

#include <QString>

namespace hashiya {

/**
 * A note as the endnotes print it: its number, the quote it is about, its text and its tags (already joined
 * for display). An annotation that is not anchored has no place in the text: it is only listed here.
 */
struct PrintNote {
    int number = 0;
    QString quote;
    QString note;
    QString tags;
    bool anchored = true;
};

} // namespace hashiya
