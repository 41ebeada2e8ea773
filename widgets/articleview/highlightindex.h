#pragma once

#include "viewhighlight.h"

#include <QHash>
#include <QVector>

#include <optional>
#include <vector>

namespace hashiya {

/**
 * Which highlights touch which block. Adding or removing one costs O(blocks it spans), however many
 * highlights exist, so a book with ten thousand annotations stays as quick to annotate as a short article.
 */
class HighlightIndex final
{
public:
    struct Entry {
        ViewHighlight highlight;
        int firstBlock = 0;
        int lastBlock = -1; // lastBlock < firstBlock: touches no block (empty range)
    };

    void reset(int blockCount);
    int count() const { return int(m_entries.size()); }
    const Entry *find(int id) const;
    /// Adds the highlight, replacing one with the same id (returned, so its area can be repainted).
    std::optional<Entry> insert(const ViewHighlight &highlight, int firstBlock, int lastBlock);
    std::optional<Entry> take(int id);
    const QVector<int> &idsInBlock(int block) const { return m_perBlock[static_cast<std::size_t>(block)]; }
    QVector<ViewHighlight> all() const;

private:
    QHash<int, Entry> m_entries;
    std::vector<QVector<int>> m_perBlock;
};

} // namespace hashiya
