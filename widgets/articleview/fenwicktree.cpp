#include "fenwicktree.h"

namespace hashiya {

void FenwickTree::reset(const std::vector<int> &values)
{
    m_values = values;
    const std::size_t n = values.size();
    m_tree.assign(n + 1, 0);
    // O(n) construction: each node pushes its sum to its parent.
    for (std::size_t i = 1; i <= n; ++i) {
        m_tree[i] += values[i - 1];
        const std::size_t parent = i + (i & (~i + 1));
        if (parent <= n)
            m_tree[parent] += m_tree[i];
    }
    m_highBit = 1;
    while (static_cast<std::size_t>(m_highBit) * 2 <= n)
        m_highBit *= 2;
}

void FenwickTree::setValue(int index, int value)
{
    const int delta = value - m_values[static_cast<std::size_t>(index)];
    if (delta == 0)
        return;
    m_values[static_cast<std::size_t>(index)] = value;
    const int n = size();
    for (int i = index + 1; i <= n; i += i & -i)
        m_tree[static_cast<std::size_t>(i)] += delta;
}

int FenwickTree::prefixSum(int count) const
{
    int sum = 0;
    for (int i = count; i > 0; i -= i & -i)
        sum += m_tree[static_cast<std::size_t>(i)];
    return sum;
}

int FenwickTree::indexAt(int y) const
{
    const int n = size();
    if (n == 0)
        return -1;
    if (y < 0)
        return 0;
    // Binary lifting: the largest count whose prefix sum is <= y is the index of the block containing y.
    int position = 0;
    int remaining = y;
    for (int step = m_highBit; step > 0; step /= 2) {
        const int next = position + step;
        if (next <= n && m_tree[static_cast<std::size_t>(next)] <= remaining) {
            position = next;
            remaining -= m_tree[static_cast<std::size_t>(next)];
        }
    }
    return position < n ? position : n - 1;
}

} // namespace hashiya
