#pragma once

#include "text/textfinder.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace hashiya {

/**
 * A library search as the user typed it, made safe for FTS5. Double-quoted phrases and a trailing `*`
 * (prefix) keep their meaning; everything else is literal text: each term is folded and quoted, so a stray
 * quote or parenthesis, AND / OR / NOT / NEAR, `-`, `^` or `column:` can never make a syntax error. Terms are
 * ANDed; each term is the OR of its hamza-seat spellings (TextFolder::queryKeys: مسؤولية and مسئولية).
 * A word matches the words as written and their forms without Arabic proclitics (the index's `stems` column:
 * الحكومة finds والحكومة); a quoted phrase matches the words as written only. The query itself is never
 * stripped. It also finds the query's matches in original (unfolded) text, for hit offsets and snippets.
 */
class SearchQuery final
{
public:
    /// One term or phrase: `text` as the user typed it (for TextFinder), `keys` its spellings as the index
    /// holds them, the folded text first.
    struct Term {
        QString text;
        QStringList keys;
        bool prefix = false;
        bool phrase = false;
    };

    explicit SearchQuery(const QString &userText);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QVector<Term> &terms() const { return m_terms; }
    /// The FTS5 MATCH expression; empty when nothing searchable was typed.
    QString matchExpression() const;

    /// Every match of any term in `text` (as searched by `finder`), sorted and merged. Matches on word
    /// boundaries are preferred, as the index matches whole words (or word starts, for a prefix); a word
    /// found behind proclitics (الحكومة in والحكومة or للحكومة) is marked whole, its clitics included.
    QVector<TextMatch> matchesIn(const TextFinder &finder, const QString &text) const;

private:
    void addTerm(const QString &text, bool prefix, bool phrase);
    /// Whether `match` ends a word whose forms without proclitics include the term; `word` is then the
    /// whole word up to the match's end.
    bool behindProclitics(const Term &term, const QString &text, const TextMatch &match,
                          TextMatch *word) const;

    QVector<Term> m_terms;
};

} // namespace hashiya
