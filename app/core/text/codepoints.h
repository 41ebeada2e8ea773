#pragma once

#include <QStringView>

// Conversions between the UTF-16 offsets Hashiya keeps and the Unicode code point offsets the W3C Web
// Annotation model's TextPositionSelector uses. Each call walks the text: for many offsets use
// CodePointIndex.
namespace hashiya::CodePoints {

/** The code point offset of `utf16Offset` (clamped to the text); an offset inside a surrogate pair rounds
 * down. */
int toCodePointOffset(QStringView text, int utf16Offset);

/** The UTF-16 offset of the `codePointOffset`-th code point (clamped to the text). */
int toUtf16Offset(QStringView text, int codePointOffset);

/** How many code points the text holds; an unpaired surrogate counts as one. */
int codePointCount(QStringView text);

} // namespace hashiya::CodePoints
