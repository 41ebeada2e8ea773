#pragma once

#include "viewblock.h"

#include <QString>
#include <QVector>

#include <cstdint>
#include <vector>

namespace hashiya {

/**
 * Cuts over-long blocks into pieces the article view can lay out quickly. QTextLayout shapes and breaks a
 * block as one unit, so a paragraph of five million characters (a file with no line breaks) would take
 * seconds to show its first screen. The pieces exist only in the view: the text is unchanged, every piece
 * keeps its block's kind, level and direction, and the layout draws the pieces of one block without the
 * spacing between paragraphs.
 */
class LongBlockSplitter final
{
public:
    /// How a piece joins its neighbours: bits of the per-block flags the layout keeps.
    enum Join : std::uint8_t { JoinsNone = 0, JoinsPrevious = 1, JoinsNext = 2 };

    /// Blocks longer than this are cut; each piece is at most this long and, where the text allows, at least
    /// MinimumPieceLength.
    static constexpr int MaximumPieceLength = 4000;
    static constexpr int MinimumPieceLength = 2000;

    struct Result {
        QVector<ViewBlock> blocks;
        std::vector<std::uint8_t> joins; // one Join set per block; all JoinsNone when nothing was cut
    };

    static Result split(const QString &text, const QVector<ViewBlock> &blocks);

    /// Where a piece starting at `start` should end, for a block ending at `end` (> start +
    /// MaximumPieceLength): after a line separator, else after a sentence, else after a space, else at a
    /// grapheme boundary. Never inside a surrogate pair or before a combining mark.
    static int cutPosition(const QString &text, int start, int end);
};

} // namespace hashiya
