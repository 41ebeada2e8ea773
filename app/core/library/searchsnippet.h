#pragma once

#include "text/textfinder.h"

#include <QString>
#include <QVector>

#include <utility>

namespace hashiya {

/**
 * A one-line excerpt of original text around a match: about 40 characters either side, cut at white space
 * where there is some (never inside a letter's marks or a surrogate pair), "…" where text was left out, and
 * the query's matches inside it for the UI to mark.
 */
class SearchSnippet final
{
public:
    static constexpr int context = 40;

    /// `focus` is the match to centre on; `matches` are all matches in `source` (sorted), to be marked.
    SearchSnippet(const QString &source, const TextMatch &focus, const QVector<TextMatch> &matches);

    QString text() const { return m_text; }
    QVector<std::pair<int, int>> matches() const { return m_matches; }

private:
    QString m_text;
    QVector<std::pair<int, int>> m_matches;
};

} // namespace hashiya
