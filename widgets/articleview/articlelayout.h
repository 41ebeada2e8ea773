#pragma once

#include "fenwicktree.h"
#include "viewblock.h"
#include "viewspan.h"

#include <QFont>
#include <QRectF>
#include <QTextLayout>
#include <QVector>

#include <cstdint>

#include <memory>
#include <utility>
#include <vector>

class QPainter;
class QPalette;

namespace hashiya {

/**
 * The geometry of an article in a text column: one QTextLayout per block, made only for the blocks someone
 * looks at. Other blocks carry an estimated height (from their length and the average advance of the text)
 * that is replaced by the real one when they are laid out; heights live in a Fenwick tree, so the block at a
 * y and the y of a block cost O(log n). All y values are relative to the top of the first block, x values to
 * the column's left.
 */
class ArticleLayout final
{
public:
    ArticleLayout();
    ~ArticleLayout();
    Q_DISABLE_COPY_MOVE(ArticleLayout)

    /// `text` must outlive the layout (the view owns it); blocks are sorted and do not overlap. Spans are
    /// sorted by start and each lies inside one block. `joins` (LongBlockSplitter::Join bits, one per block,
    /// or empty) mark the pieces of one long block, drawn without paragraph spacing between them.
    void setContent(const QString *text, const QVector<ViewBlock> &blocks,
                    const QVector<ViewSpan> &spans = {}, std::vector<std::uint8_t> joins = {});
    /// The [start, end) of the whole block that the laid-out block `index` is a piece of (itself when whole).
    std::pair<int, int> paragraphRange(int index) const;
    /// The spans of a block, as [first, last) indices into spans().
    std::pair<int, int> spansOf(int index) const;
    const QVector<ViewSpan> &spans() const { return m_spans; }
    /// The link at a position, or nullptr.
    const ViewSpan *linkAt(int position) const;
    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    void setLineSpacing(qreal factor);
    void setColumnWidth(int width);
    int columnWidth() const { return m_columnWidth; }
    /// Drops every layout and re-estimates every height.
    void invalidate();

    int blockCount() const { return static_cast<int>(m_blocks.size()); }
    const ViewBlock &block(int index) const { return m_blocks[index]; }
    int blockTop(int index) const { return m_heights.prefixSum(index); }
    int blockHeight(int index) const { return m_heights.value(index); }
    int totalHeight() const { return m_heights.total(); }
    int blockAtY(int y) const { return m_heights.indexAt(y); }
    /// The block containing position, else the last block starting before it (the first when none); -1 if
    /// empty.
    int blockForPosition(int position) const;
    /// The first and last blocks the range [start, end) touches; last < first when it touches none.
    std::pair<int, int> blocksSpanning(int start, int end) const;

    bool isLaidOut(int index) const { return m_layouts[static_cast<std::size_t>(index)] != nullptr; }
    bool hasExactHeight(int index) const { return m_exact[static_cast<std::size_t>(index)]; }
    /// Lays the block out if needed and returns how much its height changed.
    int ensureLaidOut(int index);
    /// The block's layout, laid out on demand.
    QTextLayout *layout(int index);
    /// Where the block's QTextLayout origin sits, relative to the column's left and the block's top.
    QPointF layoutOrigin(int index) const;
    /// The line of a laid-out block at local y (relative to the layout origin), clamped to its lines.
    int lineAtY(int index, qreal y) const;
    /// Rectangles (relative to the column's left and the block's top) covering [from, to) of a laid-out
    /// block.
    QVector<QRectF> rangeRects(int index, int from, int to);
    /// Draws the block at `topLeft` (column left, block top): first the translucent `backgrounds`
    /// (highlights), then the text once, with the opaque `selections` (the user's selection) over it.
    void draw(QPainter *painter, int index, const QPointF &topLeft,
              const QVector<QTextLayout::FormatRange> &backgrounds,
              const QVector<QTextLayout::FormatRange> &selections, const QRectF &clip,
              const QPalette &palette);
    /// Keeps at most a few hundred layouts, dropping those farthest from `center` (their heights stay exact).
    void trimCache(int center);

    /// One line of body text, for scroll steps.
    int lineStep() const;
    /// The font's em, used for indents and the default column width.
    qreal em() const { return m_em; }

private:
    QFont fontFor(const ViewBlock &block) const;
    int fontSlot(const ViewBlock &block) const;
    qreal indentFor(const ViewBlock &block) const;
    qreal topPaddingFor(const ViewBlock &block) const;
    qreal bottomPaddingFor(const ViewBlock &block) const;
    /// The paddings of a laid-out block: none between the pieces of one long block.
    qreal topPadding(int index) const;
    qreal bottomPadding(int index) const;
    std::uint8_t joinsOf(int index) const;
    int estimateHeight(int index) const;
    /// Font changes of the block's emphasis, strong and code spans, widened to whole words so that a span
    /// edge never lies inside a word: the word is shaped as one run and Arabic joining holds.
    QVector<QTextLayout::FormatRange> fontFormats(int index) const;
    /// Link colour and underline: drawn at paint time like highlights, so they never change the shaping.
    QVector<QTextLayout::FormatRange> linkFormats(int index, const QPalette &palette) const;
    void drawTableRow(QPainter *painter, int index, const QPointF &topLeft, const QPalette &palette);
    void measureFonts();

    const QString *m_text = nullptr;
    QVector<ViewBlock> m_blocks;
    QVector<ViewSpan> m_spans;
    std::vector<int> m_spanStarts;
    std::vector<int> m_starts;         // block starts, for binary search
    std::vector<std::uint8_t> m_joins; // LongBlockSplitter::Join per block; empty when no block was cut
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    std::vector<bool> m_exact;
    std::vector<int> m_laidOut; // indices with a live layout, for trimming
    FenwickTree m_heights;
    QFont m_font;
    qreal m_lineSpacing = 1.6;
    int m_columnWidth = 600;
    // Per font slot (body, heading 1..6, preformatted): average advance per character and line height.
    std::vector<qreal> m_advance;
    std::vector<qreal> m_lineHeight;
    qreal m_em = 16; // cached: QFontInfo is too slow to build once per block when estimating a book
    bool m_metricsDirty = true; // the column width does not change the font metrics: skip re-measuring then
};

} // namespace hashiya
