#include "ui/snippetdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace hashiya {

SnippetDelegate::SnippetDelegate(int matchesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_matchesRole(matchesRole)
{}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    // Each snippet reads in its own direction, whatever the interface's.
    const Qt::LayoutDirection direction = text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    textOption.setTextDirection(direction);
    textOption.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);

    QVector<QTextLayout::FormatRange> formats;
    const QVariantList matches = index.data(m_matchesRole).toList();
    for (const QVariant &match : matches) {
        const QPoint range = match.toPoint();
        QTextLayout::FormatRange format;
        format.start = range.x();
        format.length = range.y() - range.x();
        format.format.setFontWeight(QFont::Bold);
        format.format.setBackground(QColor(255, 196, 0, 110));
        formats.append(format);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                       : opt.palette.color(QPalette::Text));
    const qreal y = rect.top() + (rect.height() - (line.isValid() ? line.height() : 0)) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace hashiya
