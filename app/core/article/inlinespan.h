#pragma once

#include <QString>

namespace hashiya {

/**
 * An inline run of an article's text with a meaning of its own — emphasis, strong importance, code or a link
 * — as [start, start + length) offsets into Article::text. Spans never cross a block; they may nest (a link
 * in bold).
 */
struct InlineSpan {
    enum class Kind { Emphasis, Strong, Code, Link };

    int start = 0;
    int length = 0;
    Kind kind = Kind::Emphasis;
    QString href; // links only: an absolute URL, or the page's own relative one when no base was known

    int end() const { return start + length; }
    bool operator==(const InlineSpan &other) const
    {
        return start == other.start && length == other.length && kind == other.kind && href == other.href;
    }
};

} // namespace hashiya
