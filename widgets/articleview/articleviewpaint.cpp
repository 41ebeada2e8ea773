// ArticleView: highlights, the flash, and painting the visible blocks with them.
#include "articleview.h"

#include "articlecolors.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPen>
#include <QScrollBar>

#include <algorithm>

namespace hashiya {

// --- Highlights -------------------------------------------------------------------------------------------

void ArticleView::addHighlight(const Highlight &highlight)
{
    const auto [first, last] = m_layout.blocksSpanning(highlight.start, highlight.end);
    if (const auto previous = m_highlights.insert(highlight, first, last))
        repaintRange(previous->highlight.start, previous->highlight.end);
    repaintRange(highlight.start, highlight.end);
}

void ArticleView::updateHighlight(const Highlight &highlight)
{
    addHighlight(highlight); // insert replaces the highlight with the same id
}

void ArticleView::removeHighlight(int id)
{
    if (const auto removed = m_highlights.take(id))
        repaintRange(removed->highlight.start, removed->highlight.end);
}

void ArticleView::setHighlights(const QVector<Highlight> &highlights)
{
    m_highlights.reset(m_layout.blockCount());
    for (const Highlight &highlight : highlights) {
        const auto [first, last] = m_layout.blocksSpanning(highlight.start, highlight.end);
        m_highlights.insert(highlight, first, last);
    }
    viewport()->update();
}

void ArticleView::clearHighlights()
{
    m_highlights.reset(m_layout.blockCount());
    viewport()->update();
}

int ArticleView::highlightCount() const
{
    return m_highlights.count();
}

void ArticleView::setActiveHighlight(int id)
{
    if (id == m_activeHighlight)
        return;
    if (const auto *old = m_highlights.find(m_activeHighlight))
        repaintRange(old->highlight.start, old->highlight.end);
    m_activeHighlight = id;
    if (const auto *active = m_highlights.find(id))
        repaintRange(active->highlight.start, active->highlight.end);
}

int ArticleView::activeHighlight() const
{
    return m_activeHighlight;
}

void ArticleView::flashRange(int start, int end)
{
    m_flash.stop();
    if (m_flashStart >= 0)
        repaintRange(m_flashStart, m_flashEnd);
    m_flashStart = snapToCluster(qMin(start, end), false);
    m_flashEnd = snapToCluster(qMax(start, end), true);
    m_flashStrength = 0;
    m_flash.start();
}

void ArticleView::setFlashStrength(qreal strength)
{
    m_flashStrength = strength;
    repaintRange(m_flashStart, m_flashEnd);
}

QVector<int> ArticleView::highlightsAt(int position) const
{
    QVector<int> result;
    const int block = m_layout.blockForPosition(position);
    if (block < 0)
        return result;
    QVector<const HighlightIndex::Entry *> hits;
    for (int id : m_highlights.idsInBlock(block)) {
        const HighlightIndex::Entry *entry = m_highlights.find(id);
        if (entry && entry->highlight.start <= position && position < entry->highlight.end)
            hits.append(entry);
    }
    std::sort(hits.begin(), hits.end(), [](const auto *a, const auto *b) {
        const int lengthA = a->highlight.end - a->highlight.start;
        const int lengthB = b->highlight.end - b->highlight.start;
        return lengthA != lengthB ? lengthA < lengthB : a->highlight.id < b->highlight.id;
    });
    for (const auto *entry : std::as_const(hits))
        result.append(entry->highlight.id);
    return result;
}

// --- Painting ---------------------------------------------------------------------------------------------

std::pair<QVector<QTextLayout::FormatRange>, QVector<QTextLayout::FormatRange>>
ArticleView::formatsForBlock(int block) const
{
    QVector<QTextLayout::FormatRange> ranges;
    QVector<QTextLayout::FormatRange> selection;
    const Block &info = m_layout.block(block);
    const auto add = [&](int start, int end, const QTextCharFormat &format,
                         QVector<QTextLayout::FormatRange> &to) {
        start = qMax(start, info.start);
        end = qMin(end, info.end());
        if (start < end)
            to.append({start - info.start, end - start, format});
    };

    // Longer highlights first so shorter (inner) ones are drawn over them; the active one last, outlined.
    QVector<const HighlightIndex::Entry *> entries;
    for (int id : m_highlights.idsInBlock(block)) {
        if (const auto *entry = m_highlights.find(id))
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [this](const auto *a, const auto *b) {
        const bool activeA = a->highlight.id == m_activeHighlight;
        const bool activeB = b->highlight.id == m_activeHighlight;
        if (activeA != activeB)
            return activeB;
        return a->highlight.end - a->highlight.start > b->highlight.end - b->highlight.start;
    });
    // Translucent fills, so overlapping highlights blend and both show, each as strong as the theme's ink
    // allows (articlecolors.cpp).
    const ArticleColors colors = ArticleColors::fromPalette(palette());
    for (const auto *entry : std::as_const(entries)) {
        const Highlight &highlight = entry->highlight;
        const bool active = highlight.id == m_activeHighlight;
        QTextCharFormat format;
        if (active) {
            const QColor outline =
                colors.isDark() ? highlight.color.lighter(130) : highlight.color.darker(170);
            format.setProperty(QTextFormat::OutlinePen, QPen(outline, 1.5));
        }
        format.setBackground(highlightFill(highlight.color, colors, active));
        add(highlight.start, highlight.end, format, ranges);
    }

    appendFindFormats(block, ranges);
    if (m_flashStart >= 0 && m_flashStrength > 0.01) {
        QTextCharFormat format;
        format.setBackground(QColor(255, 150, 0, qRound(200 * m_flashStrength)));
        add(m_flashStart, m_flashEnd, format, ranges);
    }
    if (hasSelection()) {
        QTextCharFormat format;
        format.setBackground(palette().brush(QPalette::Highlight));
        format.setForeground(palette().brush(QPalette::HighlightedText));
        add(m_selectionStart, m_selectionEnd, format, selection);
    }
    return {ranges, selection};
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().brush(QPalette::Base));
    const int count = m_layout.blockCount();
    if (count == 0)
        return;
    ensureViewportLaidOut();
    const QRect clip = event->rect();
    const int value = verticalScrollBar()->value();
    const int left = columnLeft();
    for (int b = m_layout.blockAtY(qMax(0, value - TopMargin + clip.top())); b < count; ++b) {
        const int top = viewportYOf(m_layout.blockTop(b));
        if (top > clip.bottom())
            break;
        if (top + m_layout.blockHeight(b) < clip.top())
            continue;
        const auto [backgrounds, selection] = formatsForBlock(b);
        m_layout.draw(&painter, b, QPointF(left, top), backgrounds, selection, QRectF(clip), palette());
    }
}

} // namespace hashiya
