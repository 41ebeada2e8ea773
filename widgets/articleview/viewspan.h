#pragma once

#include <QString>

namespace hashiya {

/**
 * An inline run the article view draws differently — emphasis, strong, code, a link — as [start, start +
 * length) offsets into the view's text. It mirrors the core's InlineSpan without depending on it.
 */
struct ViewSpan {
    enum class Kind { Emphasis, Strong, Code, Link };
    int start = 0;
    int length = 0;
    Kind kind = Kind::Emphasis;
    QString href; // links only

    int end() const { return start + length; }
};

} // namespace hashiya
