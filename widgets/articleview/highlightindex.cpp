#include "highlightindex.h"

namespace hashiya {

void HighlightIndex::reset(int blockCount)
{
    m_entries.clear();
    m_perBlock.assign(static_cast<std::size_t>(qMax(0, blockCount)), {});
}

const HighlightIndex::Entry *HighlightIndex::find(int id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? nullptr : &it.value();
}

std::optional<HighlightIndex::Entry> HighlightIndex::insert(const ViewHighlight &highlight, int firstBlock,
                                                            int lastBlock)
{
    std::optional<Entry> previous = take(highlight.id);
    const int blocks = int(m_perBlock.size());
    Entry entry{highlight, qMax(0, firstBlock), qMin(lastBlock, blocks - 1)};
    for (int b = entry.firstBlock; b <= entry.lastBlock; ++b)
        m_perBlock[static_cast<std::size_t>(b)].append(highlight.id);
    m_entries.insert(highlight.id, entry);
    return previous;
}

std::optional<HighlightIndex::Entry> HighlightIndex::take(int id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return std::nullopt;
    Entry entry = it.value();
    m_entries.erase(it);
    for (int b = entry.firstBlock; b <= entry.lastBlock; ++b)
        m_perBlock[static_cast<std::size_t>(b)].removeOne(id);
    return entry;
}

QVector<ViewHighlight> HighlightIndex::all() const
{
    QVector<ViewHighlight> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.highlight);
    return result;
}

} // namespace hashiya
