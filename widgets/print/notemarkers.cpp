#include "print/notemarkers.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <map>

namespace hashiya {

namespace {

/// The word end at or after `position` inside [blockStart, blockEnd): a number put there never splits a word
/// (nor a letter from its vowel marks).
int wordEndFrom(const QString &text, int position, int blockStart, int blockEnd)
{
    if (position >= blockEnd || position <= blockStart)
        return std::clamp(position, blockStart, blockEnd);
    const QString block = text.mid(blockStart, blockEnd - blockStart);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, block);
    finder.setPosition(position - blockStart);
    // Word boundaries never fall between a letter and its marks, so a boundary is a safe place.
    if (finder.isAtBoundary())
        return position;
    const qsizetype next = finder.toNextBoundary();
    return next < 0 ? blockEnd : blockStart + int(next);
}

} // namespace

QString NoteMarkers::superscript(int number)
{
    static const char16_t digits[] = {u'\u2070', u'\u00B9', u'\u00B2', u'\u00B3', u'\u2074',
                                      u'\u2075', u'\u2076', u'\u2077', u'\u2078', u'\u2079'};
    QString result;
    for (const QChar c : QString::number(number))
        result.append(QChar(digits[c.unicode() - u'0']));
    return result;
}

void NoteMarkers::build(const QString &text, const QVector<ViewBlock> &blocks,
                        const QVector<PrintHighlight> &highlights)
{
    m_insertions.clear();
    m_markers.clear();
    // Original position → the note numbers to put there, in the order they are met.
    std::map<int, QVector<int>> at;
    for (const PrintHighlight &highlight : highlights) {
        if (highlight.noteNumber <= 0 || highlight.end <= highlight.start || highlight.end > text.size())
            continue;
        // The block the highlight's last character lies in bounds where its number may go.
        const auto block =
            std::upper_bound(blocks.cbegin(), blocks.cend(), highlight.end - 1,
                             [](int position, const ViewBlock &b) { return position < b.start; });
        int blockStart = 0;
        int blockEnd = int(text.size());
        if (block != blocks.cbegin()) {
            blockStart = std::prev(block)->start;
            blockEnd = std::prev(block)->end();
        }
        at[wordEndFrom(text, highlight.end, blockStart, blockEnd)].append(highlight.noteNumber);
    }

    m_text.clear();
    m_text.reserve(text.size() + qsizetype(at.size()) * 3);
    int copied = 0;
    int total = 0;
    for (auto &[position, numbers] : at) {
        std::sort(numbers.begin(), numbers.end());
        m_text += QStringView(text).mid(copied, position - copied);
        copied = position;
        for (int i = 0; i < numbers.size(); ++i) {
            if (i > 0)
                m_text += u'\u02D2'; // a raised comma-like mark between numbers at the same place
            const int from = int(m_text.size());
            m_text += superscript(numbers[i]);
            m_markers.append({numbers[i], {from, int(m_text.size())}});
        }
        total = int(m_text.size()) - position;
        m_insertions.append({position, total});
    }
    m_text += QStringView(text).mid(copied);
}

int NoteMarkers::map(int position, bool before) const
{
    // The insertions at positions < position (before) or <= position (after) shift it.
    const auto it = before ? std::lower_bound(m_insertions.cbegin(), m_insertions.cend(), position,
                                              [](const Insertion &i, int p) { return i.position < p; })
                           : std::upper_bound(m_insertions.cbegin(), m_insertions.cend(), position,
                                              [](int p, const Insertion &i) { return p < i.position; });
    return it == m_insertions.cbegin() ? position : position + std::prev(it)->total;
}

std::pair<int, int> NoteMarkers::markerRange(int number) const
{
    for (const auto &[n, range] : m_markers) {
        if (n == number)
            return range;
    }
    return {0, 0};
}

} // namespace hashiya
