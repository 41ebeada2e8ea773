#pragma once

#include <vector>

namespace hashiya {

/**
 * Prefix sums over block heights (a Fenwick tree): changing one block's height and finding the block at a
 * given y both cost O(log n), so correcting an estimated height in a book of tens of thousands of blocks
 * stays cheap.
 */
class FenwickTree final
{
public:
    void reset(const std::vector<int> &values);
    int size() const { return static_cast<int>(m_values.size()); }
    int value(int index) const { return m_values[static_cast<std::size_t>(index)]; }
    void setValue(int index, int value);
    /// The sum of the first `count` values.
    int prefixSum(int count) const;
    int total() const { return prefixSum(size()); }
    /// The index i with prefixSum(i) <= y < prefixSum(i + 1), clamped to [0, size() - 1]; -1 when empty.
    int indexAt(int y) const;

private:
    std::vector<int> m_tree; // 1-based
    std::vector<int> m_values;
    int m_highBit = 0;
};

} // namespace hashiya
