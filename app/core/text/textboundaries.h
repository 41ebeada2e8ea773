#pragma once

#include <QString>
#include <QStringView>

#include <utility>

namespace hashiya {

/**
 * Grapheme, word and sentence boundaries by ICU's break iterators, on UTF-16 offsets. Selections snap to
 * graphemes so a highlight never separates a letter from its vowel marks; a double-click takes an ICU word.
 */
class TextBoundaries final
{
public:
    /** The word containing `position`, marks and attached clitics included; {-1, -1} on space or punctuation.
     */
    static std::pair<int, int> wordAt(const QString &text, int position);

    static bool isGraphemeBoundary(const QString &text, int position);
    /** The nearest grapheme boundary at or after (`forward`) or at or before `position`, clamped to the text.
     */
    static int snapToGrapheme(const QString &text, int position, bool forward);

    /** Words are ICU word segments that are not spaces or punctuation (letters, numbers, ideographs). */
    static int wordCount(QStringView text);
    /** Sentences that hold at least one letter or digit; a U+2028 line wrap does not end one. */
    static int sentenceCount(QStringView text);
};

} // namespace hashiya
