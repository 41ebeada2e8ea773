#include "annotationrowlayout.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QStyle>
#include <QTextOption>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QFont scaled(const QFont &base, qreal factor)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(std::max(6, int(std::lround(base.pixelSize() * factor))));
    return font;
}

Qt::LayoutDirection directionOf(const QString &text)
{
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

constexpr int ChipPadding = 5;
constexpr int ChipSpacing = 4;

} // namespace

AnnotationRowLayout::AnnotationRowLayout(const Content &content, const QFont &font,
                                         Qt::LayoutDirection interfaceDirection, int width)
    : m_interfaceDirection(interfaceDirection)
    , m_width(std::max(width, 2 * Margin + SwatchWidth + SwatchGap + 1))
    , m_color(content.color)
    , m_chipFont(chipFont(font))
{
    const int contentLeft = Margin + SwatchWidth + SwatchGap;
    const int contentWidth = m_width - contentLeft - Margin;
    m_content = QRect(contentLeft, Margin, contentWidth, 0);

    qreal y = Margin;
    if (!content.status.isEmpty()) {
        // In the interface's language, so in its direction; bold so it reads as a caption, not a quote.
        QFont statusFont = noteFont(font);
        statusFont.setBold(true);
        layOutBlock(m_status, content.status, statusFont, interfaceDirection, 1, y);
        y += m_status.height + SectionSpacing;
    }
    const QString quote = content.quote.simplified();
    if (!quote.isEmpty()) {
        const Qt::LayoutDirection direction =
            content.quoteDirection == Qt::LayoutDirectionAuto ? directionOf(quote) : content.quoteDirection;
        layOutBlock(m_quote, quote, font, direction, MaxQuoteLines, y);
        y += m_quote.height;
    }
    const QString note = notePreview(content.note);
    if (!note.isEmpty()) {
        if (y > Margin)
            y += SectionSpacing;
        layOutBlock(m_note, note, noteFont(font), directionOf(note), MaxNoteLines, y);
        y += m_note.height;
    }
    int bottom = int(std::ceil(y));
    if (!content.tags.isEmpty()) {
        if (bottom > Margin)
            bottom += SectionSpacing + 1;
        layOutChips(content.tags, bottom);
        for (const Chip &chip : std::as_const(m_chips))
            bottom = std::max(bottom, chip.rect.bottom() + 1);
    }
    // An annotation with nothing to show still gets a row one line high, so its swatch stays visible.
    bottom = std::max(bottom, Margin + QFontMetrics(font).height());
    m_content.setHeight(bottom - Margin);
    m_height = bottom + Margin;
}

AnnotationRowLayout::~AnnotationRowLayout() = default;

void AnnotationRowLayout::layOutBlock(Block &block, const QString &text, const QFont &font,
                                      Qt::LayoutDirection direction, int maxLines, qreal top) const
{
    // "Leading" alignment made absolute for the text's own direction: an Arabic quote is right-aligned
    // even in a left-to-right interface.
    QTextOption option(QStyle::visualAlignment(direction, Qt::AlignLeft));
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    const qreal width = m_content.width();
    block.body = std::make_unique<QTextLayout>(text, font);
    block.body->setTextOption(option);
    block.body->setCacheEnabled(true);
    block.top = top;

    qreal y = 0;
    int cutAt = -1;
    block.body->beginLayout();
    for (int lines = 0;; ++lines) {
        QTextLine line = block.body->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool more = line.textStart() + line.textLength() < text.size();
        if (lines + 1 == maxLines && more) {
            // This line would be the last shown and text remains: it is redrawn elided instead.
            cutAt = line.textStart();
            line.setPosition(QPointF(0, -100000));
            break;
        }
        line.setPosition(QPointF(0, y));
        y += line.height();
        block.bodyLines = lines + 1;
    }
    block.body->endLayout();

    if (cutAt >= 0) {
        const QString elided = QFontMetrics(font).elidedText(text.mid(cutAt), Qt::ElideRight, int(width));
        QTextOption tailOption = option;
        tailOption.setWrapMode(QTextOption::NoWrap);
        block.tail = std::make_unique<QTextLayout>(elided, font);
        block.tail->setTextOption(tailOption);
        block.tail->beginLayout();
        QTextLine line = block.tail->createLine();
        if (line.isValid()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        block.tail->endLayout();
    }
    block.height = y;
}

void AnnotationRowLayout::layOutChips(const QStringList &tags, int top)
{
    const QFontMetrics metrics(m_chipFont);
    const int chipHeight = metrics.height() + 2;
    const int available = m_content.width();
    int x = 0;
    int y = top;
    for (const QString &tag : tags) {
        Chip chip;
        chip.text = tag;
        chip.shown = metrics.elidedText(tag, Qt::ElideRight, std::max(1, available - 2 * ChipPadding));
        const int chipWidth = std::min(available, metrics.horizontalAdvance(chip.shown) + 2 * ChipPadding);
        if (x > 0 && x + chipWidth > available) {
            x = 0;
            y += chipHeight + ChipSpacing;
        }
        chip.rect = QRect(m_content.x() + x, y, chipWidth, chipHeight); // logical, mirrored when painted
        m_chips.append(chip);
        x += chipWidth + ChipSpacing;
    }
}

QRect AnnotationRowLayout::swatchRect() const
{
    const QRect logical(Margin, Margin, SwatchWidth, m_height - 2 * Margin);
    return QStyle::visualRect(m_interfaceDirection, QRect(0, 0, m_width, m_height), logical);
}

QRect AnnotationRowLayout::contentRect() const
{
    return QStyle::visualRect(m_interfaceDirection, QRect(0, 0, m_width, m_height), m_content);
}

QRectF AnnotationRowLayout::quoteRect() const
{
    const QRect content = contentRect();
    return QRectF(content.x(), m_quote.top, content.width(), m_quote.height);
}

QList<QRect> AnnotationRowLayout::chipRects() const
{
    QList<QRect> rects;
    const QRect row(0, 0, m_width, m_height);
    for (const Chip &chip : m_chips)
        rects.append(QStyle::visualRect(m_interfaceDirection, row, chip.rect));
    return rects;
}

void AnnotationRowLayout::paintBlock(QPainter *painter, const Block &block, const QPointF &origin) const
{
    if (!block.body)
        return;
    const QPointF position = origin + QPointF(0, block.top);
    for (int i = 0; i < block.bodyLines; ++i)
        block.body->lineAt(i).draw(painter, position);
    if (block.tail)
        block.tail->draw(painter, position);
}

void AnnotationRowLayout::paint(QPainter *painter, const QPoint &topLeft, const Colors &colors) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF swatch = swatchRect().translated(topLeft);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color.isValid() ? m_color : colors.emptySwatch);
    painter->drawRoundedRect(swatch, 2, 2);

    const QPointF textOrigin(topLeft.x() + contentRect().x(), topLeft.y());
    painter->setPen(colors.dimText);
    paintBlock(painter, m_status, textOrigin);
    painter->setPen(colors.text);
    paintBlock(painter, m_quote, textOrigin);
    painter->setPen(colors.dimText);
    paintBlock(painter, m_note, textOrigin);

    painter->setFont(m_chipFont);
    painter->setBrush(Qt::NoBrush); // the chips' borders are outlines, not filled with the swatch colour
    const QList<QRect> rects = chipRects();
    for (int i = 0; i < m_chips.size(); ++i) {
        const QRectF chip = QRectF(rects.at(i).translated(topLeft)).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter->fillPath(path, colors.chipFill);
        painter->setPen(QPen(colors.chipBorder, 1));
        painter->drawPath(path);
        QTextOption option(Qt::AlignCenter);
        option.setTextDirection(directionOf(m_chips.at(i).text));
        option.setWrapMode(QTextOption::NoWrap);
        painter->setPen(colors.text);
        painter->drawText(chip, m_chips.at(i).shown, option);
    }
    painter->restore();
}

QString AnnotationRowLayout::notePreview(const QString &markdown)
{
    static const QRegularExpression linePrefix(u"^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)"_s,
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression emphasis(u"(\\*{1,3}|_{2,3}|`+|~~)"_s);
    QString text = markdown;
    text.replace(linePrefix, QString());
    text.replace(link, u"\\1"_s);
    text.replace(emphasis, QString());
    return text.simplified();
}

QFont AnnotationRowLayout::noteFont(const QFont &base)
{
    return scaled(base, 0.9);
}

QFont AnnotationRowLayout::chipFont(const QFont &base)
{
    return scaled(base, 0.8);
}

} // namespace hashiya
