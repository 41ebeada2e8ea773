#include "text/languageguesser.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

// Letters Arabic does not use: Persian and Urdu share the first six, Urdu alone has the others.
bool isPersianLetter(char32_t c)
{
    return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 || c == 0x06CC;
}

bool isUrduOnlyLetter(char32_t c)
{
    return c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA || c == 0x06D2 || c == 0x06C1;
}

} // namespace

QString LanguageGuesser::guess(QStringView text)
{
    qsizetype arabic = 0, hebrew = 0, latin = 0, persian = 0, urdu = 0;
    const auto *units = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(units, i, length, c);
        if (!u_isalpha(c))
            continue;
        UErrorCode status = U_ZERO_ERROR;
        switch (uscript_getScript(c, &status)) {
        case USCRIPT_ARABIC:
            ++arabic;
            persian += isPersianLetter(char32_t(c));
            urdu += isUrduOnlyLetter(char32_t(c));
            break;
        case USCRIPT_HEBREW:
            ++hebrew;
            break;
        case USCRIPT_LATIN:
            ++latin;
            break;
        default:
            break;
        }
    }
    if (arabic == 0 && hebrew == 0 && latin == 0)
        return {};
    if (arabic >= hebrew && arabic >= latin) {
        // In Persian and Urdu prose these letters make several percent of all letters; an Arabic text only
        // meets them in the odd foreign name.
        const qsizetype frequent = std::max<qsizetype>(1, arabic / 50);
        if (urdu >= frequent)
            return u"ur"_s;
        if (persian >= frequent)
            return u"fa"_s;
        return u"ar"_s;
    }
    return hebrew >= latin ? u"he"_s : u"en"_s;
}

} // namespace hashiya
