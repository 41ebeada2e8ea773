#pragma once

#include <Qt>

namespace hashiya {

/**
 * One block of the text as the article view lays it out: a run [start, start + length) of the text, its kind
 * and its own direction. It mirrors the core's ArticleBlock without depending on it (widgets do not link
 * core).
 */
struct ViewBlock {
    // TableRow: the cells joined by U+0009 TAB; level 1 for a header row.
    enum class Kind { Paragraph, Heading, Quote, ListItem, Preformatted, TableRow };
    int start = 0;
    int length = 0;
    Kind kind = Kind::Paragraph;
    int level = 0; // heading level 1..6, list nesting depth, 1 for a table header row
    Qt::LayoutDirection direction = Qt::RightToLeft;

    int end() const { return start + length; }
};

} // namespace hashiya
