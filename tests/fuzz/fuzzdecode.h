#pragma once

// Fuzz target: the bytes of a file of unknown encoding → TextDecoder (BOM, UTF-16 sniffing, strict UTF-8,
// legacy ranking with the HTML meta charset), the "Reopen with encoding…" candidates, and a forced encoding.
#include "fuzzcheck.h"
#include "text/textdecoder.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace hashiya::fuzz {

using namespace Qt::StringLiterals;

/// Runs one input through the decode target's code path, checking its invariants (FUZZ_CHECK).
inline void fuzzDecode(const QByteArray &input)
{
    const auto *data = reinterpret_cast<const uint8_t *>(input.constData());
    const size_t size = size_t(input.size());
    const QByteArray bytes = input;

    const DecodedText decoded = TextDecoder::decode(bytes);
    FUZZ_CHECK(decoded.error.isEmpty()); // only an unknown forced encoding is an error
    FUZZ_CHECK(!decoded.encoding.isEmpty());
    FUZZ_CHECK(decoded.confidence >= 0 && decoded.confidence <= 100);
    TextDecoder::preview(decoded.text, TextDecoder::looksLikeHtml(bytes));

    const QVector<EncodingCandidate> candidates = TextDecoder::candidates(bytes, 5);
    FUZZ_CHECK(candidates.size() <= 5);
    for (const EncodingCandidate &candidate : candidates) {
        FUZZ_CHECK(!candidate.encoding.isEmpty());
        FUZZ_CHECK(candidate.confidence >= 0 && candidate.confidence <= 100);
        FUZZ_CHECK(!candidate.preview.contains(u'\n'));
    }

    // The first byte picks a forced encoding (as the user's "Reopen with encoding…" choice), the last one
    // unknown to ICU, which must be reported, not crash.
    static const QStringList forced = {u"UTF-8"_s,        u"UTF-16LE"_s,       u"UTF-16BE"_s,
                                       u"windows-1256"_s, u"ISO-8859-6"_s,     u"ISO-8859-8"_s,
                                       u"Shift_JIS"_s,    u"no-such-charset"_s};
    if (size > 0) {
        const QString encoding = forced.at(data[0] % forced.size());
        const DecodedText reread = TextDecoder::decode(bytes.mid(1), encoding);
        FUZZ_CHECK(reread.error.isEmpty() == !reread.encoding.isEmpty());
    }
}

} // namespace hashiya::fuzz
