#pragma once

#include <QtGlobal>

namespace hashiya {

/**
 * The letter pairs that make up a large share of real words in Arabic (and Persian), Hebrew and the Latin
 * languages our users mix in. A wrong legacy decoding keeps producing letters of the right script, but in
 * pairs real words rarely have: "ال" read from windows-1256 bytes as ISO-8859-6 becomes "اف". Cyrillic and
 * Greek are there so that Arabic bytes read as KOI8-R or ISO-8859-7, all letters, are seen for what they are.
 */
class CommonBigrams final
{
public:
    enum class Table { Arabic, Hebrew, Latin, Cyrillic, Greek };

    /** True when the pair of letters `first`, `second` is common in `table`'s languages. */
    static bool contains(Table table, char32_t first, char32_t second);

    /** The share of letter pairs in real prose that `contains` recognises, about; used to normalise. */
    static double typicalShare(Table table);
};

} // namespace hashiya
