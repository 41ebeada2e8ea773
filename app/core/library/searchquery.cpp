#include "library/searchquery.h"

#include "library/searchindexer.h"
#include "library/searchstemmer.h"
#include "text/textfolder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

char32_t codePointBefore(const QString &text, int pos)
{
    const char16_t low = text.at(pos - 1).unicode();
    if (QChar::isLowSurrogate(low) && pos >= 2 && QChar::isHighSurrogate(text.at(pos - 2).unicode()))
        return QChar::surrogateToUcs4(text.at(pos - 2).unicode(), low);
    return low;
}

char32_t codePointAt(const QString &text, int pos)
{
    const char16_t high = text.at(pos).unicode();
    if (QChar::isHighSurrogate(high) && pos + 1 < text.size()
        && QChar::isLowSurrogate(text.at(pos + 1).unicode()))
        return QChar::surrogateToUcs4(high, text.at(pos + 1).unicode());
    return high;
}

// Marks belong to their letter: a match that stops before a harakah is not at a word's end.
bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
           || QChar::category(c) == QChar::Mark_SpacingCombining;
}

bool startsWord(const QString &text, int pos)
{
    return pos <= 0 || !isWordCharacter(codePointBefore(text, pos));
}

bool endsWord(const QString &text, int pos)
{
    return pos >= text.size() || !isWordCharacter(codePointAt(text, pos));
}

// TextFinder looks for the term as typed: punctuation around it ("(كتاب") would hide a match the index found.
QString trimmedToWord(const QString &text)
{
    int from = 0;
    int to = int(text.size());
    while (from < to && !isWordCharacter(codePointAt(text, from)))
        from += QChar::isHighSurrogate(text.at(from).unicode()) ? 2 : 1;
    while (to > from && !isWordCharacter(codePointBefore(text, to)))
        to -= QChar::isLowSurrogate(text.at(to - 1).unicode()) ? 2 : 1;
    return text.mid(from, std::max(0, to - from));
}

int wordStartBefore(const QString &text, int pos)
{
    while (pos > 0 && isWordCharacter(codePointBefore(text, pos)))
        pos -= pos >= 2 && QChar::isLowSurrogate(text.at(pos - 1).unicode()) ? 2 : 1;
    return pos;
}

int wordEndAfter(const QString &text, int pos)
{
    while (pos < text.size() && isWordCharacter(codePointAt(text, pos)))
        pos += QChar::isHighSurrogate(text.at(pos).unicode()) && pos + 1 < text.size() ? 2 : 1;
    return pos;
}

QString quoted(const QString &key, bool prefix)
{
    QString escaped = key;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' % escaped % u'"' % (prefix ? u"*"_s : QString());
}

// ل before the article drops its alef (ل + الحكومة = للحكومة): where الحكومة is written that way, the text
// holds لحكومة after the first lam.
QStringList elidedArticleKeys(const QStringList &keys)
{
    QStringList elided;
    for (const QString &key : keys) {
        if (key.size() >= 4 && key.startsWith(u"ال"_s))
            elided.append(u'ل' % QStringView(key).mid(2));
    }
    return elided;
}

} // namespace

SearchQuery::SearchQuery(const QString &userText)
{
    const int size = int(userText.size());
    int i = 0;
    while (i < size) {
        const QChar c = userText.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'"') {
            // A phrase runs to the next quote, or to the end when the user has not closed it yet.
            int close = int(userText.indexOf(u'"', i + 1));
            if (close < 0)
                close = size;
            const QString phrase = userText.mid(i + 1, close - i - 1);
            i = std::min(size, close + 1);
            bool prefix = false;
            while (i < size && userText.at(i) == u'*') {
                prefix = true;
                ++i;
            }
            addTerm(phrase, prefix, true);
        } else {
            int end = i;
            while (end < size && !userText.at(end).isSpace() && userText.at(end) != u'"')
                ++end;
            QString term = userText.mid(i, end - i);
            i = end;
            bool prefix = false;
            while (term.endsWith(u'*')) {
                term.chop(1);
                prefix = true;
            }
            addTerm(term, prefix, false);
        }
    }
}

void SearchQuery::addTerm(const QString &text, bool prefix, bool phrase)
{
    Term term;
    term.text = trimmedToWord(text.simplified());
    term.keys = TextFolder::queryKeys(text.simplified());
    term.prefix = prefix;
    term.phrase = phrase;
    // Only punctuation, marks or an operator character: nothing the index could match, so nothing to ask.
    if (!SearchIndexer::hasWordCharacter(term.keys.constFirst()))
        return;
    m_terms.append(term);
}

QString SearchQuery::matchExpression() const
{
    QStringList parts;
    for (const Term &term : m_terms) {
        // A phrase is the words as written (`body`); a word is also looked up among the stripped forms.
        QStringList spellings;
        for (const QString &key : term.keys)
            spellings.append((term.phrase ? u"body : "_s : QString()) % quoted(key, term.prefix));
        parts.append(spellings.size() == 1 ? spellings.constFirst()
                                           : u'(' % spellings.join(u" OR "_s) % u')');
    }
    return parts.join(u' ');
}

bool SearchQuery::behindProclitics(const Term &term, const QString &text, const TextMatch &match,
                                   TextMatch *word) const
{
    if (term.phrase || (!term.prefix && !endsWord(text, match.end)))
        return false;
    const int start = wordStartBefore(text, match.start);
    if (start == match.start)
        return false;
    const int end = wordEndAfter(text, match.start);
    const QStringList forms =
        SearchStemmer::strippedForms(TextFolder::foldKey(QStringView(text).mid(start, end - start)));
    const bool found = std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) {
        return std::any_of(term.keys.cbegin(), term.keys.cend(), [&](const QString &key) {
            return term.prefix ? form.startsWith(key) : form == key;
        });
    });
    if (found)
        *word = {start, match.end};
    return found;
}

QVector<TextMatch> SearchQuery::matchesIn(const TextFinder &finder, const QString &text) const
{
    QVector<TextMatch> all;
    for (const Term &term : m_terms) {
        if (term.text.isEmpty())
            continue;
        const QVector<TextMatch> found = finder.findAll(term.text);
        QVector<TextMatch> onWords;
        TextMatch word;
        for (const TextMatch &m : found) {
            if (startsWord(text, m.start) && (term.prefix || endsWord(text, m.end)))
                onWords.append(m);
            else if (behindProclitics(term, text, m, &word))
                onWords.append(word);
        }
        if (!term.phrase) {
            for (const QString &elided : elidedArticleKeys(term.keys)) {
                for (const TextMatch &m : finder.findAll(elided)) {
                    if (!startsWord(text, m.start) && behindProclitics(term, text, m, &word))
                        onWords.append(word);
                }
            }
        }
        all += onWords.isEmpty() ? found : onWords;
    }
    std::sort(all.begin(), all.end(), [](const TextMatch &a, const TextMatch &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    QVector<TextMatch> merged;
    for (const TextMatch &m : std::as_const(all)) {
        if (!merged.isEmpty() && m.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, m.end);
        else
            merged.append(m);
    }
    return merged;
}

} // namespace hashiya
