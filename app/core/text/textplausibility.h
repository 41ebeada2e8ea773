#pragma once

#include <QString>

namespace hashiya {

/** How much a decoded text looks like real writing; see TextPlausibility. */
struct Plausibility {
    enum class Script { None, Arabic, Hebrew, Latin, Cyrillic, Greek, Other };

    int score = 0;                // 0..100
    Script script = Script::None; // the script most non-ASCII letters belong to
    qsizetype letters = 0;        // non-ASCII letters seen: how much evidence the score rests on
    qsizetype badCharacters = 0;  // U+FFFD, C0/C1 controls, unassigned, private use, lone surrogates
};

/**
 * Judges a candidate decoding of a file by what its text looks like: real writing has mostly letters of one
 * script, words made of letters of that script with marks and final forms where the script puts them, and
 * the script's common letter pairs; a wrong decoding shows controls, U+FFFD, symbols inside words, words
 * mixing scripts or letters in impossible places. Only characters outside ASCII are weighed, since ASCII
 * reads the same in every candidate.
 */
class TextPlausibility final
{
public:
    /** `markup` skips HTML tags and entities, which would only dilute the evidence. */
    static Plausibility judge(const QString &text, bool markup);
};

} // namespace hashiya
