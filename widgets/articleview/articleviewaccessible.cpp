#include "articleviewaccessible.h"

#include "articleview.h"

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == u"hashiya::ArticleView"_s && object && object->isWidgetType())
        return new ArticleViewAccessible(static_cast<ArticleView *>(object));
    return nullptr;
}

} // namespace

ArticleViewAccessible::ArticleViewAccessible(ArticleView *view)
    : QAccessibleWidget(view, QAccessible::EditableText)
{}

void ArticleViewAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

ArticleView *ArticleViewAccessible::view() const
{
    return static_cast<ArticleView *>(widget());
}

void *ArticleViewAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State ArticleViewAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

void ArticleViewAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    if (selectionIndex == 0 && view()->hasSelection()) {
        *startOffset = view()->selectionStart();
        *endOffset = view()->selectionEnd();
    }
}

int ArticleViewAccessible::selectionCount() const
{
    return view()->hasSelection() ? 1 : 0;
}

void ArticleViewAccessible::addSelection(int startOffset, int endOffset)
{
    view()->setSelection(startOffset, endOffset); // one selection at a time
}

void ArticleViewAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0)
        view()->clearSelection();
}

void ArticleViewAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex == 0)
        view()->setSelection(startOffset, endOffset);
}

int ArticleViewAccessible::cursorPosition() const
{
    // The view has no caret: the reading position is where the selection ends, else the top of the screen.
    return view()->hasSelection() ? view()->selectionEnd() : qMax(0, view()->firstVisiblePosition());
}

void ArticleViewAccessible::setCursorPosition(int position)
{
    view()->scrollToPosition(position);
}

QString ArticleViewAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return view()->text();
    return QAccessibleWidget::text(t);
}

QString ArticleViewAccessible::text(int startOffset, int endOffset) const
{
    const QString &text = view()->text();
    const int start = qBound(0, startOffset, int(text.size()));
    const int end = qBound(start, endOffset, int(text.size()));
    return text.mid(start, end - start);
}

int ArticleViewAccessible::characterCount() const
{
    return int(view()->text().size());
}

QRect ArticleViewAccessible::characterRect(int offset) const
{
    const QVector<QRect> rects = view()->rangeRects(offset, offset + 1);
    if (rects.isEmpty())
        return {};
    const QRect &rect = rects.constFirst();
    return QRect(view()->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

int ArticleViewAccessible::offsetAtPoint(const QPoint &point) const
{
    return view()->positionAt(view()->viewport()->mapFromGlobal(point));
}

void ArticleViewAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    Q_UNUSED(endIndex);
    view()->scrollToPosition(startIndex, true);
}

QString ArticleViewAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // No per-character attributes are reported; the whole text is one run.
    Q_UNUSED(offset);
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

} // namespace hashiya
