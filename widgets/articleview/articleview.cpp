#include "articleview.h"

#include <QScrollBar>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr int MinZoom = -8;
constexpr int MaxZoom = 14;
constexpr int PositionDebounceMs = 200;
constexpr int FlashDurationMs = 1200;
constexpr int MaxRangeRectBlocks = 300;

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);

    m_baseFont = font();
    m_baseFont.setFamilies({u"Noto Naskh Arabic"_s, u"Amiri"_s});
    m_baseFont.setPointSizeF(14);
    m_layout.setFont(displayFont());
    m_layout.setLineSpacing(m_lineSpacing);
    m_layout.setContent(&m_text, {});

    m_positionTimer.setSingleShot(true);
    m_positionTimer.setInterval(PositionDebounceMs);
    connect(&m_positionTimer, &QTimer::timeout, this, &ArticleView::reportFirstVisiblePosition);

    m_autoScrollTimer.setInterval(30);
    connect(&m_autoScrollTimer, &QTimer::timeout, this, &ArticleView::autoScroll);

    // Two pulses, then gone: enough to catch the eye after a jump without lingering over the text.
    m_flash.setDuration(FlashDurationMs);
    m_flash.setStartValue(0.0);
    m_flash.setKeyValueAt(0.25, 1.0);
    m_flash.setKeyValueAt(0.5, 0.3);
    m_flash.setKeyValueAt(0.75, 1.0);
    m_flash.setEndValue(0.0);
    connect(&m_flash, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { setFlashStrength(value.toReal()); });
    connect(&m_flash, &QVariantAnimation::finished, this, [this] {
        const int start = m_flashStart;
        const int end = m_flashEnd;
        m_flashStart = m_flashEnd = -1;
        repaintRange(start, end);
    });
}

ArticleView::~ArticleView() = default;

void ArticleView::setContent(const QString &text, const QVector<Block> &blocks)
{
    m_text = text;
    QVector<Block> sane;
    sane.reserve(blocks.size());
    for (Block block : blocks) {
        block.start = std::clamp(block.start, 0, int(m_text.size()));
        block.length = std::clamp(block.length, 0, int(m_text.size()) - block.start);
        sane.append(block);
    }
    if (sane.isEmpty() && !m_text.isEmpty()) {
        // No structure given: one paragraph per line, each in the direction of its first strong character.
        int start = 0;
        while (start <= m_text.size()) {
            int end = int(m_text.indexOf(u'\n', start));
            if (end < 0)
                end = int(m_text.size());
            if (end > start) {
                const QString line = m_text.mid(start, end - start);
                sane.append({start, end - start, Block::Kind::Paragraph, 0,
                             line.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight});
            }
            start = end + 1;
        }
    }

    m_flash.stop();
    m_flashStart = m_flashEnd = -1;
    m_activeHighlight = -1;
    m_pressed = m_dragging = false;
    m_autoScrollTimer.stop();
    const bool hadSelection = hasSelection();
    m_selectionStart = m_selectionEnd = m_anchorStart = m_anchorEnd = 0;

    m_layout.setColumnWidth(columnWidthFor(viewport()->width()));
    m_layout.setContent(&m_text, sane);
    m_highlights.reset(int(sane.size()));
    m_findMatches.clear(); // matches are offsets into the old text
    m_currentFindMatch = -1;
    m_reportedPosition = -1;
    updateScrollRange();
    setScrollValue(0);
    m_anchor = {};
    viewport()->update();
    if (hadSelection)
        Q_EMIT selectionChanged();
}

const QString &ArticleView::text() const
{
    return m_text;
}

void ArticleView::setArticleFont(const QFont &font)
{
    relayoutKeepingPosition([&] {
        m_baseFont = font;
        m_layout.setFont(displayFont());
    });
}

QFont ArticleView::articleFont() const
{
    return m_baseFont;
}

QFont ArticleView::displayFont() const
{
    QFont font = m_baseFont;
    const qreal factor = std::pow(1.1, m_zoom);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return font;
}

void ArticleView::setLineSpacing(qreal factor)
{
    factor = std::clamp(factor, 1.0, 3.0);
    if (qFuzzyCompare(factor, m_lineSpacing))
        return;
    relayoutKeepingPosition([&] {
        m_lineSpacing = factor;
        m_layout.setLineSpacing(factor);
    });
}

qreal ArticleView::lineSpacing() const
{
    return m_lineSpacing;
}

void ArticleView::setMaximumTextWidth(int pixels)
{
    relayoutKeepingPosition([&] { m_maxTextWidth = qMax(0, pixels); });
}

int ArticleView::maximumTextWidth() const
{
    return m_maxTextWidth > 0 ? m_maxTextWidth : qRound(42 * m_layout.em());
}

void ArticleView::setZoom(int steps)
{
    steps = std::clamp(steps, MinZoom, MaxZoom);
    if (steps == m_zoom)
        return;
    relayoutKeepingPosition([&] {
        m_zoom = steps;
        m_layout.setFont(displayFont());
    });
    Q_EMIT zoomChanged(m_zoom);
}

int ArticleView::zoom() const
{
    return m_zoom;
}

void ArticleView::zoomIn()
{
    setZoom(m_zoom + 1);
}

void ArticleView::zoomOut()
{
    setZoom(m_zoom - 1);
}

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

void ArticleView::repaintRange(int start, int end) const
{
    if (start < 0 || end <= start)
        return;
    const auto [first, last] = m_layout.blocksSpanning(start, end);
    if (last < first)
        return;
    const int value = verticalScrollBar()->value();
    const int visibleFirst = m_layout.blockAtY(qMax(0, value - TopMargin));
    const int visibleLast = m_layout.blockAtY(qMax(0, value - TopMargin + viewport()->height()));
    const int from = qMax(first, visibleFirst);
    const int to = qMin(last, visibleLast);
    if (from > to)
        return;
    const int top = viewportYOf(m_layout.blockTop(from));
    const int bottom = viewportYOf(m_layout.blockTop(to) + m_layout.blockHeight(to));
    viewport()->update(QRect(0, top, viewport()->width(), bottom - top + 1));
}

QVector<QRect> ArticleView::rangeRects(int start, int end) const
{
    QVector<QRect> rects;
    auto [first, last] = m_layout.blocksSpanning(qMin(start, end), qMax(start, end));
    if (last < first)
        return rects;
    ensureViewportLaidOut();
    if (last - first > MaxRangeRectBlocks) {
        // A book-long range (select all): laying out every block would cost seconds for rectangles nobody
        // sees. Report the blocks on and around the screen only.
        const int value = verticalScrollBar()->value();
        const int visibleFirst = m_layout.blockAtY(qMax(0, value - TopMargin));
        const int visibleLast = m_layout.blockAtY(qMax(0, value - TopMargin + viewport()->height()));
        first = qMax(first, visibleFirst - MaxRangeRectBlocks / 2);
        last = qMin(last, visibleLast + MaxRangeRectBlocks / 2);
        if (last < first)
            return rects;
    }
    // Laying out blocks above the reading edge would move the text: keep the anchor where it was.
    QScrollBar *bar = verticalScrollBar();
    const int value = bar->value();
    const int anchor = m_layout.blockAtY(qMax(0, value - TopMargin));
    const int offset = value - m_layout.blockTop(anchor);
    bool moved = false;
    for (int b = first; b <= last; ++b)
        moved |= m_layout.ensureLaidOut(b) != 0 && b < anchor;
    if (moved) {
        updateScrollRange();
        shiftScrollValue(value, m_layout.blockTop(anchor) + offset);
        viewport()->update();
    }
    const int left = columnLeft();
    for (int b = first; b <= last; ++b) {
        const Block &info = m_layout.block(b);
        const int top = viewportYOf(m_layout.blockTop(b));
        const int from = qMax(qMin(start, end), info.start) - info.start;
        const int to = qMin(qMax(start, end), info.end()) - info.start;
        for (const QRectF &rect : m_layout.rangeRects(b, from, to))
            rects.append(rect.translated(left, top).toAlignedRect());
    }
    return rects;
}

void ArticleView::reportFirstVisiblePosition()
{
    const int position = firstVisiblePosition();
    if (position == m_reportedPosition)
        return;
    m_reportedPosition = position;
    Q_EMIT firstVisiblePositionChanged(position);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int width = columnWidthFor(viewport()->width());
    if (width != m_layout.columnWidth())
        relayoutKeepingPosition([] {});
    else
        updateScrollRange();
}

void ArticleView::scrollContentsBy(int, int)
{
    viewport()->update();
    m_positionTimer.start();
}

bool ArticleView::viewportEvent(QEvent *event)
{
    return QAbstractScrollArea::viewportEvent(event);
}

void ArticleView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        viewport()->update();
}

} // namespace hashiya
