#pragma once

#include "text/encodingcandidate.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace hashiya {

/** The result of decoding a file's bytes: the text and how sure we are of the encoding it came from. */
struct DecodedText {
    QString text;
    QString encoding;             // IANA / ICU name, e.g. "UTF-8", "windows-1256"; empty when decoding failed
    int confidence = 0;           // 0..100
    bool hadInvalidBytes = false; // some bytes were not valid in `encoding` and became U+FFFD
    QString error;                // why decoding failed (unknown forced encoding); empty on success
    bool lowConfidence = false;   // a guess: offer "Reopen with encoding…" rather than trust it silently
    QString declaredEncoding;     // what the HTML page's meta charset says (standard name); empty when none
    QString note;                 // for the user, when the declared charset was overruled; else empty
};

/**
 * Turns the bytes of an article into text: byte-order mark, then UTF-16 recognised by its byte pattern, then
 * strict UTF-8, then a ranking of the legacy encodings by what their text looks like (EncodingRanker), in
 * which an HTML page's own meta charset counts. Nothing is ever truncated: bytes that do not decode become
 * U+FFFD.
 */
class TextDecoder final
{
public:
    static DecodedText decode(const QByteArray &bytes, const QString &forcedEncoding = {});

    /** Converts with the named ICU converter; invalid bytes become U+FFFD and set `hadInvalidBytes`. */
    static DecodedText convert(const QByteArray &bytes, const QString &encoding);

    /** True when the bytes start like an HTML or XML document (ICU's detector then skips the markup). */
    static bool looksLikeHtml(const QByteArray &bytes);

    /** The likely encodings of `bytes`, best first (the one `decode` picks leads), each reading distinct,
     *  with a one-line preview: what "Reopen with encoding…" offers. */
    static QVector<EncodingCandidate> candidates(const QByteArray &bytes, int max = 5);

    /** About `length` characters of `text` on one line, from its first non-ASCII word when there is one
     *  (so a page's English markup does not hide its Arabic), tags skipped when `markup`. */
    static QString preview(const QString &text, bool markup, int length = 80);
};

} // namespace hashiya
