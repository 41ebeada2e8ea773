#pragma once

// Fuzz target: search folding and folded find. The first byte picks the options and how the rest is read
// (UTF-8, or raw UTF-16 units so lone surrogates get in); the query follows a NUL, else it is a slice of the
// text the first byte chooses. Checks FoldedText's map and that every match is a range of the original.
#include "fuzzcheck.h"
#include "text/textfinder.h"
#include "text/textfolder.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace hashiya::fuzz {

using namespace Qt::StringLiterals;

namespace detail {

inline QString decodeInput(const uint8_t *data, size_t size, bool utf16)
{
    if (utf16)
        return QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void checkFolded(const QString &text, const FoldedText &folded, const FoldOptions &options)
{
    FUZZ_CHECK(folded.sourceLength == text.size());
    FUZZ_CHECK(folded.sourceIndex.size() == folded.key.size());
    int previous = 0;
    for (const int index : folded.sourceIndex) {
        FUZZ_CHECK(index >= previous && index < text.size());
        previous = index;
    }
    previous = -1;
    for (const int index : folded.droppedFormatIndex) {
        FUZZ_CHECK(index > previous && index < text.size());
        previous = index;
    }
    FUZZ_CHECK(TextFolder::foldKey(text, options) == folded.key);
    // Every key range maps back to an ordered range of the original; a few spread over the key.
    const int keySize = int(folded.key.size());
    for (int keyStart = 0; keyStart < keySize; keyStart += 1 + keySize / 8) {
        const int keyEnd = std::min(keySize, keyStart + 1 + keySize / 16);
        const auto [start, end] = folded.sourceRange(keyStart, keyEnd);
        FUZZ_CHECK(0 <= start && start < end && end <= text.size());
        FUZZ_CHECK(start == folded.sourceIndex.at(keyStart));
    }
}

} // namespace detail

/// Runs one input through the fold target's code path, checking its invariants (FUZZ_CHECK).
inline void fuzzFold(const QByteArray &input)
{
    const auto *data = reinterpret_cast<const uint8_t *>(input.constData());
    const size_t size = size_t(input.size());
    if (size == 0)
        return;
    const uint8_t control = data[0];
    const bool utf16 = control & 0x80;
    FindOptions find;
    find.exactMarksAndHamza = control & 0x01;
    find.foldTaaMarbuta = control & 0x02;
    find.wholeWords = control & 0x04;
    const FoldOptions fold{find.foldTaaMarbuta, find.exactMarksAndHamza};

    const uint8_t *payload = data + 1;
    const size_t payloadSize = size - 1;
    const auto *separator = static_cast<const uint8_t *>(std::memchr(payload, 0, payloadSize));
    const size_t textSize = separator ? size_t(separator - payload) : payloadSize;
    const QString text = detail::decodeInput(payload, textSize, utf16);
    QString query;
    if (separator) {
        query = detail::decodeInput(separator + 1, payloadSize - textSize - 1, utf16);
    } else {
        const int length = 1 + ((control >> 3) & 0x0f);
        query = text.mid(qsizetype(text.size()) * ((control >> 3) & 0x0f) / 16, length);
    }

    detail::checkFolded(text, TextFolder::fold(text, fold), fold);

    const QStringList keys = TextFolder::queryKeys(query, fold);
    FUZZ_CHECK(keys.size() <= 8);
    if (!keys.isEmpty())
        FUZZ_CHECK(keys.first() == TextFolder::foldKey(query, fold));

    const TextFinder finder(text);
    const QVector<TextMatch> matches = finder.findAll(query, find);
    int previousEnd = 0;
    for (const TextMatch &match : matches) {
        FUZZ_CHECK(match.start >= previousEnd && match.start < match.end && match.end <= text.size());
        previousEnd = match.end;
    }
}

} // namespace hashiya::fuzz
