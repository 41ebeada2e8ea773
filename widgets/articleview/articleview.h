#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QFont>
#include <QVector>

#include <functional>
#include <memory>

namespace hashiya {

/**
 * A read-only, right-to-left-first view of an article's text. Blocks are laid out lazily, each in its own
 * direction; highlights are painted over the laid-out text at paint time and never change the layout.
 * It speaks in plain terms (UTF-16 offsets into the text, colours, integer ids) and knows nothing of the model.
 */
class ArticleView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    struct Block {
        enum class Kind { Paragraph, Heading, Quote, ListItem, Preformatted };
        int start = 0;
        int length = 0;
        Kind kind = Kind::Paragraph;
        int level = 0;
        Qt::LayoutDirection direction = Qt::RightToLeft;
    };

    struct Highlight {
        int id = 0;
        int start = 0;
        int end = 0;
        QColor color;
    };

    /// Given the text and a position, the [start, end) of the word there (both -1 when none).
    using WordFinder = std::function<std::pair<int, int>(const QString &text, int position)>;

    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setContent(const QString &text, const QVector<Block> &blocks);
    const QString &text() const;

    void setArticleFont(const QFont &font);
    QFont articleFont() const;
    void setLineSpacing(qreal factor);
    qreal lineSpacing() const;
    void setMaximumTextWidth(int pixels);
    int maximumTextWidth() const;
    void setZoom(int steps);
    int zoom() const;

    void addHighlight(const Highlight &highlight);
    void updateHighlight(const Highlight &highlight);
    void removeHighlight(int id);
    void setHighlights(const QVector<Highlight> &highlights);
    void clearHighlights();
    int highlightCount() const;
    void setActiveHighlight(int id); // -1 = none
    int activeHighlight() const;
    void flashRange(int start, int end);

    bool hasSelection() const;
    int selectionStart() const;
    int selectionEnd() const;
    QString selectedText() const;
    void setSelection(int start, int end);
    void clearSelection();

    void setWordFinder(WordFinder finder);

    int positionAt(const QPoint &viewportPoint) const; // -1 when outside any block
    QVector<int> highlightsAt(int position) const;      // ids, innermost (shortest) first
    QVector<QRect> rangeRects(int start, int end) const; // viewport rectangles covering the range
    int firstVisiblePosition() const;
    void scrollToPosition(int position, bool center = false);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void copy();
    void selectAll();

Q_SIGNALS:
    void selectionChanged();
    void highlightClicked(int id);
    void contextMenuRequested(const QPoint &globalPos, int position, int highlightId);
    void zoomChanged(int steps);
    void firstVisiblePositionChanged(int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace hashiya
