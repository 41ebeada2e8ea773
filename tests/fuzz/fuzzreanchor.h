#pragma once

// Fuzz target: re-anchoring an annotation in a changed text. Input: 4 header bytes choosing the old range,
// then the old text, a NUL and the new text; without a NUL the new text is the old one with a slice the
// header chooses removed (so the real articles make good seeds). Checks the documented outcome.
#include "annotation/reanchorer.h"
#include "fuzzcheck.h"
#include "text/textboundaries.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace hashiya::fuzz {

using namespace Qt::StringLiterals;

namespace detail {

/// A position in [0, size] from a header byte (as a fraction of the text).
inline int positionFrom(uint8_t byte, qsizetype size)
{
    return int(size * byte / 255);
}

} // namespace detail

/// Runs one input through the reanchor target's code path, checking its invariants (FUZZ_CHECK).
inline void fuzzReanchor(const QByteArray &input)
{
    const auto *data = reinterpret_cast<const uint8_t *>(input.constData());
    const size_t size = size_t(input.size());
    if (size < 4)
        return;
    const uint8_t *payload = data + 4;
    const size_t payloadSize = size - 4;
    const auto *separator = static_cast<const uint8_t *>(std::memchr(payload, 0, payloadSize));
    const size_t oldSize = separator ? size_t(separator - payload) : payloadSize;
    const QString oldText = QString::fromUtf8(reinterpret_cast<const char *>(payload), qsizetype(oldSize));
    QString newText;
    if (separator) {
        newText = QString::fromUtf8(reinterpret_cast<const char *>(separator + 1),
                                    qsizetype(payloadSize - oldSize - 1));
    } else {
        newText = oldText;
        const int removeAt = detail::positionFrom(data[2], newText.size());
        newText.remove(removeAt, detail::positionFrom(data[3], newText.size() - removeAt) / 4);
    }

    // The old annotation as the app makes it: a range snapped to whole graphemes and its selector.
    Annotation old;
    int start = detail::positionFrom(data[0], oldText.size());
    int end = start + detail::positionFrom(data[1], oldText.size() - start) / 8;
    start = TextBoundaries::snapToGrapheme(oldText, start, false);
    end = TextBoundaries::snapToGrapheme(oldText, end, true);
    if (start >= end)
        return; // an empty selection makes no annotation
    old.start = start;
    old.end = end;
    old.quote = Reanchorer::quoteAt(oldText, start, end);

    const Reanchorer reanchorer(newText);
    const AnchorResult result = reanchorer.anchor(old);
    FUZZ_CHECK(result.score >= 0 && result.score <= 1);
    if (result.state == AnchorState::Orphaned) {
        FUZZ_CHECK(result.start == 0 && result.end == 0);
        FUZZ_CHECK(newText != oldText); // unchanged text keeps every annotation
        return;
    }
    FUZZ_CHECK(result.score >= Reanchorer::minimumScore);
    FUZZ_CHECK(0 <= result.start && result.start < result.end && result.end <= newText.size());
    FUZZ_CHECK(TextBoundaries::isGraphemeBoundary(newText, result.start));
    FUZZ_CHECK(TextBoundaries::isGraphemeBoundary(newText, result.end));
    if (result.state == AnchorState::Anchored)
        FUZZ_CHECK(QStringView(newText).mid(result.start, result.end - result.start) == old.quote.exact);
    if (newText == oldText)
        FUZZ_CHECK(result.state == AnchorState::Anchored && result.start == start && result.end == end);
}

} // namespace hashiya::fuzz
