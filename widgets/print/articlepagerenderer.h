#pragma once

#include "articleview/articlelayout.h"
#include "articleview/viewblock.h"
#include "print/notemarkers.h"
#include "print/pagerect.h"
#include "print/printhighlight.h"
#include "print/printnote.h"

#include <QFont>
#include <QRect>
#include <QString>
#include <QVector>

class QPainter;

namespace hashiya {

/**
 * Lays an article out on pages for printing or PDF: each block with its own direction (RTL right-aligned),
 * headings bigger, quotes indented, list items with bullets, in the reader's font; highlights painted under
 * the text at paint time (Arabic joining kept), a superscript number after each noted highlight, and the
 * notes listed after the article. Lines never split across pages; each page has the title and "page N of M".
 * Speaks in plain terms (text, blocks, ranges, colours), so it knows nothing of the model. Geometry is in the
 * device pixels of the page given to paginate(), so the same renderer serves QPdfWriter and QPrinter.
 */
class ArticlePageRenderer final
{
public:
    /** One line of text as placed on a page. */
    struct PlacedLine {
        int block = 0;
        int line = 0;
        QRectF rect; // the line's text, in page pixels
    };

    ArticlePageRenderer();
    ~ArticlePageRenderer();
    Q_DISABLE_COPY_MOVE(ArticlePageRenderer)

    /// `blocks` sorted and non-overlapping; highlights with a note carry its number, matching a note in
    /// `notes`. Notes not anchored are only listed.
    void setContent(const QString &text, const QVector<ViewBlock> &blocks,
                    const QVector<PrintHighlight> &highlights, const QVector<PrintNote> &notes,
                    const QString &title);
    /// The body font; its point size is honoured at the page's resolution.
    void setFont(const QFont &font);
    QFont font() const { return m_font; }

    /// Lays everything out for pages whose printable area is `pageRect` (device pixels) at `dpi`; returns the
    /// page count.
    int paginate(const QRect &pageRect, int dpi);
    /// The same in steps, so a caller can keep its event loop turning: start, then paginateMore() until it
    /// returns true.
    void startPagination(const QRect &pageRect, int dpi);
    bool paginateMore(int blockBudget);
    int blocksDone() const { return m_nextBlock; }
    int blockCount() const { return int(m_blocks.size()); }

    int pageCount() const { return int(m_pageFirstSlice.size()); }
    void paintPage(QPainter *painter, int page);

    QRect pageRect() const { return m_pageRect; }
    /// Where the text goes: the page less the header and footer bands.
    QRectF contentRect() const { return m_content; }
    /// The page of the first note, or -1 without notes.
    int notesFirstPage() const { return m_notesFirstPage; }

    /// Rectangles covering [start, end) of the article's text (its own offsets), page by page.
    QVector<PageRect> rangeRects(int start, int end);
    /// Where note `number`'s superscript number is printed (empty when it has none).
    QVector<PageRect> noteMarkerRects(int number);
    /// The lines on `page`, in order.
    QVector<PlacedLine> lines(int page);
    int lineCountOfBlock(int block);

private:
    struct Slice {
        int block = 0;
        int firstLine = 0;
        int endLine = 0;
        qreal offset = 0; // content y where the block's local y = 0 lies
        qreal top = 0;    // the slice's band, in the block's local y
        qreal bottom = 0;
    };
    struct MappedHighlight {
        int start = 0;
        int end = 0;
        QColor color;
    };

    void buildPrintedText(const QString &text, const QVector<ViewBlock> &blocks,
                          const QVector<PrintHighlight> &highlights, const QVector<PrintNote> &notes);
    void appendBlock(const QString &text, ViewBlock::Kind kind, int level, Qt::LayoutDirection direction);
    qreal lineTop(int block, int line);
    qreal lineStepOf(int block, int line);
    void newPage();
    QVector<PageRect> printedRangeRects(int start, int end);
    /// Places a rectangle given relative to a block's top on its page; false when that part is not laid out.
    bool toPage(int block, const QRectF &rect, PageRect *placed) const;
    QFont headerFont() const;

    QString m_title;
    QFont m_font;
    NoteMarkers m_markers;
    QString m_printed; // the article with note numbers, then the notes
    QVector<ViewBlock> m_blocks;
    int m_articleBlocks = 0;
    QVector<MappedHighlight> m_highlights;
    QVector<QVector<int>> m_blockHighlights; // per block, indices into m_highlights
    ArticleLayout m_layout;
    qreal m_lineSpacing = 1.2;

    QRect m_pageRect;
    QRectF m_content;
    int m_dpi = 300;
    QVector<Slice> m_slices;
    QVector<int> m_pageFirstSlice;
    QVector<int> m_blockFirstSlice; // -1 for a block with no line
    int m_nextBlock = 0;
    qreal m_y = 0; // content y of the next block on the last page
    int m_notesFirstPage = -1;
};

} // namespace hashiya
