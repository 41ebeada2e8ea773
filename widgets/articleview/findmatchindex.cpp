#include "findmatchindex.h"

#include "articlelayout.h"

#include <algorithm>

namespace hashiya {

void FindMatchIndex::clear()
{
    m_ranges.clear();
    m_ranges.squeeze();
    m_perBlock.clear();
    m_perBlock.shrink_to_fit();
}

void FindMatchIndex::set(const QVector<Range> &ranges, const ArticleLayout &layout, int textLength)
{
    m_ranges = ranges;
    const auto byStart = [](const Range &a, const Range &b) {
        return a.first < b.first;
    };
    if (!std::is_sorted(m_ranges.cbegin(), m_ranges.cend(), byStart))
        std::stable_sort(m_ranges.begin(), m_ranges.end(), byStart);
    // Clamped and clipped so both starts and ends never decrease: the sweep below relies on it.
    int previousEnd = 0;
    for (Range &range : m_ranges) {
        range.first = std::clamp(range.first, previousEnd, textLength);
        range.second = std::clamp(range.second, range.first, textLength);
        previousEnd = range.second;
    }

    const int blocks = layout.blockCount();
    const int n = int(m_ranges.size());
    m_perBlock.assign(static_cast<std::size_t>(blocks), Range{0, 0});
    int first = 0;
    int last = 0;
    for (int b = 0; b < blocks; ++b) {
        const ViewBlock &block = layout.block(b);
        while (first < n && m_ranges[first].second <= block.start)
            ++first;
        last = qMax(last, first);
        while (last < n && m_ranges[last].first < block.end())
            ++last;
        m_perBlock[static_cast<std::size_t>(b)] = {first, last};
    }
}

FindMatchIndex::Range FindMatchIndex::inBlock(int block) const
{
    if (block < 0 || block >= int(m_perBlock.size()))
        return {0, 0};
    return m_perBlock[static_cast<std::size_t>(block)];
}

} // namespace hashiya
