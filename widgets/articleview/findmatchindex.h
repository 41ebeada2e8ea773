#pragma once

#include <QVector>

#include <utility>
#include <vector>

namespace hashiya {

class ArticleLayout;

/**
 * The find matches of an article view and which of them touch each block. Matches come sorted and
 * disjoint, so the matches touching a block are one contiguous run: setting thousands costs one sweep over
 * matches and blocks, and painting a block looks up its run in O(1).
 */
class FindMatchIndex final
{
public:
    using Range = std::pair<int, int>;

    void clear();
    /// Takes the matches (clamped to [0, textLength]; an unsorted or overlapping list is put right, keeping
    /// the indices of a sorted one) and indexes them by the layout's blocks.
    void set(const QVector<Range> &ranges, const ArticleLayout &layout, int textLength);
    int count() const { return int(m_ranges.size()); }
    const Range &at(int index) const { return m_ranges[index]; }
    /// The matches touching the block, as indices [first, last).
    Range inBlock(int block) const;

private:
    QVector<Range> m_ranges;
    std::vector<Range> m_perBlock;
};

} // namespace hashiya
