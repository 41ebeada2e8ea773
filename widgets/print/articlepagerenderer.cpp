#include "print/articlepagerenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QPalette>
#include <QTextOption>

#include <algorithm>
#include <limits>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

QString label(const char *text)
{
    return QCoreApplication::translate("hashiya::ArticlePageRenderer", text);
}

/// The font at the page's resolution, in pixels: layout and painting then agree on every device.
QFont atResolution(QFont font, int dpi)
{
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / 96.0;
    font.setPixelSize(qMax(1, qRound(points * dpi / 72.0)));
    return font;
}

} // namespace

ArticlePageRenderer::ArticlePageRenderer()
{
    QFont font;
    font.setFamilies({u"Noto Naskh Arabic"_s, u"Amiri"_s});
    font.setPointSizeF(12);
    m_font = font;
}

ArticlePageRenderer::~ArticlePageRenderer() = default;

void ArticlePageRenderer::setContent(const QString &text, const QVector<ViewBlock> &blocks,
                                     const QVector<PrintHighlight> &highlights,
                                     const QVector<PrintNote> &notes, const QString &title)
{
    m_title = title;
    buildPrintedText(text, blocks, highlights, notes);
    m_layout.setContent(&m_printed, m_blocks);
    m_pageFirstSlice.clear();
    m_slices.clear();
}

void ArticlePageRenderer::setFont(const QFont &font)
{
    m_font = font;
}

void ArticlePageRenderer::appendBlock(const QString &text, ViewBlock::Kind kind, int level,
                                      Qt::LayoutDirection direction)
{
    if (!m_printed.isEmpty())
        m_printed += u'\n';
    ViewBlock block;
    block.start = int(m_printed.size());
    block.length = int(text.size());
    block.kind = kind;
    block.level = level;
    block.direction = direction;
    m_printed += text;
    m_blocks.append(block);
}

void ArticlePageRenderer::buildPrintedText(const QString &text, const QVector<ViewBlock> &blocks,
                                           const QVector<PrintHighlight> &highlights,
                                           const QVector<PrintNote> &notes)
{
    m_markers.build(text, blocks, highlights);
    m_printed = m_markers.text();
    m_blocks.clear();
    m_blocks.reserve(blocks.size() + notes.size() * 3 + 1);
    for (ViewBlock block : blocks) {
        const int start = m_markers.map(block.start);
        block.length = m_markers.map(block.end()) - start;
        block.start = start;
        m_blocks.append(block);
    }
    m_articleBlocks = int(m_blocks.size());

    if (!notes.isEmpty()) {
        const auto directionOf = [](const QString &text) {
            return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        };
        // The heading sits on the article's side; each note reads in its own direction, its tags in theirs.
        const Qt::LayoutDirection article =
            blocks.isEmpty() ? Qt::RightToLeft : blocks.constFirst().direction;
        appendBlock(label("Notes"), ViewBlock::Kind::Heading, 2, article);
        for (const PrintNote &note : notes) {
            QString head = u"%1. «%2»"_s.arg(note.number).arg(note.quote.simplified());
            if (!note.anchored)
                head += u" ("_s + label("not anchored") + u')';
            appendBlock(head, ViewBlock::Kind::Paragraph, 0, directionOf(head));
            if (!note.tags.isEmpty())
                appendBlock(label("Tags: %1").arg(note.tags), ViewBlock::Kind::Paragraph, 0,
                            directionOf(note.tags));
            if (!note.note.trimmed().isEmpty())
                appendBlock(note.note.trimmed(), ViewBlock::Kind::Quote, 0, directionOf(note.note));
        }
    }

    m_highlights.clear();
    m_blockHighlights = QVector<QVector<int>>(m_blocks.size());
    for (const PrintHighlight &highlight : highlights) {
        if (highlight.end <= highlight.start || highlight.end > text.size() || highlight.start < 0)
            continue;
        const MappedHighlight mapped{m_markers.map(highlight.start), m_markers.map(highlight.end, true),
                                     highlight.color};
        const int index = int(m_highlights.size());
        m_highlights.append(mapped);
        // Only the article's blocks: a highlight never reaches into the notes.
        auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cbegin() + m_articleBlocks, mapped.start,
                                   [](int position, const ViewBlock &b) { return position < b.start; });
        if (it != m_blocks.cbegin())
            --it;
        for (; it != m_blocks.cbegin() + m_articleBlocks && it->start < mapped.end; ++it) {
            if (it->end() > mapped.start)
                m_blockHighlights[int(it - m_blocks.cbegin())].append(index);
        }
    }
}

QFont ArticlePageRenderer::headerFont() const
{
    QFont font = atResolution(m_font, m_dpi);
    font.setPixelSize(qMax(1, qRound(font.pixelSize() * 0.72)));
    return font;
}

int ArticlePageRenderer::paginate(const QRect &pageRect, int dpi)
{
    startPagination(pageRect, dpi);
    paginateMore(std::numeric_limits<int>::max());
    return pageCount();
}

void ArticlePageRenderer::startPagination(const QRect &pageRect, int dpi)
{
    m_pageRect = pageRect;
    m_dpi = qMax(1, dpi);
    const QFontMetricsF header(headerFont());
    const qreal band = header.height() * 2.2;
    m_content = QRectF(pageRect).adjusted(0, band, 0, -band);
    m_layout.setFont(atResolution(m_font, m_dpi));
    m_layout.setLineSpacing(m_lineSpacing);
    m_layout.setColumnWidth(qMax(20, int(m_content.width())));
    m_slices.clear();
    m_pageFirstSlice.clear();
    m_blockFirstSlice.fill(-1, m_blocks.size());
    m_nextBlock = 0;
    m_y = 0;
    m_notesFirstPage = -1;
    newPage();
}

void ArticlePageRenderer::newPage()
{
    m_pageFirstSlice.append(int(m_slices.size()));
    m_y = 0;
}

qreal ArticlePageRenderer::lineStepOf(int block, int line)
{
    return m_layout.layout(block)->lineAt(line).height() * m_lineSpacing;
}

qreal ArticlePageRenderer::lineTop(int block, int line)
{
    // The layout centres each line in its step: the band starts half the extra leading above it.
    const QTextLine textLine = m_layout.layout(block)->lineAt(line);
    const qreal step = textLine.height() * m_lineSpacing;
    return m_layout.layoutOrigin(block).y() + textLine.y() - (step - textLine.height()) / 2;
}

bool ArticlePageRenderer::paginateMore(int blockBudget)
{
    const qreal pageHeight = m_content.height();
    for (int done = 0; m_nextBlock < m_blocks.size() && done < blockBudget; ++done, ++m_nextBlock) {
        const int index = m_nextBlock;
        const ViewBlock &block = m_blocks[index];
        QTextLayout *layout = m_layout.layout(index);
        const qreal height = m_layout.blockHeight(index);
        if (index == m_articleBlocks && m_y > 0)
            newPage(); // the notes start on a page of their own
        if (index == m_articleBlocks)
            m_notesFirstPage = pageCount() - 1;
        // A heading is kept with the first line that follows it.
        if (block.kind == ViewBlock::Kind::Heading && m_y > 0
            && m_y + height + m_layout.lineStep() > pageHeight)
            newPage();
        if (layout->lineCount() == 0) {
            m_y += height;
            continue;
        }
        qreal offset = m_y;
        Slice slice{index, 0, 0, offset, 0, 0};
        m_blockFirstSlice[index] = int(m_slices.size());
        for (int line = 0; line < layout->lineCount(); ++line) {
            const qreal top = lineTop(index, line);
            const qreal bottom = top + lineStepOf(index, line);
            // A line that does not fit goes whole to the next page, unless it already starts one.
            if (offset + bottom > pageHeight && offset + top > 0.5) {
                if (slice.endLine > slice.firstLine)
                    m_slices.append(slice);
                newPage();
                offset = -top;
                slice = Slice{index, line, line, offset, top, top};
            }
            slice.endLine = line + 1;
            slice.bottom = bottom;
        }
        m_slices.append(slice);
        m_y = offset + height;
        if (index % 64 == 0)
            m_layout.trimCache(index); // a book keeps only a window of layouts alive
    }
    return m_nextBlock >= m_blocks.size();
}

void ArticlePageRenderer::paintPage(QPainter *painter, int page)
{
    if (page < 0 || page >= pageCount())
        return;
    painter->save();
    QPalette palette;
    palette.setColor(QPalette::Text, Qt::black);

    // Header: the title on the side it reads from, a rule under it; footer: "page N of M".
    const QFont small = headerFont();
    const QFontMetricsF metrics(small);
    painter->setFont(small);
    painter->setPen(QColor(60, 60, 60));
    const bool rtlTitle = m_title.isRightToLeft();
    QTextOption titleOption((rtlTitle ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute
                            | Qt::AlignVCenter);
    titleOption.setTextDirection(rtlTitle ? Qt::RightToLeft : Qt::LeftToRight);
    const QRectF headerRect(m_pageRect.left(), m_pageRect.top(), m_pageRect.width(), metrics.height() * 1.4);
    painter->drawText(headerRect, metrics.elidedText(m_title, Qt::ElideRight, headerRect.width()),
                      titleOption);
    painter->fillRect(QRectF(m_pageRect.left(), headerRect.bottom() + metrics.height() * 0.2,
                             m_pageRect.width(), qMax<qreal>(1, m_dpi / 150.0)),
                      QColor(160, 160, 160));
    const QRectF footerRect(m_pageRect.left(), m_pageRect.bottom() - metrics.height() * 1.4,
                            m_pageRect.width(), metrics.height() * 1.4);
    painter->drawText(footerRect, label("Page %1 of %2").arg(page + 1).arg(pageCount()),
                      QTextOption(Qt::AlignHCenter | Qt::AlignVCenter));

    const int first = m_pageFirstSlice[page];
    const int last = page + 1 < pageCount() ? m_pageFirstSlice[page + 1] : int(m_slices.size());
    for (int i = first; i < last; ++i) {
        const Slice &slice = m_slices[i];
        QVector<QTextLayout::FormatRange> backgrounds;
        const ViewBlock &block = m_blocks[slice.block];
        for (const int h : std::as_const(m_blockHighlights[slice.block])) {
            const MappedHighlight &highlight = m_highlights[h];
            const int from = qMax(highlight.start, block.start) - block.start;
            const int to = qMin(highlight.end, block.end()) - block.start;
            if (to <= from)
                continue;
            QTextLayout::FormatRange range;
            range.start = from;
            range.length = to - from;
            range.format.setBackground(highlight.color);
            backgrounds.append(range);
        }
        const QPointF topLeft(m_content.left(), m_content.top() + slice.offset);
        // The block's top padding belongs to its first slice; later slices start at their first line.
        const qreal bandTop = slice.firstLine == 0 ? 0 : slice.top;
        const QRectF band(m_content.left() - m_content.width(), topLeft.y() + bandTop, m_content.width() * 3,
                          slice.bottom - bandTop);
        painter->save();
        painter->setClipRect(band, Qt::IntersectClip);
        m_layout.draw(painter, slice.block, topLeft, backgrounds, {}, band, palette);
        painter->restore();
    }
    painter->restore();
}

QVector<PageRect> ArticlePageRenderer::printedRangeRects(int start, int end)
{
    QVector<PageRect> result;
    const auto [firstBlock, lastBlock] = m_layout.blocksSpanning(start, end);
    for (int b = firstBlock; b <= lastBlock && b < m_blocks.size(); ++b) {
        const ViewBlock &block = m_blocks[b];
        const int from = qMax(start, block.start) - block.start;
        const int to = qMin(end, block.end()) - block.start;
        if (to <= from || m_blockFirstSlice.value(b, -1) < 0)
            continue;
        for (const QRectF &rect : m_layout.rangeRects(b, from, to)) {
            PageRect placed;
            if (toPage(b, rect, &placed))
                result.append(placed);
        }
    }
    return result;
}

bool ArticlePageRenderer::toPage(int block, const QRectF &rect, PageRect *placed) const
{
    for (int s = m_blockFirstSlice.value(block, -1);
         s >= 0 && s < m_slices.size() && m_slices[s].block == block; ++s) {
        const Slice &slice = m_slices[s];
        const qreal center = rect.center().y();
        if ((center < slice.top && slice.firstLine > 0) || center >= slice.bottom)
            continue;
        const auto next = std::upper_bound(m_pageFirstSlice.cbegin(), m_pageFirstSlice.cend(), s);
        placed->page = int(next - m_pageFirstSlice.cbegin()) - 1;
        placed->rect = rect.translated(m_content.left(), m_content.top() + slice.offset);
        return true;
    }
    return false;
}

QVector<PageRect> ArticlePageRenderer::rangeRects(int start, int end)
{
    return printedRangeRects(m_markers.map(start), m_markers.map(end, true));
}

QVector<PageRect> ArticlePageRenderer::noteMarkerRects(int number)
{
    QVector<PageRect> result;
    const auto [start, end] = m_markers.markerRange(number);
    const int b = m_layout.blockForPosition(start);
    if (end <= start || b < 0 || b >= m_articleBlocks)
        return result;
    // The glyphs themselves: a number is a short left-to-right run, whose edges cursor positions at a bidi
    // boundary do not tell apart.
    QTextLayout *layout = m_layout.layout(b);
    const int from = start - m_blocks[b].start;
    const QPointF origin = m_layout.layoutOrigin(b);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (from < line.textStart() || from >= line.textStart() + line.textLength())
            continue;
        QRectF bounds;
        for (const QGlyphRun &run : line.glyphRuns(from, end - start))
            bounds |= run.boundingRect();
        PageRect placed;
        if (!bounds.isEmpty() && toPage(b, bounds.translated(origin), &placed))
            result.append(placed);
    }
    return result;
}

QVector<ArticlePageRenderer::PlacedLine> ArticlePageRenderer::lines(int page)
{
    QVector<PlacedLine> result;
    if (page < 0 || page >= pageCount())
        return result;
    const int first = m_pageFirstSlice[page];
    const int last = page + 1 < pageCount() ? m_pageFirstSlice[page + 1] : int(m_slices.size());
    for (int i = first; i < last; ++i) {
        const Slice &slice = m_slices[i];
        QTextLayout *layout = m_layout.layout(slice.block);
        const QPointF origin = m_layout.layoutOrigin(slice.block);
        for (int line = slice.firstLine; line < slice.endLine; ++line) {
            const QTextLine textLine = layout->lineAt(line);
            const QRectF rect(origin.x() + textLine.naturalTextRect().left(), origin.y() + textLine.y(),
                              textLine.naturalTextWidth(), textLine.height());
            result.append(
                {slice.block, line, rect.translated(m_content.left(), m_content.top() + slice.offset)});
        }
    }
    return result;
}

int ArticlePageRenderer::lineCountOfBlock(int block)
{
    return m_layout.layout(block)->lineCount();
}

} // namespace hashiya
