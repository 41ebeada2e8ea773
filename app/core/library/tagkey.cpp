#include "library/tagkey.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace hashiya {

QString tagDisplayName(const QString &name)
{
    return name.simplified();
}

QString tagKey(const QString &name)
{
    const QString simplified = tagDisplayName(name);
    if (simplified.isEmpty())
        return {};

    UErrorCode status = U_ZERO_ERROR;
    // NFKC_Casefold = case fold + NFKC in one pass; it also drops default-ignorable characters (ZWJ, ZWNJ).
    const icu::Normalizer2 *nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status))
        return simplified.toCaseFolded();

    const icu::UnicodeString source(false, reinterpret_cast<const UChar *>(simplified.utf16()),
                                    int32_t(simplified.size()));
    const icu::UnicodeString folded = nfkcCasefold->normalize(source, status);
    if (U_FAILURE(status))
        return simplified.toCaseFolded();

    QString key;
    key.reserve(folded.length());
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 c = folded.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (QChar::requiresSurrogates(char32_t(c))) {
            key.append(QChar(QChar::highSurrogate(char32_t(c))));
            key.append(QChar(QChar::lowSurrogate(char32_t(c))));
        } else {
            key.append(QChar(char16_t(c)));
        }
    }
    return key;
}

} // namespace hashiya
