#pragma once

#include "articlelayout.h"
#include "findmatchindex.h"
#include "highlightindex.h"
#include "keyboard/keybinding.h"
#include "viewblock.h"
#include "viewhighlight.h"
#include "viewspan.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QTextLayout>
#include <QTimer>
#include <QVariantAnimation>
#include <QVector>

#include <functional>
#include <utility>

namespace hashiya {

/**
 * A read-only, right-to-left-first view of an article's text. Blocks are laid out lazily, each in its own
 * direction; highlights and find matches are painted over the laid-out text at paint time and never change
 * the layout.
 * It speaks in plain terms (UTF-16 offsets into the text, colours, integer ids) and knows nothing of the
 * model.
 */
class ArticleView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using Block = ViewBlock;
    using Highlight = ViewHighlight;
    using Span = ViewSpan;

    /// Given the text and a position, the [start, end) of the word there (both -1 when none).
    using WordFinder = std::function<std::pair<int, int>(const QString &text, int position)>;

    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    /// The keys this widget handles itself (no QAction), for Help › Keyboard Shortcuts; kept next to the
    /// code that handles them.
    static KeyBindings keyBindings();

    /// Starts a new article: highlights, the active highlight, find matches and the selection are cleared,
    /// the view is at the top.
    /// Spans (emphasis, strong, code, links) are drawn in the text; one crossing blocks is cut at their
    /// edges.
    void setContent(const QString &text, const QVector<Block> &blocks, const QVector<Span> &spans = {});
    /// The spans as laid out: sorted by start, each inside one block.
    const QVector<Span> &spans() const;
    /// The href of the link at a position, empty when there is none.
    QString linkAt(int position) const;
    const QString &text() const;

    void setArticleFont(const QFont &font);
    QFont articleFont() const;
    /// The article font at the current zoom, as the body text is drawn.
    QFont displayFont() const;
    void setLineSpacing(qreal factor);
    qreal lineSpacing() const;
    void setMaximumTextWidth(int pixels); // 0 = about 42 em of the display font
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

    /// Find matches: a layer of their own, painted over the highlights and under the selection. The ranges
    /// are [start, end) offsets, sorted and disjoint; thousands cost one pass to set and nothing to paint
    /// beyond the blocks on screen. Setting them clears the current match.
    void setFindMatches(const QVector<std::pair<int, int>> &ranges);
    /// The match drawn as the current one (an index into the ranges given, -1 = none), scrolled to the
    /// middle of the viewport when any of it is off screen.
    void setCurrentFindMatch(int index);
    int currentFindMatch() const;
    void clearFindMatches();
    int findMatchCount() const;

    bool hasSelection() const;
    int selectionStart() const;
    int selectionEnd() const;
    QString selectedText() const;
    void setSelection(int start, int end);
    void clearSelection();

    void setWordFinder(WordFinder finder);

    int positionAt(const QPoint &viewportPoint) const; // -1 when outside any block
    QVector<int> highlightsAt(int position) const;     // ids, innermost (shortest) first
    /// Viewport rectangles covering the range, one per visual piece of each line (blocks are laid out as
    /// needed; of a range spanning hundreds of blocks only those on and around the screen are reported).
    QVector<QRect> rangeRects(int start, int end) const;
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
    /// position: the character under the pointer (-1 outside the text); highlightId: innermost there or -1.
    void contextMenuRequested(const QPoint &globalPos, int position, int highlightId);
    void zoomChanged(int steps);
    void firstVisiblePositionChanged(int position);
    /// A link was clicked (pressed and released on it without dragging). The view opens nothing itself.
    void linkActivated(const QString &href);

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
    void changeEvent(QEvent *event) override;

private:
    /// What lies under a viewport point: the block, the grapheme boundary nearest to it, the character on it.
    struct Hit {
        int block = -1;
        int cursor = -1;
        int character = -1;
    };
    enum class SelectionUnit { Character, Word, Block };
    // Space around the text column, in pixels.
    static constexpr int TopMargin = 16;
    static constexpr int BottomMargin = 32;
    static constexpr int SideMargin = 24;

    // Geometry and scrolling (articleview.cpp); painting (articleviewpaint.cpp)
    int columnWidthFor(int viewportWidth) const;
    int columnLeft() const;
    int viewportYOf(int layoutY) const;
    void updateScrollRange() const;
    void setScrollValue(int value) const;
    /// Moves the scroll value after estimated heights above the top were corrected: the text on screen
    /// stays, and so does the reading anchor.
    void shiftScrollValue(int oldValue, int newValue) const;
    void ensureViewportLaidOut() const;
    void layoutAround(int block, int above, int below) const;
    /// Where the line holding the position starts, in layout y: its block's top for a first line (so a
    /// heading keeps its padding), else the top of the line's leading.
    qreal lineTop(int block, const QTextLine &line) const;
    /// The scroll value that puts the line at the top of the viewport (0 for the article's first line, so
    /// the top margin shows).
    int lineValue(int block, const QTextLine &line) const;
    /// The first line on screen: its start and how far (in pixels) the top of the viewport is below its top.
    std::pair<int, int> readingEdge() const;
    /// Puts the line holding position at the top of the viewport, `offset` pixels scrolled into it.
    void scrollToLine(int position, int offset);
    void relayoutKeepingPosition(const std::function<void()> &change);
    void scrollToEnd();
    void repaintRange(int start, int end) const;
    /// The translucent highlight and flash backgrounds of a block, and its opaque selection.
    std::pair<QVector<QTextLayout::FormatRange>, QVector<QTextLayout::FormatRange>>
    formatsForBlock(int block) const;
    void reportFirstVisiblePosition();
    void setFlashStrength(qreal strength);
    /// The find matches' backgrounds in a block (articleviewfind.cpp), appended after the highlights'.
    void appendFindFormats(int block, QVector<QTextLayout::FormatRange> &ranges) const;

    // Selection and input (articleviewinput.cpp)
    Hit hitTest(const QPoint &viewportPoint, bool clampToText) const;
    int snapToCluster(int position, bool forward) const;
    std::pair<int, int> wordAt(int position) const;
    std::pair<int, int> unitAt(const Hit &hit, SelectionUnit unit) const;
    void applySelection(int start, int end);
    void extendSelectionTo(const Hit &hit);
    void autoScroll();
    /// The pointing hand and the link's address as tooltip while the pointer rests on a link.
    void updateLinkHover(const QPoint &viewportPoint);

    QString m_text;
    mutable ArticleLayout m_layout;
    HighlightIndex m_highlights;
    QFont m_baseFont;
    qreal m_lineSpacing = 1.6;
    int m_maxTextWidth = 0;
    int m_zoom = 0;
    int m_activeHighlight = -1;
    FindMatchIndex m_findMatches;
    int m_currentFindMatch = -1;

    int m_selectionStart = 0;
    int m_selectionEnd = 0;
    int m_anchorStart = 0; // the unit (character, word, block) the selection grows from
    int m_anchorEnd = 0;
    SelectionUnit m_unit = SelectionUnit::Character;
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPoint;
    QPoint m_lastMousePoint;
    QElapsedTimer m_doubleClickTime;
    QPoint m_doubleClickPoint;
    WordFinder m_wordFinder;
    QString m_hoveredLink;
    QTimer m_autoScrollTimer;
    int m_wheelZoomDelta = 0;

    /// The line last put at the top (by scrollToPosition or a relayout) and the scroll value that shows it.
    /// While the value is unchanged, a relayout puts this same position back at the top, not the start of the
    /// line that held it at the old width (which may lie on the line above at the new width).
    struct ReadingAnchor {
        int position = -1;
        int offset = 0;
        int value = -1;
    };
    mutable ReadingAnchor m_anchor;

    QTimer m_positionTimer;
    int m_reportedPosition = -1;
    QVariantAnimation m_flash;
    int m_flashStart = -1;
    int m_flashEnd = -1;
    qreal m_flashStrength = 0;
};

} // namespace hashiya
