#include "library/searchsnippet.h"

#include <algorithm>

namespace hashiya {

namespace {

// A cut here would separate a letter from its marks or split a surrogate pair.
bool insideCluster(const QString &text, int pos)
{
    if (pos <= 0 || pos >= text.size())
        return false;
    const QChar c = text.at(pos);
    return c.isLowSurrogate() || c.category() == QChar::Mark_NonSpacing
           || c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing;
}

} // namespace

SearchSnippet::SearchSnippet(const QString &source, const TextMatch &focus, const QVector<TextMatch> &matches)
{
    const int size = int(source.size());
    const int focusStart = std::clamp(focus.start, 0, size);
    const int focusEnd = std::clamp(focus.end, focusStart, size);
    int from = std::max(0, focusStart - context);
    int to = std::min(size, focusEnd + context);

    if (from > 0) {
        int space = from;
        while (space < focusStart && !source.at(space).isSpace())
            ++space;
        if (space < focusStart)
            from = space + 1;
        else
            while (insideCluster(source, from))
                --from;
    }
    if (to < size) {
        int space = to;
        while (space > focusEnd && !source.at(space - 1).isSpace())
            --space;
        if (space > focusEnd)
            to = space - 1;
        else
            while (insideCluster(source, to))
                ++to;
    }
    while (from < focusStart && source.at(from).isSpace())
        ++from;
    while (to > focusEnd && source.at(to - 1).isSpace())
        --to;

    const bool cutBefore = from > 0;
    const bool cutAfter = to < size;
    QString excerpt = source.mid(from, to - from);
    // One line: line breaks and tabs become spaces, one for one, so offsets stay valid.
    for (QChar &c : excerpt) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    const int shift = cutBefore ? 1 : 0;
    m_text = (cutBefore ? QStringLiteral("…") : QString()) % excerpt
             % (cutAfter ? QStringLiteral("…") : QString());
    for (const TextMatch &m : matches) {
        const int start = std::max(m.start, from);
        const int end = std::min(m.end, to);
        if (start < end)
            m_matches.append({start - from + shift, end - from + shift});
    }
}

} // namespace hashiya
