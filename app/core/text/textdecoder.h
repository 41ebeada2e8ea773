#pragma once

#include <QByteArray>
#include <QString>

namespace hashiya {

/** The result of decoding a file's bytes: the text and how sure we are of the encoding it came from. */
struct DecodedText {
    QString text;
    QString encoding;             // IANA / ICU name, e.g. "UTF-8", "windows-1256"; empty when decoding failed
    int confidence = 0;           // 0..100
    bool hadInvalidBytes = false; // some bytes were not valid in `encoding` and became U+FFFD
    QString error;                // why decoding failed (unknown forced encoding); empty on success
};

/**
 * Turns the bytes of an article into text: byte-order mark, then strict UTF-8, then ICU's charset detection,
 * then ICU's converters. Nothing is ever truncated: bytes that do not decode become U+FFFD.
 */
class TextDecoder final
{
public:
    static DecodedText decode(const QByteArray &bytes, const QString &forcedEncoding = {});

    /** Converts with the named ICU converter; invalid bytes become U+FFFD and set `hadInvalidBytes`. */
    static DecodedText convert(const QByteArray &bytes, const QString &encoding);

    /** True when the bytes start like an HTML or XML document (ICU's detector then skips the markup). */
    static bool looksLikeHtml(const QByteArray &bytes);
};

} // namespace hashiya
