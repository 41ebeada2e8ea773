#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <memory>

namespace hashiya {

class AnnotationRowLayout;

/**
 * Paints one annotation in the side panel's list: its colour as a bar on the start side, the quote in its own
 * direction (up to three lines), a dimmer preview of the note and the tags as small chips. It reads
 * everything from item-model roles the application names with setRoles(), so it knows nothing of the
 * annotation model. Rows have the height their text needs at the view's width (use a non-uniform QListView
 * that re-lays out on resize).
 */
class AnnotationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The item-model roles the delegate reads; a negative role means "not provided".
    struct Roles {
        int color = Qt::DecorationRole; ///< QColor (or a colour name)
        int quote = Qt::DisplayRole;    ///< QString
        int note = -1;                  ///< QString, Markdown
        int tags = -1;                  ///< QStringList
        int quoteDirection = -1;        ///< Qt::LayoutDirection; absent or Auto: detected from the quote
        int status = -1;                ///< QString, a caption above the quote ("Not anchored")
    };

    explicit AnnotationDelegate(QObject *parent = nullptr);
    ~AnnotationDelegate() override;
    Q_DISABLE_COPY_MOVE(AnnotationDelegate)

    void setRoles(const Roles &roles);
    Roles roles() const { return m_roles; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::unique_ptr<AnnotationRowLayout> layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index, int width) const;
    static int rowWidth(const QStyleOptionViewItem &option);

    Roles m_roles;
    // Heights by content and width: a non-uniform list asks for every row's size on each re-layout.
    mutable QHash<QString, int> m_heights;
};

} // namespace hashiya
