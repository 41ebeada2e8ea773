#include "longblocksplitter.h"

#include <QTextBoundaryFinder>

namespace hashiya {

namespace {

bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u';':
    case 0x061F: // ؟ Arabic question mark
    case 0x061B: // ؛ Arabic semicolon
    case 0x06D4: // ۔ Urdu full stop
    case 0x2026: // …
        return true;
    default:
        return false;
    }
}

bool closesQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c.unicode() == 0x00BB || c.unicode() == 0x201D
           || c.unicode() == 0x2019;
}

/// True when the space at `i` follows a sentence's end (possibly after closing quotes).
bool afterSentence(const QString &text, int i, int floor)
{
    int j = i - 1;
    while (j > floor && closesQuote(text[j]))
        --j;
    return j >= floor && endsSentence(text[j]);
}

} // namespace

int LongBlockSplitter::cutPosition(const QString &text, int start, int end)
{
    const int ceiling = qMin(end, start + MaximumPieceLength); // the piece is [start, cut), cut <= ceiling
    const int floor = start + MinimumPieceLength;
    // One backward pass finds the best break of each kind; only the last 2000 characters are looked at.
    int space = -1;
    int sentence = -1;
    for (int i = ceiling - 1; i >= floor; --i) {
        const QChar c = text[i];
        if (c == QChar::LineSeparator)
            return i + 1; // already a visible line break: cutting here changes nothing on screen
        if (!c.isSpace())
            continue;
        if (sentence < 0 && afterSentence(text, i, floor))
            sentence = i + 1;
        if (space < 0)
            space = i + 1;
    }
    if (sentence > 0)
        return sentence;
    if (space > 0)
        return space;
    // No space in 2000 characters: cut between two graphemes, so no letter loses its marks.
    const int windowStart = qMax(start, ceiling - 64);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme,
                               QStringView(text).mid(windowStart, ceiling - windowStart + 1).toString());
    finder.setPosition(ceiling - windowStart);
    const qsizetype boundary = finder.isAtBoundary() ? ceiling - windowStart : finder.toPreviousBoundary();
    const int cut = boundary > 0 ? windowStart + int(boundary) : ceiling;
    return cut > start ? cut : ceiling;
}

LongBlockSplitter::Result LongBlockSplitter::split(const QString &text, const QVector<ViewBlock> &blocks)
{
    Result result;
    bool anyLong = false;
    for (const ViewBlock &block : blocks)
        anyLong = anyLong || block.length > MaximumPieceLength;
    if (!anyLong) {
        result.blocks = blocks;
        result.joins.assign(static_cast<std::size_t>(blocks.size()), JoinsNone);
        return result;
    }
    result.blocks.reserve(blocks.size());
    for (const ViewBlock &block : blocks) {
        int start = block.start;
        const int end = block.end();
        std::uint8_t join = JoinsNone;
        while (end - start > MaximumPieceLength) {
            const int cut = cutPosition(text, start, end);
            ViewBlock piece = block;
            piece.start = start;
            piece.length = cut - start;
            result.blocks.append(piece);
            result.joins.push_back(join | JoinsNext);
            join = JoinsPrevious;
            start = cut;
        }
        ViewBlock last = block;
        last.start = start;
        last.length = end - start;
        result.blocks.append(last);
        result.joins.push_back(join);
    }
    return result;
}

} // namespace hashiya
