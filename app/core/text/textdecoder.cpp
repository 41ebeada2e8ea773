#include "text/textdecoder.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

struct ConverterCloser {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

struct Bom {
    QByteArray bytes;
    const char *encoding;
};

// UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the UTF-16 LE one.
const Bom &bomAt(int i)
{
    static const Bom boms[] = {
        {QByteArray("\x00\x00\xFE\xFF", 4), "UTF-32BE"}, {QByteArray("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
        {QByteArray("\xEF\xBB\xBF", 3), "UTF-8"},        {QByteArray("\xFE\xFF", 2), "UTF-16BE"},
        {QByteArray("\xFF\xFE", 2), "UTF-16LE"},
    };
    return boms[i];
}
constexpr int BomCount = 5;

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

QString standardName(UConverter *converter, const QString &fallback)
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

struct Utf8Scan {
    qsizetype invalid = 0;   // ill-formed sequences
    qsizetype multibyte = 0; // well-formed sequences of two or more bytes
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *s = reinterpret_cast<const uint8_t *>(bytes.constData());
    const int32_t length = int32_t(bytes.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            ++scan.invalid;
        else if (c >= 0x80)
            ++scan.multibyte;
    }
    return scan;
}

} // namespace

bool TextDecoder::looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    if (!head.startsWith('<'))
        return false;
    for (const char *marker : {"<!doctype", "<html", "<?xml", "<head", "<body", "<meta", "<p", "<div"}) {
        if (head.contains(marker))
            return true;
    }
    return false;
}

DecodedText TextDecoder::convert(const QByteArray &bytes, const QString &encoding)
{
    DecodedText result;
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(encoding.toLatin1().constData(), &status));
    if (U_FAILURE(status) || !converter || encoding.isEmpty()) {
        result.error =
            QCoreApplication::translate("hashiya::TextDecoder", "Unknown encoding “%1”.").arg(encoding);
        return result;
    }
    result.encoding = standardName(converter.get(), encoding);
    result.confidence = 100;

    bool invalid = false;
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
        ucnv_toUnicode(converter.get(), &target, targetLimit, &source, sourceLimit, nullptr, true, &status);
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
    result.hadInvalidBytes = invalid;
    return result;
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    if (!forcedEncoding.isEmpty()) {
        DecodedText forced = convert(bytes, forcedEncoding);
        if (forced.text.startsWith(QChar(0xFEFF)))
            forced.text.remove(0, 1);
        return forced;
    }

    for (int i = 0; i < BomCount; ++i) {
        const Bom &bom = bomAt(i);
        if (bytes.startsWith(bom.bytes))
            return convert(bytes.mid(bom.bytes.size()), QString::fromLatin1(bom.encoding));
    }

    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0)
        return convert(bytes, u"UTF-8"_s);

    // A UTF-8 file with a few damaged bytes is still UTF-8: a detector would pick a single-byte charset and
    // turn every Arabic letter into mojibake. Legacy Arabic encodings almost never form valid multi-byte
    // UTF-8 sequences, so many valid ones against few invalid ones is a strong signal.
    if (scan.multibyte >= 4 * scan.invalid) {
        DecodedText damaged = convert(bytes, u"UTF-8"_s);
        damaged.confidence = int(100 * scan.multibyte / (scan.multibyte + scan.invalid));
        return damaged;
    }

    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
        ucsdet_enableInputFilter(detector.get(), looksLikeHtml(bytes));
        ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
        int32_t count = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode matchStatus = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &matchStatus);
            const int confidence = ucsdet_getConfidence(matches[i], &matchStatus);
            if (U_FAILURE(matchStatus) || !name)
                continue;
            DecodedText detected = convert(bytes, QString::fromLatin1(name));
            if (!detected.error.isEmpty())
                continue; // the detector knows a few charsets (e.g. IBM424_rtl) no converter is built for
            detected.encoding = QString::fromLatin1(name);
            detected.confidence = confidence;
            if (detected.text.startsWith(QChar(0xFEFF)))
                detected.text.remove(0, 1);
            return detected;
        }
    }

    // Nothing better is known: UTF-8 with replacement characters loses no valid text.
    DecodedText fallback = convert(bytes, u"UTF-8"_s);
    fallback.confidence = 0;
    return fallback;
}

} // namespace hashiya
