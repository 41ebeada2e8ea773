#pragma once

#include <QString>
#include <Qt>

namespace hashiya {

/** One block of an article's reading text: a run [start, start + length) of the stored text. */
struct ArticleBlock {
    // Stored as integers in the library: append new kinds at the end, never reorder.
    // A TableRow's text is its cells joined by U+0009 TAB (an empty cell stays an empty field, so columns
    // line up); its level is 1 for a header row (all cells <th>), else 0.
    enum class Kind { Paragraph, Heading, Quote, ListItem, Preformatted, TableRow };
    static constexpr int LastKind = int(Kind::TableRow);

    int start = 0;
    int length = 0;
    Kind kind = Kind::Paragraph;
    int level = 0; // heading level 1..6, list nesting depth, quote depth, 1 for a table header row
    Qt::LayoutDirection direction = Qt::RightToLeft;
    QString language; // BCP 47 from the source (an HTML lang attribute); empty = the article's language

    int end() const { return start + length; }
    bool operator==(const ArticleBlock &other) const
    {
        return start == other.start && length == other.length && kind == other.kind && level == other.level
               && direction == other.direction && language == other.language;
    }
};

} // namespace hashiya
