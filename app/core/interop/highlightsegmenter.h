#pragma once

#include <QString>
#include <QVector>

namespace hashiya {

/**
 * Cuts a run of text at every highlight boundary so overlapping highlights can be written as properly nested
 * markup (HTML `<mark>`): each segment lists the highlights covering all of it. Ranges are first widened to
 * grapheme cluster boundaries, so no segment ever separates a letter from its vowel marks.
 */
class HighlightSegmenter final
{
public:
    struct Range {
        int start = 0;
        int end = 0;
    };
    struct Segment {
        int start = 0;
        int end = 0;
        QVector<int> active; // indices into the ranges, outermost first (earlier start, then longer)
    };

    /// `ranges` widened to grapheme boundaries of `text` and clamped to it; empty ranges stay empty.
    static QVector<Range> snapped(const QString &text, const QVector<Range> &ranges);
    /// The segments of [from, to) for `ranges` (already snapped); gaps without highlights are segments with
    /// no active range. Consecutive segments cover [from, to) exactly.
    static QVector<Segment> segments(const QVector<Range> &ranges, int from, int to);
};

} // namespace hashiya
