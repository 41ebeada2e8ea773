#include "articleview.h"

#include "articleviewaccessible.h"
#include "longblocksplitter.h"

#include <QAccessible>
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

/// The spans cut to the blocks they lie in (a span crossing blocks becomes one per block; outside any, none),
/// sorted by start, as the layout expects them.
QVector<ViewSpan> spansInside(const QVector<ViewBlock> &blocks, const QVector<ViewSpan> &spans)
{
    QVector<ViewSpan> result;
    for (const ViewSpan &span : spans) {
        if (span.length <= 0)
            continue;
        auto it =
            std::upper_bound(blocks.cbegin(), blocks.cend(), span.start,
                             [](int position, const ViewBlock &block) { return position < block.start; });
        if (it != blocks.cbegin())
            --it;
        for (; it != blocks.cend() && it->start < span.end(); ++it) {
            const int start = std::max(span.start, it->start);
            const int end = std::min(span.end(), it->end());
            if (end > start)
                result.append({start, end - start, span.kind, span.href});
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ViewSpan &a, const ViewSpan &b) { return a.start < b.start; });
    return result;
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    // Screen readers read the article's text and follow the selection (articleviewaccessible.cpp).
    ArticleViewAccessible::install();
    connect(this, &ArticleView::selectionChanged, this, [this] {
        if (!QAccessible::isActive())
            return;
        QAccessibleTextSelectionEvent event(this, hasSelection() ? selectionStart() : 0,
                                            hasSelection() ? selectionEnd() : 0);
        QAccessible::updateAccessibility(&event);
    });
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setMouseTracking(true); // links show a hand and their address on hover
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

void ArticleView::setContent(const QString &text, const QVector<Block> &blocks, const QVector<Span> &spans)
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

    // A block too long to lay out at once (a file of one 5 MB line) is laid out as pieces.
    LongBlockSplitter::Result pieces = LongBlockSplitter::split(m_text, sane);
    m_layout.setColumnWidth(columnWidthFor(viewport()->width()));
    m_layout.setContent(&m_text, pieces.blocks, spansInside(pieces.blocks, spans), std::move(pieces.joins));
    m_hoveredLink.clear();
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setToolTip({});
    m_highlights.reset(m_layout.blockCount());
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

const QVector<ArticleView::Span> &ArticleView::spans() const
{
    return m_layout.spans();
}

QString ArticleView::linkAt(int position) const
{
    const Span *link = m_layout.linkAt(position);
    return link ? link->href : QString();
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

void ArticleView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        viewport()->update();
}

} // namespace hashiya
