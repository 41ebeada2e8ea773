#include "text/charsetconverter.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

struct ConverterCloser {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// ICU's default substitute callback writes U+001A for some single-byte converters; we always want U+FFFD,
// and we want to know that it happened.
void substituteCallback(const void *context, UConverterToUnicodeArgs *args, const char *, int32_t,
                        UConverterCallbackReason reason, UErrorCode *error)
{
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR)
        return;
    *static_cast<bool *>(const_cast<void *>(context)) = true;
    *error = U_ZERO_ERROR;
    static const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

QString nameOf(UConverter *converter, const QString &fallback)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter, &status);
    if (U_FAILURE(status))
        return fallback;
    for (const char *standard : {"MIME", "IANA", "WINDOWS"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name)
            return QString::fromLatin1(name);
    }
    return fallback;
}

ConverterPtr open(const QString &label)
{
    if (label.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(label.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return {};
    return converter;
}

} // namespace

QString CharsetConverter::standardName(const QString &label)
{
    const ConverterPtr converter = open(label.trimmed());
    return converter ? nameOf(converter.get(), label.trimmed()) : QString();
}

Conversion CharsetConverter::convert(const QByteArray &bytes, const QString &encoding, bool endOfInput)
{
    Conversion result;
    ConverterPtr converter = open(encoding);
    if (!converter) {
        result.error =
            QCoreApplication::translate("hashiya::TextDecoder", "Unknown encoding “%1”.").arg(encoding);
        return result;
    }
    result.encoding = nameOf(converter.get(), encoding);

    bool invalid = false;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter.get(), substituteCallback, &invalid, nullptr, nullptr, &status);

    // One UTF-16 unit per byte is enough for every converter we can meet (UTF-8, UTF-16/32, single- and
    // double-byte sets), but grow if one surprises us rather than lose text.
    QString text(bytes.size() + 16, Qt::Uninitialized);
    const char *source = bytes.constData();
    const char *sourceLimit = source + bytes.size();
    qsizetype written = 0;
    for (;;) {
        status = U_ZERO_ERROR;
        auto *target = reinterpret_cast<UChar *>(text.data()) + written;
        auto *const targetStart = target;
        const auto *targetLimit = reinterpret_cast<const UChar *>(text.constData()) + text.size();
        ucnv_toUnicode(converter.get(), &target, targetLimit, &source, sourceLimit, nullptr, endOfInput,
                       &status);
        written += target - targetStart;
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            text.resize(text.size() * 2);
            continue;
        }
        break;
    }
    if (U_FAILURE(status)) {
        result = {};
        result.error =
            QCoreApplication::translate("hashiya::TextDecoder", "The text could not be decoded as %1: %2.")
                .arg(encoding, QString::fromLatin1(u_errorName(status)));
        return result;
    }
    text.truncate(written);
    result.text = std::move(text);
    result.invalidBytes = invalid;
    return result;
}

} // namespace hashiya
