#include "text/textdirection.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace hashiya {

Qt::LayoutDirection firstStrongDirection(QStringView text, Qt::LayoutDirection fallback)
{
    switch (ubidi_getBaseDirection(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()))) {
    case UBIDI_LTR:
        return Qt::LeftToRight;
    case UBIDI_RTL:
        return Qt::RightToLeft;
    default:
        return fallback;
    }
}

Qt::LayoutDirection majorityDirection(QStringView text, Qt::LayoutDirection fallback)
{
    qsizetype ltr = 0;
    qsizetype rtl = 0;
    const auto *units = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(units, i, length, c);
        switch (u_charDirection(c)) {
        case U_LEFT_TO_RIGHT:
            ++ltr;
            break;
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC:
            ++rtl;
            break;
        default:
            break;
        }
    }
    if (ltr == rtl)
        return firstStrongDirection(text, fallback);
    return ltr > rtl ? Qt::LeftToRight : Qt::RightToLeft;
}

} // namespace hashiya
