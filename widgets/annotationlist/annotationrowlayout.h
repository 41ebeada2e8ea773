#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRect>
#include <QStringList>
#include <QTextLayout>

#include <memory>

class QPainter;

namespace hashiya {

/**
 * The measured geometry of one row of the annotation list: colour swatch on the start side, quote (up to
 * three lines, elided, in the quote's own direction), note preview (up to two lines, in its own direction)
 * and tag chips. The delegate builds one both to answer sizeHint() and to paint, so the height asked for is
 * the height drawn.
 */
class AnnotationRowLayout final
{
public:
    struct Content {
        QColor color;
        QString status; // a short caption above the quote, e.g. "Not anchored"; empty for none
        QString quote;
        Qt::LayoutDirection quoteDirection = Qt::LayoutDirectionAuto;
        QString note;
        QStringList tags;
    };

    struct Colors {
        QColor text;
        QColor dimText;
        QColor chipFill;
        QColor chipBorder;
        QColor emptySwatch;
    };

    static constexpr int Margin = 6;
    static constexpr int SwatchWidth = 5;
    static constexpr int SwatchGap = 8;
    static constexpr int SectionSpacing = 3;
    static constexpr int MaxQuoteLines = 3;
    static constexpr int MaxNoteLines = 2;

    /// Lays out @p content for a row @p width pixels wide, in an interface going @p interfaceDirection.
    AnnotationRowLayout(const Content &content, const QFont &font, Qt::LayoutDirection interfaceDirection,
                        int width);
    ~AnnotationRowLayout();
    Q_DISABLE_COPY_MOVE(AnnotationRowLayout)

    int height() const { return m_height; }
    /// Where things land in a row whose top-left corner is (0, 0).
    QRect swatchRect() const;
    QRect contentRect() const;
    QRectF quoteRect() const;
    QList<QRect> chipRects() const;

    void paint(QPainter *painter, const QPoint &topLeft, const Colors &colors) const;

    /// A one-paragraph preview of a Markdown note: markup characters dropped, lines joined.
    static QString notePreview(const QString &markdown);
    static QFont noteFont(const QFont &base);
    static QFont chipFont(const QFont &base);

private:
    struct Block {
        std::unique_ptr<QTextLayout> body; // the whole lines kept from the wrapped text
        int bodyLines = 0;
        std::unique_ptr<QTextLayout> tail; // the elided last line, when the text was cut
        qreal top = 0;
        qreal height = 0;
    };
    struct Chip {
        QString text;
        QString shown;
        QRect rect;
    };

    void layOutBlock(Block &block, const QString &text, const QFont &font, Qt::LayoutDirection direction,
                     int maxLines, qreal top) const;
    void paintBlock(QPainter *painter, const Block &block, const QPointF &origin) const;
    void layOutChips(const QStringList &tags, int top);

    Qt::LayoutDirection m_interfaceDirection;
    int m_width;
    int m_height = 0;
    QColor m_color;
    QFont m_chipFont;
    QRect m_content; // logical (left-to-right) content area
    Block m_status;
    Block m_quote;
    Block m_note;
    QList<Chip> m_chips;
};

} // namespace hashiya
