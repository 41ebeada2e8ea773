#include "flowlayout.h"

#include <QGuiApplication>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace hashiya {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    if (index < 0 || index > m_items.size())
        index = int(m_items.size());
    m_items.insert(index, new QWidgetItem(widget));
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line is the natural size; heightForWidth() gives the wrapped height.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (visible++ > 0 ? m_horizontalSpacing : 0);
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

Qt::LayoutDirection FlowLayout::direction() const
{
    if (const QWidget *widget = parentWidget())
        return widget->layoutDirection();
    return QGuiApplication::layoutDirection();
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(area.width(), 1);

    struct Placed {
        QLayoutItem *item;
        int x;
        int width;
        int height;
    };
    QList<QList<Placed>> lines(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        // An expanding item (the text field) only needs its minimum to join a line; it stretches afterwards.
        const bool expands = item->expandingDirections() & Qt::Horizontal;
        const int wanted = expands ? std::max(item->minimumSize().width(), 1) : hint.width();
        const int width = std::min(wanted, available);
        if (x > 0 && x + width > available) {
            lines.append(QList<Placed>());
            x = 0;
        }
        lines.last().append({item, x, width, hint.height()});
        x += width + m_horizontalSpacing;
    }

    const Qt::LayoutDirection dir = direction();
    int y = area.y();
    bool first = true;
    for (QList<Placed> &line : lines) {
        if (line.isEmpty())
            continue;
        if (!first)
            y += m_verticalSpacing;
        first = false;
        int lineHeight = 0;
        for (const Placed &placed : line)
            lineHeight = std::max(lineHeight, placed.height);
        if (apply) {
            Placed &last = line.last();
            if (last.item->expandingDirections() & Qt::Horizontal)
                last.width = std::max(last.width, available - last.x);
            for (const Placed &placed : line) {
                const QRect logical(area.x() + placed.x, y + (lineHeight - placed.height) / 2, placed.width,
                                    placed.height);
                placed.item->setGeometry(QStyle::visualRect(dir, area, logical));
            }
        }
        y += lineHeight;
    }
    return y - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace hashiya
