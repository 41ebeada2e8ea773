// ArticleView: the find-match layer, painted like the highlights but kept apart from them.
#include "articleview.h"

#include "articlecolors.h"

#include <QPen>

namespace hashiya {

void ArticleView::setFindMatches(const QVector<std::pair<int, int>> &ranges)
{
    m_findMatches.set(ranges, m_layout, int(m_text.size()));
    m_currentFindMatch = -1;
    viewport()->update();
}

void ArticleView::setCurrentFindMatch(int index)
{
    if (index < -1 || index >= m_findMatches.count())
        index = -1;
    if (m_currentFindMatch >= 0) {
        const auto [start, end] = m_findMatches.at(m_currentFindMatch);
        repaintRange(start, end);
    }
    m_currentFindMatch = index;
    if (index < 0)
        return;
    const auto [start, end] = m_findMatches.at(index);
    // Asked again for the same match (the only one, or after the reader scrolled away): bring it back too.
    QRect bounds;
    for (const QRect &rect : rangeRects(start, end))
        bounds = bounds.united(rect);
    if (bounds.isEmpty() || !viewport()->rect().contains(bounds))
        scrollToPosition(start, true);
    repaintRange(start, end);
}

int ArticleView::currentFindMatch() const
{
    return m_currentFindMatch;
}

void ArticleView::clearFindMatches()
{
    if (m_findMatches.count() == 0)
        return;
    m_findMatches.clear();
    m_currentFindMatch = -1;
    viewport()->update();
}

int ArticleView::findMatchCount() const
{
    return m_findMatches.count();
}

void ArticleView::appendFindFormats(int block, QVector<QTextLayout::FormatRange> &ranges) const
{
    const auto [first, last] = m_findMatches.inBlock(block);
    if (first >= last)
        return;
    const Block &info = m_layout.block(block);
    const FindColors colors = findColors(ArticleColors::fromPalette(palette()));
    QTextCharFormat match;
    match.setBackground(colors.match);
    QTextCharFormat current;
    current.setBackground(colors.current);
    current.setProperty(QTextFormat::OutlinePen, QPen(colors.outline, 1.5));
    for (int i = first; i < last; ++i) {
        const auto [start, end] = m_findMatches.at(i);
        const int from = qMax(start, info.start);
        const int to = qMin(end, info.end());
        if (from < to) {
            ranges.append({from - info.start, to - from, i == m_currentFindMatch ? current : match});
        }
    }
}

} // namespace hashiya
