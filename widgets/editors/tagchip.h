#pragma once

#include <QWidget>

class QToolButton;

namespace hashiya {

/**
 * One tag shown as a small rounded label with a × button that asks for the tag's removal. The text is drawn
 * in its own direction (an Arabic tag reads right-to-left in an English interface); the × sits on the end
 * side.
 */
class TagChip final : public QWidget
{
    Q_OBJECT

public:
    explicit TagChip(const QString &tag, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TagChip)

    QString tag() const { return m_tag; }
    QToolButton *removeButton() const { return m_remove; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void removeRequested(const QString &tag);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void placeButton();
    QRect textRect() const;
    int padding() const;
    int maximumTextWidth() const;

    QString m_tag;
    QToolButton *m_remove;
};

} // namespace hashiya
