// ArticleView: geometry and scrolling — the text column, the scroll range, and keeping the reader's place
// (the line at the top) through scrolling, relayout and corrected height estimates.
#include "articleview.h"

#include <QScrollBar>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace hashiya {

// --- Geometry and scrolling -------------------------------------------------------------------------------

int ArticleView::columnWidthFor(int viewportWidth) const
{
    return qMax(60, qMin(maximumTextWidth(), viewportWidth - 2 * SideMargin));
}

int ArticleView::columnLeft() const
{
    return (viewport()->width() - m_layout.columnWidth()) / 2;
}

int ArticleView::viewportYOf(int layoutY) const
{
    return layoutY + TopMargin - verticalScrollBar()->value();
}

void ArticleView::updateScrollRange() const
{
    QScrollBar *bar = verticalScrollBar();
    const int height = viewport()->height();
    const int content = TopMargin + m_layout.totalHeight() + BottomMargin;
    bar->setSingleStep(m_layout.lineStep());
    bar->setPageStep(qMax(1, height - m_layout.lineStep()));
    bar->setRange(0, qMax(0, content - height));
}

void ArticleView::setScrollValue(int value) const
{
    verticalScrollBar()->setValue(value);
}

void ArticleView::shiftScrollValue(int oldValue, int newValue) const
{
    setScrollValue(newValue);
    if (m_anchor.value == oldValue)
        m_anchor.value = verticalScrollBar()->value();
}

void ArticleView::ensureViewportLaidOut() const
{
    const int count = m_layout.blockCount();
    if (count == 0)
        return;
    QScrollBar *bar = verticalScrollBar();
    const int height = viewport()->height();
    int anchor = 0;
    // The block at the top of the viewport is the anchor: when blocks above it or itself change from
    // estimated to real heights, the scroll value follows so the text under the reader's eyes does not move.
    for (int pass = 0; pass < 6; ++pass) {
        const int value = bar->value();
        const int visibleTop = value - TopMargin;
        anchor = m_layout.blockAtY(qMax(0, visibleTop));
        int offset = value - m_layout.blockTop(anchor);
        bool changed = false;
        int block = m_layout.blockAtY(qMax(0, visibleTop));
        if (block > 0)
            changed |= m_layout.ensureLaidOut(block - 1) != 0;
        for (; block < count; ++block) {
            changed |= m_layout.ensureLaidOut(block) != 0;
            if (m_layout.blockTop(block) > visibleTop + height)
                break; // one block below the fold is laid out too, for smooth scrolling
        }
        if (!changed)
            break;
        if (offset > TopMargin)
            offset = qMin(offset, m_layout.blockHeight(anchor) - 1 + TopMargin);
        updateScrollRange();
        shiftScrollValue(value, m_layout.blockTop(anchor) + offset);
        viewport()->update();
    }
    updateScrollRange();
    m_layout.trimCache(anchor);
}

void ArticleView::layoutAround(int block, int above, int below) const
{
    m_layout.ensureLaidOut(block);
    int covered = m_layout.blockHeight(block);
    for (int b = block + 1; b < m_layout.blockCount() && covered < below; ++b) {
        m_layout.ensureLaidOut(b);
        covered += m_layout.blockHeight(b);
    }
    covered = 0;
    for (int b = block - 1; b >= 0 && covered < above; --b) {
        m_layout.ensureLaidOut(b);
        covered += m_layout.blockHeight(b);
    }
}

qreal ArticleView::lineTop(int block, const QTextLine &line) const
{
    if (line.lineNumber() == 0)
        return m_layout.blockTop(block);
    const qreal leading = (line.height() * m_lineSpacing - line.height()) / 2;
    return m_layout.blockTop(block) + m_layout.layoutOrigin(block).y() + line.y() - leading;
}

int ArticleView::lineValue(int block, const QTextLine &line) const
{
    if (block == 0 && line.lineNumber() == 0)
        return 0;
    // Rounded up: the line above, whose leading ends exactly at this line's top, stays off screen.
    return qCeil(lineTop(block, line) + TopMargin);
}

void ArticleView::scrollToLine(int position, int offset)
{
    const int block = m_layout.blockForPosition(position);
    if (block < 0)
        return;
    const int height = viewport()->height();
    layoutAround(block, height, height);

    QTextLayout *layout = m_layout.layout(block);
    const Block &info = m_layout.block(block);
    const int local = std::clamp(position - info.start, 0, info.length);
    QTextLine line = layout->lineForTextPosition(local);
    if (!line.isValid())
        line = layout->lineAt(layout->lineCount() - 1);
    // A screenful below the line gets real heights: a scroll range made of underestimated heights would
    // clamp the value and leave the line lower on screen.
    const qreal top = lineTop(block, line);
    for (int b = block + 1; b < m_layout.blockCount() && m_layout.blockTop(b) < top + height; ++b)
        m_layout.ensureLaidOut(b);
    const int step = qFloor(line.height() * m_lineSpacing);
    offset = std::clamp(offset, -step, qMax(0, step - 1));

    updateScrollRange();
    setScrollValue(lineValue(block, line) + offset);
    m_anchor = {position, offset, verticalScrollBar()->value()};
    m_layout.trimCache(block);
    viewport()->update();
    m_positionTimer.start();
}

void ArticleView::scrollToPosition(int position, bool center)
{
    if (!center) {
        scrollToLine(position, 0);
        return;
    }
    const int block = m_layout.blockForPosition(position);
    if (block < 0)
        return;
    const int height = viewport()->height();
    layoutAround(block, height, height);

    QTextLayout *layout = m_layout.layout(block);
    const Block &info = m_layout.block(block);
    const int local = std::clamp(position - info.start, 0, info.length);
    QTextLine line = layout->lineForTextPosition(local);
    if (!line.isValid())
        line = layout->lineAt(layout->lineCount() - 1);
    const qreal leading = (line.height() * m_lineSpacing - line.height()) / 2;
    const qreal lineTop = m_layout.layoutOrigin(block).y() + line.y() - leading;
    const int value = qRound(m_layout.blockTop(block) + lineTop + line.height() * m_lineSpacing / 2
                             + TopMargin - height / 2.0);
    updateScrollRange();
    setScrollValue(value);
    m_anchor = {};
    m_layout.trimCache(block);
    viewport()->update();
    m_positionTimer.start();
}

void ArticleView::scrollToEnd()
{
    if (m_layout.blockCount() == 0)
        return;
    layoutAround(m_layout.blockCount() - 1, 2 * viewport()->height(), 0);
    updateScrollRange();
    setScrollValue(verticalScrollBar()->maximum());
    viewport()->update();
}

int ArticleView::firstVisiblePosition() const
{
    return readingEdge().first;
}

std::pair<int, int> ArticleView::readingEdge() const
{
    const int count = m_layout.blockCount();
    if (count == 0)
        return {0, 0};
    ensureViewportLaidOut();
    const int value = verticalScrollBar()->value();
    const int y = qMax(0, value - TopMargin); // the layout y at the top of the viewport
    const int block = m_layout.blockAtY(y);
    QTextLayout *layout = m_layout.layout(block);
    const qreal local = y - m_layout.blockTop(block) - m_layout.layoutOrigin(block).y();
    // The first line with some of its text below the top; a line of which only the leading shows is not.
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (line.y() + line.height() > local + 0.5)
            return {m_layout.block(block).start + line.textStart(), value - lineValue(block, line)};
    }
    if (block + 1 >= count) {
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        return {m_layout.block(block).start + last.textStart(), value - lineValue(block, last)};
    }
    // The top is in the padding under the block: the next block's first line is the first one.
    QTextLayout *next = m_layout.layout(block + 1);
    return {m_layout.block(block + 1).start, value - lineValue(block + 1, next->lineAt(0))};
}

void ArticleView::relayoutKeepingPosition(const std::function<void()> &change)
{
    // The line put at the top by scrollToPosition comes back by the position asked for: the start of the
    // line holding it now may sit on the line above once the text is rewrapped.
    std::pair<int, int> edge{-1, 0};
    const int value = verticalScrollBar()->value();
    if (m_layout.blockCount() > 0) {
        if (m_anchor.position >= 0 && value == m_anchor.value)
            edge = {m_anchor.position, m_anchor.offset};
        else if (value != 0)
            edge = readingEdge();
    }
    change();
    m_layout.setColumnWidth(columnWidthFor(viewport()->width()));
    updateScrollRange();
    if (edge.first >= 0) {
        scrollToLine(edge.first, edge.second);
    } else {
        setScrollValue(0);
        m_anchor = {};
    }
    viewport()->update();
}

} // namespace hashiya
