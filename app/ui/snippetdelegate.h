#pragma once

#include <QStyledItemDelegate>

namespace hashiya {

/**
 * Paints a search result's snippet in its own direction with the matched ranges marked (bold on a wash),
 * the ranges coming from a role holding a QVariantList of QPoint(start, end).
 */
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SnippetDelegate(int matchesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_matchesRole;
};

} // namespace hashiya
