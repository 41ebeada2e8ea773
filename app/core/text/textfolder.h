#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <utility>

namespace hashiya {

/** How far folding goes; every combination folds text and query alike. */
struct FoldOptions {
    bool foldTaaMarbuta = false; // ة → ه (an option, DESIGN.md)
    // "Match vowel marks and hamza exactly": keep every combining mark (Arabic, Hebrew, Latin accents) in
    // canonical order and the hamza / alef / alef maqsura forms as written; still folds Latin case, tatweel,
    // invisible format characters, presentation forms, Persian yeh and kaf, digits and spaces.
    bool exactMarksAndHamza = false;
};

/**
 * A folded copy of a text with, for every unit of the key, the index of the original unit it came from.
 * Most original units give zero or one key unit; a ligature or an expansion (ﻻ → لا, ß → ss, ﷺ → a phrase)
 * gives several key units that all point at the one original unit, so sourceIndex is non-decreasing and
 * strictly increasing everywhere else. A surrogate pair folded to itself keeps one entry per unit. Combining
 * marks kept in the key are put in canonical order; a reordered mark points at a unit of the same run of
 * marks.
 */
struct FoldedText {
    QString key;
    QVector<int> sourceIndex; // key.size() entries, non-decreasing
    int sourceLength = 0;
    // Original units dropped as invisible formatting (ZWJ, ZWNJ, bidi controls, BOM), ascending: a match's
    // end is not extended over them, unlike over the vowel marks and tatweel of its last letter.
    QVector<int> droppedFormatIndex;

    /// The original range [start, end) of key range [keyStart, keyEnd): end extended over the original units
    /// folded away right after the last matched one (marks, tatweel), so a match includes its vowel marks.
    std::pair<int, int> sourceRange(int keyStart, int keyEnd) const;
};

/**
 * The one folding function of DESIGN.md "Search folding", shared by find, the full-text index and tag names.
 *
 * It is a table-driven pass built from ICU character properties (u_charType, uscript_getScript, combining
 * class, NFD / NFKD decompositions, full case folding): ICU's transliterators give no offset map back to the
 * original, and no collator locale folds every pair we need (hamza forms, alef maqsura, Persian yeh and kaf)
 * while leaving the rest exact.
 *
 * Always: default-ignorable characters (ZWJ, ZWNJ, bidi controls, BOM, soft hyphen, variation selectors) and
 * tatweel removed; presentation forms (U+FB00–U+FDFF, U+FE70–U+FEFF) and full/half-width forms replaced by
 * their compatibility decomposition; every decimal digit (Arabic-Indic, Persian …) to ASCII; every space
 * separator (no-break spaces) to U+0020, without collapsing runs; full Unicode case folding; canonical
 * decomposition (é → e + ◌́, أ → ا + ◌ٔ) so precomposed and decomposed spellings agree; Persian ی → ي and
 * ک → ك (the same letters typed on another keyboard).
 * Unless exactMarksAndHamza: nonspacing marks of the Arabic, Hebrew, Syriac, Latin, Greek and Cyrillic
 * scripts and the shared combining diacritics removed (harakat, shadda, sukun, superscript alef, hamza above
 * / below, madda, Quranic marks U+06D6–U+06ED and U+08D3–U+08FF, Hebrew points and cantillation, Latin
 * accents); ٱ ٲ ٳ ٵ → ا, ٶ → و, ٸ → ي, ى → ي (with the decomposition, أ إ آ → ا, ؤ → و, ئ → ي, ۀ → ە, ۂ → ہ,
 * ۓ → ے). Urdu and Kurdish letters (ہ ھ ە ے ں ۃ …) are kept: they are not spellings of an Arabic letter.
 */
class TextFolder final
{
public:
    static FoldedText fold(QStringView text, const FoldOptions &options = {});
    static QString foldKey(QStringView text, const FoldOptions &options = {}); // key only, no map (faster)

    /**
     * The keys to look a query up under: its key first, then, when the query writes a hamza on a waw or yeh
     * seat (ؤ ئ), the same key with each such seat swapped for the other, since مسؤولية and مسئولية are one
     * word in two spelling traditions while the key keeps the seat (ؤ → و, ئ → ي). Only the key in exact
     * mode; at most 8 keys (the first three seats vary).
     */
    static QStringList queryKeys(QStringView query, const FoldOptions &options = {});
};

} // namespace hashiya
