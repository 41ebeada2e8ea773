// ArticleView: hit testing, selection by mouse and keyboard, clipboard, context menu.
#include "articleview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QWheelEvent>

#include <algorithm>

namespace hashiya {

ArticleView::Hit ArticleView::hitTest(const QPoint &viewportPoint, bool clampToText) const
{
    Hit hit;
    if (m_layout.blockCount() == 0)
        return hit;
    ensureViewportLaidOut();
    const int total = m_layout.totalHeight();
    int y = viewportPoint.y() + verticalScrollBar()->value() - TopMargin;
    const int left = columnLeft();
    if (!clampToText) {
        if (y < 0 || y >= total)
            return hit;
        if (viewportPoint.x() < left || viewportPoint.x() >= left + m_layout.columnWidth())
            return hit;
    }
    y = std::clamp(y, 0, qMax(0, total - 1));

    const int block = m_layout.blockAtY(y);
    QTextLayout *layout = m_layout.layout(block);
    const QPointF origin = m_layout.layoutOrigin(block);
    const qreal localY = y - m_layout.blockTop(block) - origin.y();
    const qreal localX = viewportPoint.x() - left - origin.x();
    const int lineIndex = m_layout.lineAtY(block, localY);
    hit.block = block;
    const int blockStart = m_layout.block(block).start;
    if (lineIndex < 0) {
        hit.cursor = hit.character = blockStart;
        return hit;
    }
    const QTextLine line = layout->lineAt(lineIndex);
    const int lineStart = line.textStart();
    const int lineEnd = lineStart + line.textLength();
    // Walk the line's grapheme clusters (QTextLayout's cursor positions, so a vowel mark never gets split
    // from its letter) with cursorToX, the measure painting and rangeRects use too: xToCursor disagrees with
    // it by the trailing space on wrapped right-to-left lines.
    int cursor = -1;
    int character = -1;
    for (int pos = lineStart; pos < lineEnd;) {
        const int next = layout->nextCursorPosition(pos);
        const qreal leading = line.cursorToX(pos, QTextLine::Leading);
        const qreal trailing = line.cursorToX(pos, QTextLine::Trailing);
        if (localX >= qMin(leading, trailing) && localX <= qMax(leading, trailing)) {
            character = pos;
            cursor = qAbs(localX - leading) <= qAbs(localX - trailing) ? pos : qMin(next, lineEnd);
            break;
        }
        pos = next;
    }
    if (cursor < 0) {
        // Past either end of the line: xToCursor knows which end is which visually.
        cursor = line.xToCursor(localX, QTextLine::CursorBetweenCharacters);
        if (!layout->isValidCursorPosition(cursor))
            cursor = layout->previousCursorPosition(cursor);
        character = cursor < lineEnd ? cursor : qMax(lineStart, layout->previousCursorPosition(cursor));
    }
    hit.cursor = blockStart + cursor;
    hit.character = blockStart + character;
    return hit;
}

int ArticleView::positionAt(const QPoint &viewportPoint) const
{
    return hitTest(viewportPoint, false).cursor;
}

int ArticleView::snapToCluster(int position, bool forward) const
{
    position = std::clamp(position, 0, int(m_text.size()));
    if (position == 0 || position == m_text.size())
        return position;
    // A small window is enough: no grapheme cluster in real text is anywhere near 32 code units long.
    const int windowStart = qMax(0, position - 32);
    const int windowEnd = qMin(int(m_text.size()), position + 32);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme,
                               m_text.mid(windowStart, windowEnd - windowStart));
    finder.setPosition(position - windowStart);
    if (finder.isAtBoundary())
        return position;
    const qsizetype snapped = forward ? finder.toNextBoundary() : finder.toPreviousBoundary();
    return snapped < 0 ? position : windowStart + int(snapped);
}

std::pair<int, int> ArticleView::wordAt(int position) const
{
    if (m_wordFinder) {
        const auto [start, end] = m_wordFinder(m_text, position);
        if (start >= 0 && end > start)
            return {snapToCluster(start, false), snapToCluster(end, true)};
    } else if (const int block = m_layout.blockForPosition(position); block >= 0) {
        // Only the block's text: a word never crosses a block, and a book-long finder would cost O(n).
        const Block &info = m_layout.block(block);
        if (position >= info.start && position < info.end()) {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Word, m_text.mid(info.start, info.length));
            const int local = position - info.start;
            finder.setPosition(local);
            const qsizetype start = finder.isAtBoundary() ? local : finder.toPreviousBoundary();
            finder.setPosition(local);
            const qsizetype end = finder.toNextBoundary();
            if (start >= 0 && end > start)
                return {info.start + int(start), info.start + int(end)};
        }
    }
    if (position < 0 || position >= m_text.size())
        return {position, position};
    return {snapToCluster(position, false), snapToCluster(position + 1, true)};
}

std::pair<int, int> ArticleView::unitAt(const Hit &hit, SelectionUnit unit) const
{
    switch (unit) {
    case SelectionUnit::Word:
        return wordAt(hit.character);
    case SelectionUnit::Block:
        return m_layout.paragraphRange(hit.block); // the whole paragraph, not one laid-out piece of it
    case SelectionUnit::Character:
        break;
    }
    return {hit.cursor, hit.cursor};
}

bool ArticleView::hasSelection() const
{
    return m_selectionEnd > m_selectionStart;
}

int ArticleView::selectionStart() const
{
    return m_selectionStart;
}

int ArticleView::selectionEnd() const
{
    return m_selectionEnd;
}

QString ArticleView::selectedText() const
{
    QString text = m_text.mid(m_selectionStart, m_selectionEnd - m_selectionStart);
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void ArticleView::applySelection(int start, int end)
{
    if (end < start)
        std::swap(start, end);
    if (start == end)
        start = end = 0;
    if (start == m_selectionStart && end == m_selectionEnd)
        return;
    const int oldStart = m_selectionStart;
    const int oldEnd = m_selectionEnd;
    m_selectionStart = start;
    m_selectionEnd = end;
    if (oldEnd > oldStart)
        repaintRange(oldStart, oldEnd);
    repaintRange(start, end);
    Q_EMIT selectionChanged();
}

void ArticleView::setSelection(int start, int end)
{
    if (end < start)
        std::swap(start, end);
    start = snapToCluster(start, false);
    end = snapToCluster(end, true);
    m_anchorStart = m_anchorEnd = start;
    applySelection(start, end);
}

void ArticleView::clearSelection()
{
    applySelection(0, 0);
}

void ArticleView::selectAll()
{
    setSelection(0, int(m_text.size()));
}

void ArticleView::copy()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void ArticleView::setWordFinder(WordFinder finder)
{
    m_wordFinder = std::move(finder);
}

void ArticleView::extendSelectionTo(const Hit &hit)
{
    if (hit.block < 0)
        return;
    const auto [start, end] = unitAt(hit, m_unit);
    applySelection(qMin(m_anchorStart, start), qMax(m_anchorEnd, end));
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->accept(); // a right or middle press leaves the selection alone
        return;
    }
    const QPoint point = event->position().toPoint();
    const Hit hit = hitTest(point, true);
    m_pressed = true;
    m_dragging = false;
    m_pressPoint = m_lastMousePoint = point;
    if (hit.block < 0)
        return;

    const bool tripleClick =
        m_doubleClickTime.isValid() && m_doubleClickTime.elapsed() < QApplication::doubleClickInterval()
        && (point - m_doubleClickPoint).manhattanLength() < QApplication::startDragDistance();
    m_doubleClickTime.invalidate();
    if (tripleClick) {
        m_unit = SelectionUnit::Block;
        std::tie(m_anchorStart, m_anchorEnd) = unitAt(hit, m_unit);
        m_dragging = true; // a triple click is a selection, not a click on a highlight
        applySelection(m_anchorStart, m_anchorEnd);
    } else if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+click keeps the anchor (of the selection, else of the last click) and moves the other end
        // here.
        m_unit = SelectionUnit::Character;
        m_dragging = true;
        extendSelectionTo(hit);
    } else {
        m_unit = SelectionUnit::Character;
        m_anchorStart = m_anchorEnd = hit.cursor;
        clearSelection();
    }
}

void ArticleView::updateLinkHover(const QPoint &viewportPoint)
{
    QString href;
    if (!m_layout.spans().isEmpty()) {
        const Hit hit = hitTest(viewportPoint, false);
        if (hit.block >= 0)
            href = linkAt(hit.character);
    }
    if (href == m_hoveredLink)
        return;
    m_hoveredLink = href;
    viewport()->setCursor(href.isEmpty() ? Qt::IBeamCursor : Qt::PointingHandCursor);
    viewport()->setToolTip(href);
}

void ArticleView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (!m_pressed) {
        updateLinkHover(point);
        return;
    }
    m_lastMousePoint = point;
    if (!m_dragging && (point - m_pressPoint).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    extendSelectionTo(hitTest(point, true));
    const bool outside = point.y() < 0 || point.y() >= viewport()->height();
    if (outside && !m_autoScrollTimer.isActive())
        m_autoScrollTimer.start();
    else if (!outside)
        m_autoScrollTimer.stop();
}

void ArticleView::autoScroll()
{
    if (!m_pressed) {
        m_autoScrollTimer.stop();
        return;
    }
    const int y = m_lastMousePoint.y();
    const int distance = y < 0 ? y : y - viewport()->height() + 1;
    if (distance == 0) {
        m_autoScrollTimer.stop();
        return;
    }
    // Faster the farther the pointer is past the edge, as in every text editor.
    const int step = std::clamp(distance / 2, -120, 120);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + (step == 0 ? (distance < 0 ? -1 : 1) : step));
    extendSelectionTo(hitTest(m_lastMousePoint, true));
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    m_autoScrollTimer.stop();
    const bool click =
        !m_dragging && m_unit == SelectionUnit::Character && !(event->modifiers() & Qt::ShiftModifier);
    m_dragging = false;
    if (click) {
        const Hit hit = hitTest(event->position().toPoint(), false);
        // A click on a link follows it, even inside a highlight: the highlight stays reachable from the
        // panel.
        const QString href = hit.block >= 0 ? linkAt(hit.character) : QString();
        if (!href.isEmpty()) {
            Q_EMIT linkActivated(href);
        } else if (hit.block >= 0) {
            const QVector<int> ids = highlightsAt(hit.character);
            if (!ids.isEmpty())
                Q_EMIT highlightClicked(ids.first());
        }
    } else if (hasSelection() && QGuiApplication::clipboard()->supportsSelection()) {
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    }
}

void ArticleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint point = event->position().toPoint();
    const Hit hit = hitTest(point, true);
    if (hit.block < 0)
        return;
    m_pressed = true;
    m_dragging = false;
    m_pressPoint = m_lastMousePoint = point;
    m_unit = SelectionUnit::Word; // dragging on from here extends by whole words
    std::tie(m_anchorStart, m_anchorEnd) = unitAt(hit, m_unit);
    applySelection(m_anchorStart, m_anchorEnd);
    m_doubleClickTime.start();
    m_doubleClickPoint = point;
}

KeyBindings ArticleView::keyBindings()
{
    // Keep in step with keyPressEvent() below. Copy and Select All are the window's actions too.
    constexpr const char *context = "hashiya::ArticleView";
    return {
        {QKeySequence(Qt::Key_PageDown), context,
         QT_TRANSLATE_NOOP("hashiya::ArticleView", "Scroll down a page")},
        {QKeySequence(Qt::Key_Space), context,
         QT_TRANSLATE_NOOP("hashiya::ArticleView", "Scroll down a page")},
        {QKeySequence(Qt::Key_PageUp), context,
         QT_TRANSLATE_NOOP("hashiya::ArticleView", "Scroll up a page")},
        {QKeySequence(Qt::SHIFT | Qt::Key_Space), context,
         QT_TRANSLATE_NOOP("hashiya::ArticleView", "Scroll up a page")},
        {QKeySequence(Qt::Key_Down), context,
         QT_TRANSLATE_NOOP("hashiya::ArticleView", "Scroll down a line")},
        {QKeySequence(Qt::Key_Up), context, QT_TRANSLATE_NOOP("hashiya::ArticleView", "Scroll up a line")},
        {QKeySequence(Qt::Key_Home), context,
         QT_TRANSLATE_NOOP("hashiya::ArticleView", "Go to the beginning")},
        {QKeySequence(Qt::Key_End), context, QT_TRANSLATE_NOOP("hashiya::ArticleView", "Go to the end")},
        {QKeySequence(Qt::Key_Escape), context,
         QT_TRANSLATE_NOOP("hashiya::ArticleView", "Clear the selection")},
    };
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_PageDown:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Space:
        bar->triggerAction(event->modifiers() & Qt::ShiftModifier ? QAbstractSlider::SliderPageStepSub
                                                                  : QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Up:
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Down:
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Home:
        bar->setValue(0);
        return;
    case Qt::Key_End:
        scrollToEnd();
        return;
    case Qt::Key_Escape:
        if (hasSelection()) {
            clearSelection();
            return;
        }
        break; // nothing to clear: let the window use Escape
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelZoomDelta += event->angleDelta().y();
        const int steps = m_wheelZoomDelta / 120;
        m_wheelZoomDelta -= steps * 120;
        if (steps != 0)
            setZoom(m_zoom + steps);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    int position = -1;
    if (event->reason() == QContextMenuEvent::Keyboard && hasSelection()) {
        position = m_selectionStart;
    } else {
        const Hit hit = hitTest(viewport()->mapFromGlobal(event->globalPos()), false);
        position = hit.character;
    }
    const QVector<int> ids = position >= 0 ? highlightsAt(position) : QVector<int>();
    Q_EMIT contextMenuRequested(event->globalPos(), position, ids.isEmpty() ? -1 : ids.first());
    event->accept();
}

} // namespace hashiya
