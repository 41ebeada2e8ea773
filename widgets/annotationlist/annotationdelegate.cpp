#include "annotationdelegate.h"

#include "annotationrowlayout.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListView>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

QVariant roleData(const QModelIndex &index, int role)
{
    return role < 0 ? QVariant() : index.data(role);
}

constexpr int MaxCachedHeights = 4096;

} // namespace

AnnotationDelegate::AnnotationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

AnnotationDelegate::~AnnotationDelegate() = default;

void AnnotationDelegate::setRoles(const Roles &roles)
{
    m_roles = roles;
    m_heights.clear();
}

int AnnotationDelegate::rowWidth(const QStyleOptionViewItem &option)
{
    if (option.rect.width() > 0)
        return option.rect.width();
    // QListView asks for size hints with an empty rectangle: the row is as wide as the viewport.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        int width = view->viewport()->width();
        if (const auto *list = qobject_cast<const QListView *>(view))
            width -= 2 * list->spacing();
        if (width > 0)
            return width;
    }
    return 320;
}

std::unique_ptr<AnnotationRowLayout> AnnotationDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                                   const QModelIndex &index, int width) const
{
    AnnotationRowLayout::Content content;
    content.color = roleData(index, m_roles.color).value<QColor>();
    content.status = roleData(index, m_roles.status).toString();
    content.quote = roleData(index, m_roles.quote).toString();
    content.note = roleData(index, m_roles.note).toString();
    content.tags = roleData(index, m_roles.tags).toStringList();
    const QVariant direction = roleData(index, m_roles.quoteDirection);
    if (direction.isValid())
        content.quoteDirection = Qt::LayoutDirection(direction.toInt());
    return std::make_unique<AnnotationRowLayout>(content, option.font, option.direction, width);
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int width = rowWidth(option);
    const QString key = QString::number(width) % u'\x1f' % option.font.key() % u'\x1f'
                        % roleData(index, m_roles.quote).toString() % u'\x1f'
                        % roleData(index, m_roles.note).toString() % u'\x1f'
                        % roleData(index, m_roles.tags).toStringList().join(u'\x1e') % u'\x1f'
                        % roleData(index, m_roles.quoteDirection).toString() % u'\x1f'
                        % roleData(index, m_roles.status).toString();
    auto cached = m_heights.constFind(key);
    if (cached != m_heights.constEnd())
        return QSize(width, *cached);

    const int height = layoutFor(option, index, width)->height();
    if (m_heights.size() >= MaxCachedHeights)
        m_heights.clear();
    m_heights.insert(key, height);
    return QSize(width, height);
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the panel (selection, hover, focus) but none of the item's own text or icon.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration
                      | QStyleOptionViewItem::HasCheckIndicator);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QPalette &pal = opt.palette;
    if (!selected && (opt.state & QStyle::State_MouseOver)) {
        // Not every style marks hovered rows; a faint wash of the highlight colour does it for those.
        painter->fillRect(
            opt.rect, blend(pal.color(group, QPalette::Base), pal.color(group, QPalette::Highlight), 0.08));
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor background =
        selected ? pal.color(group, QPalette::Highlight) : pal.color(group, QPalette::Base);
    AnnotationRowLayout::Colors colors;
    colors.text = pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    colors.dimText = blend(colors.text, background, 0.38);
    colors.chipFill = blend(background, selected ? colors.text : pal.color(group, QPalette::Highlight), 0.16);
    colors.chipBorder =
        blend(background, selected ? colors.text : pal.color(group, QPalette::Highlight), 0.45);
    colors.emptySwatch = pal.color(group, QPalette::Mid);

    const auto layout = layoutFor(opt, index, opt.rect.width());
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    layout->paint(painter, opt.rect.topLeft(), colors);
    painter->restore();
}

} // namespace hashiya
