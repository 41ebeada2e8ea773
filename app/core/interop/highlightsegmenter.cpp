#include "interop/highlightsegmenter.h"

#include "text/textboundaries.h"

#include <algorithm>

namespace hashiya {

QVector<HighlightSegmenter::Range> HighlightSegmenter::snapped(const QString &text,
                                                               const QVector<Range> &ranges)
{
    QVector<Range> result;
    result.reserve(ranges.size());
    const int length = int(text.size());
    for (const Range &range : ranges) {
        const int start = std::clamp(range.start, 0, length);
        const int end = std::clamp(range.end, start, length);
        if (start == end) {
            result.append({start, start});
            continue;
        }
        result.append({TextBoundaries::snapToGrapheme(text, start, false),
                       TextBoundaries::snapToGrapheme(text, end, true)});
    }
    return result;
}

QVector<HighlightSegmenter::Segment> HighlightSegmenter::segments(const QVector<Range> &ranges, int from,
                                                                  int to)
{
    QVector<int> cuts{from, to};
    QVector<int> overlapping;
    for (int i = 0; i < ranges.size(); ++i) {
        const Range &range = ranges.at(i);
        if (range.start >= range.end || range.end <= from || range.start >= to)
            continue;
        overlapping.append(i);
        cuts.append(std::max(range.start, from));
        cuts.append(std::min(range.end, to));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    // Outermost first: an earlier start, then a longer range, then the earlier index, so the same highlight
    // keeps the same nesting depth in every segment it covers.
    std::sort(overlapping.begin(), overlapping.end(), [&ranges](int a, int b) {
        const Range &x = ranges.at(a);
        const Range &y = ranges.at(b);
        if (x.start != y.start)
            return x.start < y.start;
        if (x.end != y.end)
            return x.end > y.end;
        return a < b;
    });

    QVector<Segment> result;
    for (int c = 0; c + 1 < cuts.size(); ++c) {
        Segment segment{cuts.at(c), cuts.at(c + 1), {}};
        for (int i : std::as_const(overlapping)) {
            if (ranges.at(i).start <= segment.start && ranges.at(i).end >= segment.end)
                segment.active.append(i);
        }
        result.append(segment);
    }
    return result;
}

} // namespace hashiya
