#pragma once

#include <QLayout>
#include <QList>

namespace hashiya {

/**
 * A layout that places its items in reading order and wraps them onto new lines when the width runs out, like
 * words in a paragraph. Qt ships no flow layout class (only an example), so the tag editor's chips need this
 * one. Lines start on the layout direction's start side (the right in a right-to-left interface); an item
 * that expands horizontally and ends a line takes the rest of that line, so a text field after the chips
 * fills the gap.
 */
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 6, int verticalSpacing = 4);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    /// Inserts a widget before position @p index (appends when @p index is out of range).
    void insertWidget(int index, QWidget *widget);

    int horizontalSpacing() const { return m_horizontalSpacing; }
    int verticalSpacing() const { return m_verticalSpacing; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Lays the items out in @p rect (only measures when @p apply is false) and returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    Qt::LayoutDirection direction() const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace hashiya
