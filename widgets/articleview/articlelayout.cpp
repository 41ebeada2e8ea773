#include "articlelayout.h"

#include "longblocksplitter.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QPalette>
#include <QRawFont>
#include <QTextOption>
#include <QtMath>

#include <algorithm>

namespace hashiya {

namespace {

constexpr int FontSlots = 8; // body, heading levels 1..6, preformatted
constexpr std::size_t MaxLiveLayouts = 400;
constexpr std::size_t LayoutsKeptOnTrim = 200;

/// Letters, digits and marks, and the joiners: what a font change must not cut through.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.unicode() == 0x200C || c.unicode() == 0x200D;
}

qreal headingScale(int level)
{
    static const qreal scales[] = {1.6, 1.4, 1.25, 1.15, 1.05, 1.0};
    return scales[std::clamp(level, 1, 6) - 1];
}

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return font;
}

} // namespace

ArticleLayout::ArticleLayout() = default;
ArticleLayout::~ArticleLayout() = default;

void ArticleLayout::setContent(const QString *text, const QVector<ViewBlock> &blocks,
                               const QVector<ViewSpan> &spans, std::vector<std::uint8_t> joins)
{
    m_text = text;
    m_blocks = blocks;
    m_joins = joins.size() == static_cast<std::size_t>(blocks.size()) ? std::move(joins)
                                                                      : std::vector<std::uint8_t>();
    m_spans = spans;
    m_spanStarts.clear();
    m_spanStarts.reserve(static_cast<std::size_t>(spans.size()));
    for (const ViewSpan &span : spans)
        m_spanStarts.push_back(span.start);
    m_metricsDirty = true;
    m_starts.clear();
    m_starts.reserve(static_cast<std::size_t>(blocks.size()));
    for (const ViewBlock &block : blocks)
        m_starts.push_back(block.start);
    invalidate();
}

void ArticleLayout::setFont(const QFont &font)
{
    m_font = font;
    m_em = qMax(1, QFontInfo(font).pixelSize());
    m_metricsDirty = true;
    invalidate();
}

void ArticleLayout::setLineSpacing(qreal factor)
{
    m_lineSpacing = factor;
    invalidate();
}

void ArticleLayout::setColumnWidth(int width)
{
    if (width == m_columnWidth)
        return;
    m_columnWidth = width;
    invalidate();
}

void ArticleLayout::invalidate()
{
    const std::size_t n = static_cast<std::size_t>(m_blocks.size());
    m_layouts.clear();
    m_layouts.resize(n);
    m_exact.assign(n, false);
    m_laidOut.clear();
    if (m_metricsDirty) {
        measureFonts();
        m_metricsDirty = false;
    }
    std::vector<int> heights(n);
    for (std::size_t i = 0; i < n; ++i)
        heights[i] = estimateHeight(static_cast<int>(i));
    m_heights.reset(heights);
}

void ArticleLayout::measureFonts()
{
    // A sample of the article itself gives the average advance of its script in each font, so estimates of
    // Arabic text are not made from Latin glyph widths.
    QString sample;
    for (const ViewBlock &block : std::as_const(m_blocks)) {
        if (sample.size() >= 600 || !m_text)
            break;
        sample += m_text->mid(block.start, qMin(block.length, 600 - int(sample.size()))) + u' ';
    }
    if (sample.trimmed().isEmpty())
        sample = QStringLiteral("The quick brown fox jumps over the lazy dog");
    sample.replace(QChar::LineSeparator, u' ');

    m_advance.assign(FontSlots, 8.0);
    m_lineHeight.assign(FontSlots, 20.0);
    for (int slot = 0; slot < FontSlots; ++slot) {
        ViewBlock probe;
        if (slot >= 1 && slot <= 6) {
            probe.kind = ViewBlock::Kind::Heading;
            probe.level = slot;
        } else if (slot == 7) {
            probe.kind = ViewBlock::Kind::Preformatted;
        }
        QTextLayout layout(sample, fontFor(probe));
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setNumColumns(int(sample.size()));
        layout.endLayout();
        m_advance[slot] = qMax<qreal>(1.0, line.naturalTextWidth() / qMax<qsizetype>(1, sample.size()));
        m_lineHeight[slot] = qMax<qreal>(1.0, line.height());
    }
}

QFont ArticleLayout::fontFor(const ViewBlock &block) const
{
    switch (block.kind) {
    case ViewBlock::Kind::Heading: {
        QFont font = scaled(m_font, headingScale(block.level));
        font.setBold(true);
        return font;
    }
    case ViewBlock::Kind::Preformatted: {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (m_font.pointSizeF() > 0)
            font.setPointSizeF(m_font.pointSizeF() * 0.9);
        else
            font.setPixelSize(qMax(1, qRound(m_font.pixelSize() * 0.9)));
        return font;
    }
    default:
        return m_font;
    }
}

int ArticleLayout::fontSlot(const ViewBlock &block) const
{
    if (block.kind == ViewBlock::Kind::Heading)
        return std::clamp(block.level, 1, 6);
    if (block.kind == ViewBlock::Kind::Preformatted)
        return 7;
    return 0;
}

qreal ArticleLayout::indentFor(const ViewBlock &block) const
{
    switch (block.kind) {
    case ViewBlock::Kind::Quote:
        return em() * 1.6;
    case ViewBlock::Kind::ListItem:
        return em() * 1.6 * (1 + qMax(0, block.level - 1));
    default:
        return 0;
    }
}

qreal ArticleLayout::topPaddingFor(const ViewBlock &block) const
{
    return block.kind == ViewBlock::Kind::Heading ? em() * 0.9 : 0;
}

qreal ArticleLayout::bottomPaddingFor(const ViewBlock &block) const
{
    switch (block.kind) {
    case ViewBlock::Kind::ListItem:
        return em() * 0.3;
    case ViewBlock::Kind::Heading:
        return em() * 0.35;
    default:
        return em() * 0.75;
    }
}

std::uint8_t ArticleLayout::joinsOf(int index) const
{
    return m_joins.empty() ? std::uint8_t(LongBlockSplitter::JoinsNone)
                           : m_joins[static_cast<std::size_t>(index)];
}

qreal ArticleLayout::topPadding(int index) const
{
    return joinsOf(index) & LongBlockSplitter::JoinsPrevious ? 0 : topPaddingFor(m_blocks[index]);
}

qreal ArticleLayout::bottomPadding(int index) const
{
    return joinsOf(index) & LongBlockSplitter::JoinsNext ? 0 : bottomPaddingFor(m_blocks[index]);
}

std::pair<int, int> ArticleLayout::paragraphRange(int index) const
{
    int first = index;
    while (first > 0 && (joinsOf(first) & LongBlockSplitter::JoinsPrevious))
        --first;
    int last = index;
    while (last + 1 < blockCount() && (joinsOf(last) & LongBlockSplitter::JoinsNext))
        ++last;
    return {m_blocks[first].start, m_blocks[last].end()};
}

int ArticleLayout::estimateHeight(int index) const
{
    const ViewBlock &block = m_blocks[index];
    const int slot = fontSlot(block);
    const qreal width = qMax<qreal>(20, m_columnWidth - indentFor(block));
    const qreal charsPerLine = qMax<qreal>(1, width / m_advance[slot]);
    // Word wrapping leaves the end of most lines empty: count a little more than the raw advance.
    const int lines = qMax(1, qCeil(block.length * 1.08 / charsPerLine));
    return qCeil(topPadding(index) + lines * m_lineHeight[slot] * m_lineSpacing + bottomPadding(index));
}

int ArticleLayout::blockForPosition(int position) const
{
    if (m_starts.empty())
        return -1;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    if (it == m_starts.begin())
        return 0;
    return int(it - m_starts.begin()) - 1;
}

std::pair<int, int> ArticleLayout::blocksSpanning(int start, int end) const
{
    if (m_starts.empty() || end <= start)
        return {0, -1};
    int first = blockForPosition(start);
    if (m_blocks[first].end() <= start && !(m_blocks[first].length == 0 && m_blocks[first].start == start))
        ++first; // the range starts in the gap after `first`
    const auto it = std::lower_bound(m_starts.begin(), m_starts.end(), end);
    const int last = int(it - m_starts.begin()) - 1;
    return {first, last};
}

int ArticleLayout::ensureLaidOut(int index)
{
    auto &slot = m_layouts[static_cast<std::size_t>(index)];
    if (slot)
        return 0;
    const ViewBlock &block = m_blocks[index];
    QString text = m_text->mid(block.start, block.length);
    text.replace(u'\n', QChar::LineSeparator); // a line break inside a block, never a new paragraph

    slot = std::make_unique<QTextLayout>(text, fontFor(block));
    QTextOption option;
    option.setTextDirection(block.direction);
    option.setAlignment((block.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft)
                        | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const qreal width = qMax<qreal>(20, m_columnWidth - indentFor(block));
    if (block.kind == ViewBlock::Kind::TableRow) {
        // Cells are TAB-separated: equal columns across the row, so rows with as many cells line up. In a
        // right-to-left line Qt measures tab positions from the right edge, and it is a RightTab there that
        // starts the next cell at its column (a LeftTab ends it there instead: a long cell then slides into
        // the one before).
        const int columns = int(text.count(u'\t')) + 1;
        const QTextOption::TabType startsTheCell =
            block.direction == Qt::RightToLeft ? QTextOption::RightTab : QTextOption::LeftTab;
        QList<QTextOption::Tab> tabs;
        for (int i = 1; i < columns; ++i)
            tabs.append(QTextOption::Tab(width * i / columns, startsTheCell));
        option.setTabs(tabs);
    }
    slot->setTextOption(option);
    slot->setFormats(fontFormats(index));
    slot->setCacheEnabled(true);

    qreal y = 0;
    slot->beginLayout();
    for (QTextLine line = slot->createLine(); line.isValid(); line = slot->createLine()) {
        line.setLineWidth(width);
        const qreal step = line.height() * m_lineSpacing;
        // The extra leading is split above and below the line so highlights sit centred on the text.
        line.setPosition(QPointF(0, y + (step - line.height()) / 2));
        y += step;
    }
    slot->endLayout();

    const int height = qCeil(topPadding(index) + y + bottomPadding(index));
    const int delta = height - m_heights.value(index);
    m_heights.setValue(index, height);
    m_exact[static_cast<std::size_t>(index)] = true;
    m_laidOut.push_back(index);
    return delta;
}

QTextLayout *ArticleLayout::layout(int index)
{
    ensureLaidOut(index);
    return m_layouts[static_cast<std::size_t>(index)].get();
}

QPointF ArticleLayout::layoutOrigin(int index) const
{
    const ViewBlock &block = m_blocks[index];
    return {block.direction == Qt::RightToLeft ? 0.0 : indentFor(block), topPadding(index)};
}

int ArticleLayout::lineAtY(int index, qreal y) const
{
    const QTextLayout *layout = m_layouts[static_cast<std::size_t>(index)].get();
    if (!layout || layout->lineCount() == 0)
        return -1;
    int result = 0;
    for (int i = 1; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const qreal lineTop = line.y() - (line.height() * m_lineSpacing - line.height()) / 2;
        if (lineTop > y)
            break;
        result = i;
    }
    return result;
}

namespace {

enum class GlyphSpans { Added, Invisible, InLigature };

/**
 * The glyphs of the characters [from, to) as spans of x, for the clusters cursorToX gives no width: at the
 * edge of a run of the other direction (a lone digit or Latin letter in an Arabic line) it returns the edge
 * of the neighbouring run for both sides, and a letter inside a ligature (the alef of لأ) has no glyph of its
 * own: InLigature says so. Format characters (the Arabic letter mark, joiners) and marks add nothing: their
 * glyphs draw no box of their own, though the font may give them an advance that the layout does not use,
 * so every span is also kept inside the line.
 */
GlyphSpans addGlyphSpans(const QString &text, const QTextLine &line, int from, int to, qreal lineLeft,
                         qreal lineRight, std::vector<std::pair<qreal, qreal>> *spans)
{
    bool visible = false;
    for (int i = from; i < to && i < text.size(); ++i) {
        const QChar::Category category = text.at(i).category();
        visible = visible
                  || (category != QChar::Other_Format && category != QChar::Mark_NonSpacing
                      && category != QChar::Mark_Enclosing && !text.at(i).isSpace());
    }
    if (!visible)
        return GlyphSpans::Invisible;
    const size_t before = spans->size();
    const QList<QGlyphRun> runs = line.glyphRuns(from, to - from);
    for (const QGlyphRun &run : runs) {
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        const QList<QPointF> advances = run.rawFont().advancesForGlyphIndexes(glyphs);
        for (qsizetype g = 0; g < glyphs.size() && g < positions.size() && g < advances.size(); ++g) {
            const qreal left = qMax(lineLeft, positions.at(g).x());
            const qreal right = qMin(lineRight, positions.at(g).x() + advances.at(g).x());
            if (right - left >= 0.5)
                spans->emplace_back(left, right);
        }
    }
    return spans->size() > before || from == line.textStart() ? GlyphSpans::Added : GlyphSpans::InLigature;
}

} // namespace

QVector<QRectF> ArticleLayout::rangeRects(int index, int from, int to)
{
    QVector<QRectF> rects;
    QTextLayout *layout = this->layout(index);
    const QPointF origin = layoutOrigin(index);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int start = qMax(from, line.textStart());
        const int end = qMin(to, line.textStart() + line.textLength());
        if (start >= end)
            continue;
        // Each character's visual extent, merged: a range across a bidi boundary gives one rectangle per
        // visual piece, where the characters really are.
        std::vector<std::pair<qreal, qreal>> spans;
        const qreal lineLeft =
            qMin(line.cursorToX(line.textStart()), line.cursorToX(line.textStart() + line.textLength()));
        const qreal lineRight =
            qMax(line.cursorToX(line.textStart()), line.cursorToX(line.textStart() + line.textLength()));
        // Cluster by cluster: cursorToX moves a position inside a cluster (a vowel mark) to the next valid
        // one, which would measure the following letter instead.
        int pos = layout->isValidCursorPosition(start) ? start : layout->previousCursorPosition(start);
        while (pos < end) {
            const int next = layout->nextCursorPosition(pos);
            const qreal a = line.cursorToX(pos, QTextLine::Leading);
            const qreal b = line.cursorToX(pos, QTextLine::Trailing);
            if (qAbs(b - a) >= 0.5) {
                spans.emplace_back(qMin(a, b), qMax(a, b));
            } else if (addGlyphSpans(layout->text(), line, pos, next, lineLeft, lineRight, &spans)
                       == GlyphSpans::InLigature) {
                // A letter drawn by the glyph of the one before (the alef of لأ): that ligature's extent.
                const int previous = layout->previousCursorPosition(pos);
                const qreal c = line.cursorToX(previous, QTextLine::Leading);
                const qreal d = line.cursorToX(previous, QTextLine::Trailing);
                spans.emplace_back(qMin(c, d), qMax(c, d));
            }
            if (next <= pos)
                break;
            pos = next;
        }
        std::sort(spans.begin(), spans.end());
        std::vector<std::pair<qreal, qreal>> merged;
        for (const auto &span : spans) {
            if (!merged.empty() && span.first <= merged.back().second + 0.5)
                merged.back().second = qMax(merged.back().second, span.second);
            else
                merged.push_back(span);
        }
        for (const auto &span : merged) {
            if (span.second - span.first < 0.5)
                continue; // only zero-width marks: nothing visible of their own
            rects.append(QRectF(origin.x() + span.first, origin.y() + line.y(), span.second - span.first,
                                line.height()));
        }
    }
    return rects;
}

void ArticleLayout::draw(QPainter *painter, int index, const QPointF &topLeft,
                         const QVector<QTextLayout::FormatRange> &backgrounds,
                         const QVector<QTextLayout::FormatRange> &selections, const QRectF &clip,
                         const QPalette &palette)
{
    QTextLayout *layout = this->layout(index);
    const ViewBlock &block = m_blocks[index];
    const QPointF origin = topLeft + layoutOrigin(index);
    const bool rtl = block.direction == Qt::RightToLeft;
    const qreal indent = indentFor(block);

    if (block.kind == ViewBlock::Kind::Quote && layout->lineCount() > 0) {
        // A thin bar on the start side, as tall as the quote's lines.
        const QRectF bounds = layout->boundingRect();
        const qreal barX = rtl ? topLeft.x() + m_columnWidth - indent * 0.35 : topLeft.x() + indent * 0.35;
        QColor bar = palette.color(QPalette::Text);
        bar.setAlpha(90);
        painter->fillRect(QRectF(barX - 1.5, origin.y() + bounds.top(), 3, bounds.height()), bar);
    } else if (block.kind == ViewBlock::Kind::ListItem && layout->lineCount() > 0
               && !(joinsOf(index) & LongBlockSplitter::JoinsPrevious)) { // one bullet per item
        const QTextLine first = layout->lineAt(0);
        const qreal radius = qMax<qreal>(2, em() * 0.16);
        const qreal cx =
            rtl ? topLeft.x() + m_columnWidth - indent + em() * 0.6 : topLeft.x() + indent - em() * 0.6;
        const qreal cy = origin.y() + first.y() + first.ascent() - em() * 0.3;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Text));
        painter->drawEllipse(QPointF(cx, cy), radius, radius);
        painter->restore();
    }
    if (!backgrounds.isEmpty()) {
        // QTextLayout::draw paints the text, then each selection's region, then the text again inside it:
        // with translucent highlights that would draw glyphs twice (bolder under a highlight). So the
        // highlights' regions - bidi-correct, per visual piece - are painted with invisible text, and the
        // text drawn once.
        QVector<QTextLayout::FormatRange> invisible = backgrounds;
        for (QTextLayout::FormatRange &range : invisible)
            range.format.setForeground(QColor(Qt::transparent));
        painter->setPen(QColor(Qt::transparent));
        layout->draw(painter, origin, invisible, clip);
    }
    if (block.kind == ViewBlock::Kind::TableRow)
        drawTableRow(painter, index, topLeft, palette);
    painter->setPen(palette.color(QPalette::Text));
    // Links first, so the user's selection is drawn over them.
    QVector<QTextLayout::FormatRange> overlays = linkFormats(index, palette);
    overlays += selections;
    layout->draw(painter, origin, overlays, clip);
}

void ArticleLayout::drawTableRow(QPainter *painter, int index, const QPointF &topLeft,
                                 const QPalette &palette)
{
    const ViewBlock &block = m_blocks[index];
    const QRectF row(topLeft.x(), topLeft.y(), m_columnWidth, m_heights.value(index) - bottomPadding(index));
    QColor line = palette.color(QPalette::Text);
    line.setAlpha(60);
    if (block.level > 0) { // a header row: shaded, as browsers' default table style is not
        QColor shade = palette.color(QPalette::Text);
        shade.setAlpha(18);
        painter->fillRect(row, shade);
    }
    painter->fillRect(QRectF(row.left(), row.bottom() - 1, row.width(), 1), line);
}

std::pair<int, int> ArticleLayout::spansOf(int index) const
{
    if (m_spanStarts.empty() || index < 0 || index >= m_blocks.size())
        return {0, 0};
    const ViewBlock &block = m_blocks[index];
    const auto first = std::lower_bound(m_spanStarts.begin(), m_spanStarts.end(), block.start);
    const auto last = std::lower_bound(first, m_spanStarts.end(), block.end());
    return {int(first - m_spanStarts.begin()), int(last - m_spanStarts.begin())};
}

const ViewSpan *ArticleLayout::linkAt(int position) const
{
    const int index = blockForPosition(position);
    if (index < 0)
        return nullptr;
    const auto [first, last] = spansOf(index);
    const ViewSpan *found = nullptr;
    for (int i = first; i < last; ++i) {
        const ViewSpan &span = m_spans[i];
        // Nested links are not valid HTML; if a page has them anyway, the innermost (shortest) wins.
        if (span.kind == ViewSpan::Kind::Link && span.start <= position && position < span.end()
            && (!found || span.length < found->length))
            found = &span;
    }
    return found;
}

QVector<QTextLayout::FormatRange> ArticleLayout::fontFormats(int index) const
{
    QVector<QTextLayout::FormatRange> formats;
    const ViewBlock &block = m_blocks[index];
    const QStringView text = QStringView(*m_text).mid(block.start, block.length);
    const auto [first, last] = spansOf(index);
    for (int i = first; i < last; ++i) {
        const ViewSpan &span = m_spans[i];
        if (span.kind == ViewSpan::Kind::Link)
            continue;
        int start = std::clamp(span.start - block.start, 0, int(text.size()));
        int end = std::clamp(span.end() - block.start, start, int(text.size()));
        while (start > 0 && isWordCharacter(text[start - 1]) && isWordCharacter(text[start]))
            --start;
        while (end < text.size() && end > 0 && isWordCharacter(text[end - 1]) && isWordCharacter(text[end]))
            ++end;
        QTextCharFormat format;
        switch (span.kind) {
        case ViewSpan::Kind::Emphasis:
            // Arabic fonts have no italic: Qt slants the glyphs (a synthetic oblique), as browsers do.
            format.setFontItalic(true);
            break;
        case ViewSpan::Kind::Strong:
            format.setFontWeight(QFont::Bold);
            break;
        case ViewSpan::Kind::Code:
            format.setFontFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
            format.setFontFixedPitch(true);
            break;
        case ViewSpan::Kind::Link:
            break;
        }
        if (end > start)
            formats.append({start, end - start, format});
    }
    return formats;
}

QVector<QTextLayout::FormatRange> ArticleLayout::linkFormats(int index, const QPalette &palette) const
{
    QVector<QTextLayout::FormatRange> formats;
    const ViewBlock &block = m_blocks[index];
    const auto [first, last] = spansOf(index);
    for (int i = first; i < last; ++i) {
        const ViewSpan &span = m_spans[i];
        if (span.kind != ViewSpan::Kind::Link)
            continue;
        QTextCharFormat format;
        format.setForeground(palette.brush(QPalette::Link));
        format.setFontUnderline(true);
        formats.append({span.start - block.start, span.length, format});
    }
    return formats;
}

void ArticleLayout::trimCache(int center)
{
    if (m_laidOut.size() <= MaxLiveLayouts)
        return;
    std::sort(m_laidOut.begin(), m_laidOut.end(),
              [center](int a, int b) { return std::abs(a - center) < std::abs(b - center); });
    for (std::size_t i = LayoutsKeptOnTrim; i < m_laidOut.size(); ++i)
        m_layouts[static_cast<std::size_t>(m_laidOut[i])].reset(); // the height stays exact
    m_laidOut.resize(LayoutsKeptOnTrim);
}

int ArticleLayout::lineStep() const
{
    return qCeil(m_lineHeight.empty() ? 20 : m_lineHeight[0] * m_lineSpacing);
}

} // namespace hashiya
