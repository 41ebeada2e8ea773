#pragma once

#include "text/textfolder.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace hashiya {

/**
 * The folding of every BMP code unit for one set of FoldOptions, computed once from ICU's character
 * properties so that folding a book costs one table look-up per unit. Supplementary characters go through
 * the same rules one at a time (foldCodePoint).
 */
class FoldTable final
{
public:
    explicit FoldTable(const FoldOptions &options);
    Q_DISABLE_COPY_MOVE(FoldTable)

    /** The shared table of these options, built on first use (thread-safe). */
    static const FoldTable &forOptions(const FoldOptions &options);

    // An entry: bits 24–30 the number of key units, bit 31 "dropped as invisible formatting"; the key unit
    // itself in bits 0–15 when there is one, else the offset of the units in expansions().
    quint32 entry(char16_t unit) const { return m_entries[unit]; }
    static int length(quint32 entry) { return int((entry >> 24) & 0x7f); }
    static bool isDroppedFormat(quint32 entry) { return entry & 0x80000000u; }
    static char16_t unit(quint32 entry) { return char16_t(entry & 0xffff); }
    const char16_t *expansion(quint32 entry) const { return m_expansions.data() + (entry & 0xffffff); }

    /** Appends the folded units of any code point; returns true when it was dropped as invisible
     * formatting. */
    bool foldCodePoint(char32_t codePoint, std::u16string &out) const;

    /** The canonical combining class of every BMP unit (0 for surrogates), indexed by the unit. */
    static const quint8 *combiningClasses();
    /** True for a combining mark (Mn, Mc, Me) in the BMP. */
    static bool isMark(char16_t unit);

private:
    FoldOptions m_options;
    std::vector<quint32> m_entries;     // one per BMP unit
    std::vector<char16_t> m_expansions; // the units of entries longer than one
};

} // namespace hashiya
