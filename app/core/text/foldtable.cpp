#include "text/foldtable.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <array>
#include <memory>
#include <mutex>

namespace hashiya {
namespace {

constexpr char16_t kAlef = 0x0627;
constexpr char16_t kWaw = 0x0648;
constexpr char16_t kYeh = 0x064A;
constexpr char16_t kKaf = 0x0643;

bool isInRange(char32_t c, char32_t first, char32_t last)
{
    return c >= first && c <= last;
}

// Presentation forms (Arabic and Hebrew ligatures and contextual shapes) and full / half-width forms are
// only glyph variants of ordinary letters: their compatibility decomposition is the text the reader sees.
// Other compatibility characters (superscripts, fractions, ﬀ-like symbols outside these blocks) stay as
// written, as NFKC would change what a reader means.
bool foldsByCompatibility(char32_t c)
{
    return isInRange(c, 0xFB00, 0xFDFF) || isInRange(c, 0xFE70, 0xFEFF) || isInRange(c, 0xFF00, 0xFFEF);
}

// Combining marks that only vocalise or accent a letter in the scripts we fold. Marks of other scripts
// (Indic vowel signs, kana voicing marks) change the letter itself and are kept.
bool isFoldedMark(char32_t c)
{
    const int8_t type = u_charType(UChar32(c));
    if (type != U_NON_SPACING_MARK && type != U_ENCLOSING_MARK)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(UChar32(c), &status)) {
    case USCRIPT_ARABIC:
    case USCRIPT_HEBREW:
    case USCRIPT_SYRIAC:
    case USCRIPT_LATIN:
    case USCRIPT_GREEK:
    case USCRIPT_CYRILLIC:
    case USCRIPT_COMMON:
        return true;
    case USCRIPT_INHERITED:
        return isInRange(c, 0x0300, 0x036F) || isInRange(c, 0x1AB0, 0x1AFF) || isInRange(c, 0x1DC0, 0x1DFF)
               || isInRange(c, 0x20D0, 0x20FF) || isInRange(c, 0xFE20, 0xFE2F) || isInRange(c, 0x064B, 0x065F)
               || c == 0x0670;
    default:
        return false;
    }
}

// Quranic annotation signs: marks, but also the small waw / yeh (Lm) and the end-of-ayah sign (Cf) that
// only annotate recitation. The rub el hizb ۞ and sajdah ۩ are symbols a reader may look for: kept.
bool isQuranicSign(char32_t c)
{
    return (isInRange(c, 0x06D6, 0x06ED) && c != 0x06DE && c != 0x06E9) || isInRange(c, 0x08D3, 0x08FF);
}

// Alef, waw and yeh written with a hamza or a wasla that no decomposition removes, and alef maqsura.
char32_t hamzaOrAlefForm(char32_t c)
{
    switch (c) {
    case 0x0671: // ٱ alef wasla
    case 0x0672: // ٲ alef with wavy hamza above
    case 0x0673: // ٳ alef with wavy hamza below
    case 0x0675: // ٵ high hamza alef
        return kAlef;
    case 0x0676: // ٶ high hamza waw
        return kWaw;
    case 0x0678: // ٸ high hamza yeh
    case 0x0649: // ى alef maqsura
        return kYeh;
    default:
        return 0;
    }
}

void appendCodePoint(char32_t c, std::u16string &out)
{
    if (c > 0xFFFF) {
        out += char16_t(U16_LEAD(c));
        out += char16_t(U16_TRAIL(c));
    } else {
        out += char16_t(c);
    }
}

// The whole rule set for one code point. Decompositions are full, so the recursion into their parts only
// applies the letter rules once more; depth stops any surprise.
bool foldRules(char32_t c, const FoldOptions &options, std::u16string &out, int depth)
{
    if (c == 0x0640) // tatweel only stretches a word
        return false;
    if (u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        return true;
    if (!options.exactMarksAndHamza) {
        if (isFoldedMark(c) || isQuranicSign(c))
            return false;
        if (const char32_t letter = hamzaOrAlefForm(c)) {
            out += char16_t(letter);
            return false;
        }
    }
    if (c == 0x06CC) // Persian yeh: Arabic yeh typed on a Persian keyboard
        c = kYeh;
    else if (c == 0x06A9) // Persian keheh: Arabic kaf typed on a Persian keyboard
        c = kKaf;
    else if (c == 0x0629 && options.foldTaaMarbuta)
        c = 0x0647;

    const int8_t type = u_charType(UChar32(c));
    if (type == U_DECIMAL_DIGIT_NUMBER) {
        const int32_t value = u_charDigitValue(UChar32(c));
        if (value >= 0 && value <= 9) {
            out += char16_t(u'0' + value);
            return false;
        }
    }
    if (type == U_SPACE_SEPARATOR) {
        out += u' ';
        return false;
    }

    if (depth < 4 && !isInRange(c, 0xAC00, 0xD7A3)) { // Hangul syllables stay whole
        UErrorCode status = U_ZERO_ERROR;
        const bool compatibility = foldsByCompatibility(c);
        const UNormalizer2 *normalizer =
            compatibility ? unorm2_getNFKDInstance(&status) : unorm2_getNFDInstance(&status);
        UChar parts[64];
        const int32_t length =
            U_SUCCESS(status) ? unorm2_getDecomposition(normalizer, UChar32(c), parts, 64, &status) : -1;
        if (U_SUCCESS(status) && length > 0) {
            for (int32_t i = 0; i < length;) {
                UChar32 part;
                U16_NEXT(parts, i, length, part);
                // The spacing forms of harakat (ﹰ ﹲ …) decompose to a space and the mark: the space is
                // only a carrier.
                if (compatibility && part == u' ' && i == 1 && i < length)
                    continue;
                foldRules(char32_t(part), options, out, depth + 1);
            }
            return false;
        }
    }

    // Full case folding: ß → ss, ﬃ → ffi, İ → i + ◌̇; the parts go through the rules again (the dot above is
    // a Latin accent).
    UChar source[2];
    int32_t sourceLength = 0;
    U16_APPEND_UNSAFE(source, sourceLength, UChar32(c));
    UChar folded[16];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t foldedLength =
        u_strFoldCase(folded, 16, source, sourceLength, U_FOLD_CASE_DEFAULT, &status);
    const bool changed =
        U_SUCCESS(status)
        && (foldedLength != sourceLength
            || std::u16string_view(reinterpret_cast<const char16_t *>(folded), size_t(foldedLength))
                   != std::u16string_view(reinterpret_cast<const char16_t *>(source), size_t(sourceLength)));
    if (changed && depth < 4) {
        for (int32_t i = 0; i < foldedLength;) {
            UChar32 part;
            U16_NEXT(folded, i, foldedLength, part);
            foldRules(char32_t(part), options, out, depth + 1);
        }
        return false;
    }
    appendCodePoint(c, out);
    return false;
}

// Combining class and mark category of every BMP unit, shared by all tables.
struct UnitClasses {
    std::array<quint8, 0x10000> combiningClass{};
    std::array<bool, 0x10000> mark{};

    UnitClasses()
    {
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (isInRange(c, 0xD800, 0xDFFF))
                continue;
            combiningClass[c] = quint8(u_getCombiningClass(UChar32(c)));
            const int8_t type = u_charType(UChar32(c));
            mark[c] =
                type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
        }
    }
};

const UnitClasses &unitClasses()
{
    static const UnitClasses classes;
    return classes;
}

} // namespace

FoldTable::FoldTable(const FoldOptions &options)
    : m_options(options)
    , m_entries(0x10000, 0)
{
    std::u16string units;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (isInRange(c, 0xD800, 0xDFFF)) { // surrogates are folded in pairs, never through the table
            m_entries[c] = (1u << 24) | quint32(c);
            continue;
        }
        units.clear();
        const bool format = foldRules(c, options, units, 0);
        const auto length = quint32(units.size());
        quint32 entry = (length << 24) | (format ? 0x80000000u : 0u);
        if (length == 1) {
            entry |= units.front();
        } else if (length > 1) {
            entry |= quint32(m_expansions.size());
            m_expansions.insert(m_expansions.end(), units.begin(), units.end());
        }
        m_entries[c] = entry;
    }
}

const FoldTable &FoldTable::forOptions(const FoldOptions &options)
{
    // Four option sets, each table built only when first asked for (about 64 K ICU look-ups).
    static std::once_flag once[4];
    static std::unique_ptr<FoldTable> tables[4];
    const int which = (options.exactMarksAndHamza ? 1 : 0) | (options.foldTaaMarbuta ? 2 : 0);
    std::call_once(once[which], [&] { tables[which] = std::make_unique<FoldTable>(options); });
    return *tables[which];
}

bool FoldTable::foldCodePoint(char32_t codePoint, std::u16string &out) const
{
    if (codePoint < 0x10000 && !isInRange(codePoint, 0xD800, 0xDFFF)) {
        const quint32 e = entry(char16_t(codePoint));
        const int n = length(e);
        if (n == 1)
            out += unit(e);
        else if (n > 1)
            out.append(expansion(e), size_t(n));
        return isDroppedFormat(e);
    }
    return foldRules(codePoint, m_options, out, 0);
}

const quint8 *FoldTable::combiningClasses()
{
    return unitClasses().combiningClass.data();
}

bool FoldTable::isMark(char16_t unit)
{
    return unitClasses().mark[unit];
}

} // namespace hashiya
