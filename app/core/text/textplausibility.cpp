#include "text/textplausibility.h"

#include "text/commonbigrams.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <string>

namespace hashiya {
namespace {

using Script = Plausibility::Script;

Script scriptOf(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(UChar32(c), &status)) {
    case USCRIPT_ARABIC:
        return Script::Arabic;
    case USCRIPT_HEBREW:
        return Script::Hebrew;
    case USCRIPT_LATIN:
        return Script::Latin;
    case USCRIPT_CYRILLIC:
        return Script::Cyrillic;
    case USCRIPT_GREEK:
        return Script::Greek;
    default:
        return Script::Other;
    }
}

bool isBad(char32_t c, int8_t type)
{
    if (c == 0xFFFD)
        return true;
    if (type == U_CONTROL_CHAR)
        return !(c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
    return type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_SURROGATE;
}

bool isArabicTanween(char32_t c)
{
    return c >= 0x064B && c <= 0x064D;
}

bool isHebrewFinal(char32_t c)
{
    return c == 0x05DA || c == 0x05DD || c == 0x05DF || c == 0x05E3 || c == 0x05E5;
}

// The accented letters of the Western languages our users mix in (French, Spanish, Portuguese, German ...):
// a Latin reading full of others (ŕ ś ű from windows-1250) is less likely to be what was meant.
bool isWesternAccent(char32_t c)
{
    static const std::u32string letters = U"àâäáãåçéèêëíìîïñóòôöõøœúùûüÿæßÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÚÙÛÜŸÆ";
    return letters.find(c) != std::u32string::npos;
}

// Punctuation that legitimately sits between two letters of one word.
bool joinsWords(char32_t c)
{
    return c == 0x2019 || c == 0x05F3 || c == 0x05F4 || c == 0x05BE || c == 0x2010 || c == 0x2011
           || c == 0x00B7;
}

/** Walks the text once, word by word, and keeps the counts the score is made of. */
class Judge
{
public:
    void feed(char32_t c);
    void endWord();
    Plausibility result() const;

private:
    void letter(char32_t c, Script script);
    void pair(char32_t first, char32_t second, Script script);

    // whole text
    qsizetype m_letters = 0; // non-ASCII
    qsizetype m_symbols = 0; // non-ASCII symbols
    qsizetype m_bad = 0;
    qsizetype m_words = 0; // with at least one non-ASCII character
    qsizetype m_cleanWords = 0;
    QHash<int, qsizetype> m_perScript;
    qsizetype m_pairs[5] = {};
    qsizetype m_hits[5] = {};
    qsizetype m_latinAccented = 0;
    qsizetype m_latinWestern = 0;

    // current word
    qsizetype m_wordLetters = 0;
    qsizetype m_wordLatin = 0;
    qsizetype m_wordLatinAccented = 0;
    bool m_wordNonAscii = false;
    bool m_wordOdd = false;
    bool m_wordMixed = false;
    bool m_pendingInside = false; // a symbol or punctuation follows a letter: odd if another letter comes
    Script m_wordScript = Script::None;
    char32_t m_lastLetter = 0;
    char32_t m_last = 0; // last letter or mark
    int m_marksRun = 0;
};

void Judge::pair(char32_t first, char32_t second, Script script)
{
    int table = -1;
    if (script == Script::Arabic)
        table = int(CommonBigrams::Table::Arabic);
    else if (script == Script::Hebrew)
        table = int(CommonBigrams::Table::Hebrew);
    else if (script == Script::Latin)
        table = int(CommonBigrams::Table::Latin);
    else if (script == Script::Cyrillic)
        table = int(CommonBigrams::Table::Cyrillic);
    else if (script == Script::Greek)
        table = int(CommonBigrams::Table::Greek);
    if (table < 0 || scriptOf(first) != script)
        return;
    ++m_pairs[table];
    if (CommonBigrams::contains(CommonBigrams::Table(table), first, second))
        ++m_hits[table];
}

void Judge::letter(char32_t c, Script script)
{
    if (m_pendingInside)
        m_wordOdd = true;
    m_pendingInside = false;
    if (c >= 0x80) {
        ++m_letters;
        ++m_perScript[int(script)];
        m_wordNonAscii = true;
    }
    if (m_wordScript == Script::None)
        m_wordScript = script;
    else if (m_wordScript != script)
        m_wordMixed = true;
    if (script == Script::Latin) {
        ++m_wordLatin;
        if (c >= 0x80) {
            ++m_wordLatinAccented;
            ++m_latinAccented;
            if (isWesternAccent(c))
                ++m_latinWestern;
        }
    }
    // Letters that only end a word: taa marbuta, alef maqsura, tanween (before a final alef at most), and
    // Hebrew final forms.
    if (m_wordLetters > 0) {
        if (script == Script::Arabic
            && (m_lastLetter == 0x0629 || m_lastLetter == 0x0649
                || (isArabicTanween(m_last) && c != 0x0627 && c != 0x0649)))
            m_wordOdd = true;
        if (script == Script::Hebrew && isHebrewFinal(m_lastLetter))
            m_wordOdd = true;
        pair(m_lastLetter, c, script);
    }
    ++m_wordLetters;
    m_lastLetter = c;
    m_last = c;
    m_marksRun = 0;
}

void Judge::feed(char32_t c)
{
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x00A0 || u_isUWhiteSpace(UChar32(c))) {
        endWord();
        return;
    }
    const auto type = int8_t(u_charType(UChar32(c)));
    if (isBad(c, type)) {
        ++m_bad;
        m_wordNonAscii = true;
        m_wordOdd = true;
        return;
    }
    if (u_isalpha(UChar32(c)) && type != U_NON_SPACING_MARK && type != U_COMBINING_SPACING_MARK) {
        letter(c, scriptOf(c));
        return;
    }
    if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK) {
        m_wordNonAscii = true;
        const Script script = scriptOf(c);
        // A mark stands on a letter; a run of more than three, or one of another script, is no writing.
        if (m_wordLetters == 0 || m_pendingInside || ++m_marksRun > 3)
            m_wordOdd = true;
        if (script != Script::Other && m_wordScript != Script::None && script != m_wordScript)
            m_wordMixed = true;
        m_last = c;
        return;
    }
    if (c == 0x200C || c == 0x200D || c == 0x0640) // joiners and tatweel live inside words
        return;
    if (c < 0x80) { // ASCII digits and punctuation end a word
        endWord();
        return;
    }
    if (type == U_DECIMAL_DIGIT_NUMBER || type == U_OTHER_NUMBER || type == U_LETTER_NUMBER) {
        endWord();
        return;
    }
    // Non-ASCII punctuation (« » ، ؛ “ ” …) is ordinary writing; symbols (× ÷ ¤ ©) are rare in prose and
    // common in mojibake.
    if (type != U_DASH_PUNCTUATION && type != U_START_PUNCTUATION && type != U_END_PUNCTUATION
        && type != U_INITIAL_PUNCTUATION && type != U_FINAL_PUNCTUATION && type != U_OTHER_PUNCTUATION
        && type != U_CONNECTOR_PUNCTUATION)
        ++m_symbols;
    if (m_wordLetters > 0 && !joinsWords(c))
        m_pendingInside = true;
}

void Judge::endWord()
{
    if (m_wordLetters > 0 && m_wordNonAscii) {
        ++m_words;
        // A Latin word made mostly of accented letters is what Arabic or Hebrew bytes look like in a Latin
        // code page ("ÃáÓáÇã"); real French or German has a few.
        const bool accentSoup = m_wordLatin >= 3 && m_wordLatinAccented * 3 > m_wordLatin * 2;
        if (!m_wordOdd && !m_wordMixed && !accentSoup)
            ++m_cleanWords;
    }
    m_wordLetters = m_wordLatin = m_wordLatinAccented = 0;
    m_wordNonAscii = m_wordOdd = m_wordMixed = m_pendingInside = false;
    m_wordScript = Script::None;
    m_lastLetter = m_last = 0;
    m_marksRun = 0;
}

Plausibility Judge::result() const
{
    Plausibility p;
    p.letters = m_letters;
    p.badCharacters = m_bad;
    const qsizetype weighed = m_letters + m_symbols + m_bad;
    if (weighed == 0 || m_letters == 0)
        return p;

    qsizetype dominant = 0;
    for (auto it = m_perScript.cbegin(); it != m_perScript.cend(); ++it) {
        if (it.value() > dominant) {
            dominant = it.value();
            p.script = Script(it.key());
        }
    }
    const double letterShare = double(m_letters) / double(weighed);
    const double purity = m_words > 0 ? double(m_cleanWords) / double(m_words) : 0.0;
    const double scriptShare = double(dominant) / double(m_letters);
    const double badRate = double(m_bad) / double(weighed);

    double pairs = 0.5; // unknown when the script has no table or too few pairs
    double scriptFactor = 1.0;
    int table = -1;
    switch (p.script) {
    case Script::Arabic:
        table = int(CommonBigrams::Table::Arabic);
        break;
    case Script::Hebrew:
        table = int(CommonBigrams::Table::Hebrew);
        break;
    case Script::Latin:
        table = int(CommonBigrams::Table::Latin);
        if (m_latinAccented > 0)
            scriptFactor = 0.7 + 0.3 * double(m_latinWestern) / double(m_latinAccented);
        break;
    case Script::Cyrillic:
        table = int(CommonBigrams::Table::Cyrillic);
        scriptFactor = 0.9;
        break;
    case Script::Greek:
        table = int(CommonBigrams::Table::Greek);
        scriptFactor = 0.9;
        break;
    default:
        scriptFactor = 0.7; // scripts our users do not write in: possible, but never preferred on a tie
        break;
    }
    if (table >= 0 && m_pairs[table] >= 3) {
        const double share = double(m_hits[table]) / double(m_pairs[table]);
        pairs = std::min(1.0, share / CommonBigrams::typicalShare(CommonBigrams::Table(table)));
    }
    const double score = 100.0 * letterShare * purity * purity * scriptShare * scriptShare
                         * std::max(0.0, 1.0 - 3.0 * badRate) * (0.5 + 0.5 * pairs) * scriptFactor;
    p.score = int(std::lround(std::clamp(score, 0.0, 100.0)));
    return p;
}

} // namespace

Plausibility TextPlausibility::judge(const QString &text, bool markup)
{
    Judge judge;
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length; ++i) {
        char32_t c = s[i];
        if (QChar::isHighSurrogate(c) && i + 1 < length && QChar::isLowSurrogate(s[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), s[i + 1]);
            ++i;
        }
        if (markup && c == '<') { // a tag, a comment or a doctype: none of it is prose
            const qsizetype close = text.indexOf(u'>', i);
            judge.endWord();
            if (close < 0)
                break;
            i = close;
            continue;
        }
        if (markup && c == '&') { // an entity reads the same in every candidate
            const qsizetype semicolon = text.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 10) {
                judge.endWord();
                i = semicolon;
                continue;
            }
        }
        judge.feed(c);
    }
    judge.endWord();
    return judge.result();
}

} // namespace hashiya
