#include "text/textdecoder.h"

#include "text/charsetconverter.h"
#include "text/encodingranker.h"
#include "text/htmlcharset.h"
#include "text/textplausibility.h"
#include "text/utf16sniffer.h"

#include <QCoreApplication>

#include <unicode/utf8.h>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

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

// Two readings this close are a coin toss the user should be able to overrule.
constexpr int CloseMargin = 10;
constexpr int LowConfidence = 50;

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

void stripBom(QString &text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
}

QString overruledNote(const QString &declared, const QString &used)
{
    return QCoreApplication::translate(
               "hashiya::TextDecoder",
               "The page says it is %1, but its bytes do not read as %1; it was read as "
               "%2.")
        .arg(declared, used);
}

// UTF-16 without a BOM: the byte pattern proposes it, the text must confirm it (pure ASCII counts, since
// its NUL high bytes are the whole evidence).
bool decodeUtf16(const QByteArray &bytes, DecodedText &result)
{
    const QString encoding = Utf16Sniffer::guess(bytes);
    if (encoding.isEmpty())
        return false;
    DecodedText decoded = TextDecoder::convert(bytes, encoding);
    const Plausibility plausibility = TextPlausibility::judge(decoded.text.left(64 * 1024), false);
    if (!decoded.error.isEmpty() || plausibility.badCharacters > 0
        || (plausibility.letters > 0 && plausibility.score < 40))
        return false;
    decoded.confidence = plausibility.letters > 0 ? std::max(plausibility.score, 60) : 80;
    result = std::move(decoded);
    return true;
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
    const Conversion conversion = CharsetConverter::convert(bytes, encoding);
    DecodedText result;
    if (!conversion.error.isEmpty()) {
        result.error = conversion.error;
        return result;
    }
    result.text = conversion.text;
    result.encoding = conversion.encoding;
    result.confidence = 100;
    result.hadInvalidBytes = conversion.invalidBytes;
    return result;
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    const QString declared = HtmlCharset::declared(bytes);
    if (!forcedEncoding.isEmpty()) {
        DecodedText forced = convert(bytes, forcedEncoding);
        stripBom(forced.text);
        forced.declaredEncoding = declared;
        return forced;
    }

    for (int i = 0; i < BomCount; ++i) {
        const Bom &bom = bomAt(i);
        if (bytes.startsWith(bom.bytes)) {
            DecodedText marked = convert(bytes.mid(bom.bytes.size()), QString::fromLatin1(bom.encoding));
            marked.declaredEncoding = declared;
            return marked;
        }
    }

    DecodedText result;
    if (decodeUtf16(bytes, result)) {
        result.declaredEncoding = declared;
        return result;
    }

    const Utf8Scan scan = scanUtf8(bytes);
    // Valid UTF-8 is UTF-8 whatever a page claims: legacy bytes almost never form valid sequences. A damaged
    // UTF-8 file (many valid sequences against few invalid ones) is still UTF-8, not mojibake.
    if (scan.invalid == 0 || scan.multibyte >= 4 * scan.invalid) {
        result = convert(bytes, u"UTF-8"_s);
        if (scan.invalid > 0)
            result.confidence = int(100 * scan.multibyte / (scan.multibyte + scan.invalid));
        result.declaredEncoding = declared;
        if (!declared.isEmpty() && declared != result.encoding && scan.multibyte > 0)
            result.note = overruledNote(declared, result.encoding);
        return result;
    }

    const EncodingRanker ranker(bytes);
    const QVector<RankedEncoding> &ranked = ranker.ranked();
    if (ranked.isEmpty()) { // no converter opened at all: UTF-8 with replacement characters loses no text
        result = convert(bytes, u"UTF-8"_s);
        result.confidence = 0;
        result.lowConfidence = true;
        return result;
    }
    const RankedEncoding &best = ranked.first();
    if (ranker.sampleIsWhole()) {
        result.text = best.sample;
        result.encoding = best.encoding;
        result.hadInvalidBytes = best.invalidBytes;
    } else {
        result = convert(bytes, best.encoding);
        stripBom(result.text);
    }
    result.confidence = best.confidence;
    result.declaredEncoding = ranker.declared();
    const bool declaredWon = best.declared && !ranker.declaredRejected();
    const bool close = ranked.size() > 1 && best.confidence - ranked.at(1).confidence < CloseMargin;
    result.lowConfidence = !declaredWon && (best.confidence < LowConfidence || close);
    if (ranker.declaredRejected())
        result.note = overruledNote(ranker.declared(), best.encoding);
    return result;
}

QVector<EncodingCandidate> TextDecoder::candidates(const QByteArray &bytes, int max)
{
    QVector<EncodingCandidate> list;
    if (max <= 0)
        return list;
    const bool html = looksLikeHtml(bytes);
    const DecodedText chosen = decode(bytes);
    if (!chosen.encoding.isEmpty())
        list.append({chosen.encoding, chosen.confidence, preview(chosen.text, html)});

    const EncodingRanker ranker(bytes);
    for (const RankedEncoding &r : ranker.ranked()) {
        if (list.size() >= max)
            break;
        // The chosen reading is already first; the others are listed once per distinct text.
        if (r.encoding == chosen.encoding || (!r.sample.isEmpty() && chosen.text.startsWith(r.sample)))
            continue;
        list.append({r.encoding, r.confidence, preview(r.sample, html)});
    }
    return list;
}

QString TextDecoder::preview(const QString &text, bool markup, int length)
{
    constexpr qsizetype Scan = 4096; // a preview needs the beginning only
    QString plain;
    plain.reserve(std::min<qsizetype>(text.size(), Scan));
    bool inTag = false;
    bool space = false;
    for (qsizetype i = 0; i < text.size() && plain.size() < Scan; ++i) {
        const QChar c = text.at(i);
        if (markup && c == u'<') {
            inTag = true;
            continue;
        }
        if (inTag) {
            inTag = c != u'>';
            space = space || !inTag;
            continue;
        }
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            space = true;
            continue;
        }
        if (space && !plain.isEmpty())
            plain.append(u' ');
        space = false;
        plain.append(c);
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i).unicode() >= 0x80) {
            start = plain.lastIndexOf(u' ', i);
            start = start < 0 ? 0 : start + 1;
            break;
        }
    }
    qsizetype end = std::min(plain.size(), start + length);
    if (end < plain.size() && end > start && plain.at(end - 1).isHighSurrogate())
        --end;
    return plain.mid(start, end - start);
}

} // namespace hashiya
