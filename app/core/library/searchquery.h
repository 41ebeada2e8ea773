#pragma once

#include "text/textfinder.h"

#include <QString>
#include <QVector>

namespace hashiya {

/**
 * A library search as the user typed it, made safe for FTS5. Double-quoted phrases and a trailing `*`
 * (prefix) keep their meaning; everything else is literal text: each term is folded and quoted, so a stray
 * quote or parenthesis, AND / OR / NOT / NEAR, `-`, `^` or `column:` can never make a syntax error. Terms are
 * ANDed. It also finds the query's matches in original (unfolded) text, for hit offsets and snippets.
 */
class SearchQuery final
{
public:
    /// One term or phrase: `text` as the user typed it (for TextFinder), `folded` as the index holds it.
    struct Term {
        QString text;
        QString folded;
        bool prefix = false;
        bool phrase = false;
    };

    explicit SearchQuery(const QString &userText);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QVector<Term> &terms() const { return m_terms; }
    /// The FTS5 MATCH expression; empty when nothing searchable was typed.
    QString matchExpression() const;

    /// Every match of any term in `text` (as searched by `finder`), sorted and merged. Matches on word
    /// boundaries are preferred, as the index matches whole words (or word starts, for a prefix).
    QVector<TextMatch> matchesIn(const TextFinder &finder, const QString &text) const;

private:
    void addTerm(const QString &text, bool prefix, bool phrase);

    QVector<Term> m_terms;
};

} // namespace hashiya
