#pragma once

#include <Qt>

namespace hashiya {

/** One block of an article's reading text: a run [start, start + length) of the stored text. */
struct ArticleBlock {
    enum class Kind { Paragraph, Heading, Quote, ListItem, Preformatted };

    int start = 0;
    int length = 0;
    Kind kind = Kind::Paragraph;
    int level = 0; // heading level 1..6, list nesting depth
    Qt::LayoutDirection direction = Qt::RightToLeft;

    int end() const { return start + length; }
    bool operator==(const ArticleBlock &other) const
    {
        return start == other.start && length == other.length && kind == other.kind && level == other.level
               && direction == other.direction;
    }
};

} // namespace hashiya
