#pragma once

#include "articleview/viewblock.h"
#include "printhighlight.h"

#include <QString>
#include <QVector>

#include <utility>

namespace hashiya {

/**
 * The article's text with the note numbers put in, as superscript digits right after the end of the word
 * each noted highlight ends in, so a number never splits a word and never breaks Arabic joining. Keeps the
 * map from the original offsets to the printed ones.
 */
class NoteMarkers final
{
public:
    /// `blocks` sorted, non-overlapping; highlights in any order.
    void build(const QString &text, const QVector<ViewBlock> &blocks,
               const QVector<PrintHighlight> &highlights);

    const QString &text() const { return m_text; }
    /// Where an original position lands: `before` puts it before a number inserted at it (a range's end),
    /// otherwise after (a range's start, a block's bounds).
    int map(int position, bool before = false) const;
    /// The printed range [start, end) of note `number`'s mark; empty when the note has none.
    std::pair<int, int> markerRange(int number) const;

    /// "¹²" for 12: digits that need no font change to sit high.
    static QString superscript(int number);

private:
    struct Insertion {
        int position = 0; // in the original text
        int total = 0;    // units inserted at this and earlier positions
    };
    QString m_text;
    QVector<Insertion> m_insertions;
    QVector<std::pair<int, std::pair<int, int>>> m_markers; // note number → printed range
};

} // namespace hashiya
