#include "text/codepoints.h"

#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>

namespace hashiya::CodePoints {
namespace {
const UChar *units(QStringView text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}
} // namespace

int toCodePointOffset(QStringView text, int utf16Offset)
{
    int32_t offset = std::clamp(utf16Offset, 0, int(text.size()));
    if (offset > 0 && offset < text.size())
        U16_SET_CP_START(units(text), 0, offset); // inside a pair: back to its lead surrogate
    return u_countChar32(units(text), offset);
}

int toUtf16Offset(QStringView text, int codePointOffset)
{
    const auto length = int32_t(text.size());
    int32_t offset = 0;
    U16_FWD_N(units(text), offset, length, std::max(codePointOffset, 0));
    return offset;
}

int codePointCount(QStringView text)
{
    return u_countChar32(units(text), int32_t(text.size()));
}

} // namespace hashiya::CodePoints
