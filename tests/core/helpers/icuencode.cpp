#include "icuencode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace hashiya::testing {

QByteArray encodeWithIcu(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray bytes(text.size() * 4 + 8, '\0');
    const int32_t length =
        ucnv_fromUChars(converter, bytes.data(), int32_t(bytes.size()),
                        reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        qFatal("cannot encode to %s: %s", charset, u_errorName(status));
    bytes.truncate(length);
    return bytes;
}

} // namespace hashiya::testing
