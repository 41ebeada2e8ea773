#include "tagchip.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextOption>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

TagChip::TagChip(const QString &tag, QWidget *parent)
    : QWidget(parent)
    , m_tag(tag)
    , m_remove(new QToolButton(this))
{
    setAccessibleName(tr("Tag %1").arg(tag));
    setToolTip(tag);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_remove->setText(QString(QChar(0x00D7))); // ×
    m_remove->setAutoRaise(true);
    m_remove->setCursor(Qt::ArrowCursor);
    m_remove->setFocusPolicy(Qt::TabFocus);
    m_remove->setToolTip(tr("Remove tag"));
    m_remove->setAccessibleName(tr("Remove tag %1").arg(tag));
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_tag); });
    placeButton();
}

int TagChip::padding() const
{
    return std::max(4, fontMetrics().height() / 3);
}

int TagChip::maximumTextWidth() const
{
    // A very long tag is elided rather than pushing the editor wider than the panel.
    return fontMetrics().averageCharWidth() * 28;
}

QSize TagChip::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    // One pixel more than the advance: the advance is rounded, and elidedText() elides on any shortfall.
    const int textWidth = std::min(metrics.horizontalAdvance(m_tag) + 1, maximumTextWidth());
    const int buttonSide = metrics.height();
    return QSize(padding() + textWidth + padding() / 2 + buttonSide + padding() / 2, buttonSide + padding());
}

QSize TagChip::minimumSizeHint() const
{
    return sizeHint();
}

void TagChip::placeButton()
{
    const int side = fontMetrics().height();
    const int margin = padding() / 2;
    const QRect logical(width() - margin - side, (height() - side) / 2, side, side);
    m_remove->setGeometry(QStyle::visualRect(layoutDirection(), rect(), logical));
}

QRect TagChip::textRect() const
{
    const int side = fontMetrics().height();
    const QRect logical(padding(), 0, std::max(0, width() - padding() - padding() / 2 - side - padding() / 2),
                        height());
    return QStyle::visualRect(layoutDirection(), rect(), logical);
}

void TagChip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeButton();
}

void TagChip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        placeButton();
        updateGeometry();
        update();
    }
}

void TagChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QPalette pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = frame.height() / 2;
    QPainterPath path;
    path.addRoundedRect(frame, radius, radius);
    painter.fillPath(path, blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.18));
    painter.setPen(QPen(blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.55), 1));
    painter.drawPath(path);

    // The tag's own direction decides its bidi order; alignment is centred so the chip looks the same either
    // way.
    QTextOption option(Qt::AlignCenter);
    option.setTextDirection(m_tag.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    const QRect area = textRect();
    const QString shown = fontMetrics().elidedText(m_tag, Qt::ElideRight, area.width());
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRectF(area), shown, option);
}

} // namespace hashiya
