#include "text/textfinder.h"

#include "text/foldtable.h"

#include <QStringMatcher>

#include <unicode/ubrk.h>

#include <algorithm>
#include <array>
#include <mutex>

namespace hashiya {

// What the copies of one finder share: the text, its folded keys per option set and one word-boundary
// iterator whose text is set once, when whole words are first asked for.
class TextFinder::Cache final
{
public:
    explicit Cache(QString text)
        : m_text(std::move(text))
    {}
    Q_DISABLE_COPY_MOVE(Cache)
    ~Cache()
    {
        if (m_words)
            ubrk_close(m_words);
    }

    const QString &text() const { return m_text; }

    std::shared_ptr<const FoldedText> folded(const FoldOptions &options)
    {
        const int which = (options.exactMarksAndHamza ? 1 : 0) | (options.foldTaaMarbuta ? 2 : 0);
        const std::lock_guard lock(m_mutex);
        if (!m_folded[which])
            m_folded[which] = std::make_shared<const FoldedText>(TextFolder::fold(m_text, options));
        return m_folded[which];
    }

    bool isWord(int start, int end)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_words) {
            UErrorCode status = U_ZERO_ERROR;
            m_words = ubrk_open(UBRK_WORD, "", reinterpret_cast<const UChar *>(m_text.utf16()),
                                int32_t(m_text.size()), &status);
            if (U_FAILURE(status)) {
                if (m_words)
                    ubrk_close(m_words);
                m_words = nullptr;
                return true; // without ICU's rules every match counts, rather than none
            }
        }
        return ubrk_isBoundary(m_words, start) && ubrk_isBoundary(m_words, end);
    }

private:
    const QString m_text;
    std::mutex m_mutex;
    std::array<std::shared_ptr<const FoldedText>, 4> m_folded;
    UBreakIterator *m_words = nullptr;
};

TextFinder::TextFinder(QString text)
    : m_cache(std::make_shared<Cache>(std::move(text)))
{}

const QString &TextFinder::text() const
{
    return m_cache->text();
}

std::shared_ptr<const FoldedText> TextFinder::folded(const FoldOptions &options) const
{
    return m_cache->folded(options);
}

QVector<TextMatch> TextFinder::findAll(const QString &query, const FindOptions &options) const
{
    FoldOptions foldOptions;
    foldOptions.exactMarksAndHamza = options.exactMarksAndHamza;
    foldOptions.foldTaaMarbuta = options.foldTaaMarbuta;
    const QStringList needles = TextFolder::queryKeys(query, foldOptions);
    if (needles.constFirst().isEmpty())
        return {};
    const std::shared_ptr<const FoldedText> folded = m_cache->folded(foldOptions);
    const QString &key = folded->key;

    // Every place a key of the query occurs, in key order (longest first at one place).
    QVector<std::pair<qsizetype, qsizetype>> candidates;
    for (const QString &needle : needles) {
        const QStringMatcher matcher(needle);
        for (qsizetype at = matcher.indexIn(key, 0); at >= 0; at = matcher.indexIn(key, at + 1))
            candidates.append({at, at + needle.size()});
    }
    if (needles.size() > 1) {
        std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
    }

    QVector<TextMatch> matches;
    int previousEnd = 0;
    for (const auto &[at, keyEnd] : candidates) {
        // Exact marks: a bare letter does not match the same letter carrying a mark (ا in أ = ا + ◌ٔ, e in é).
        if (options.exactMarksAndHamza && keyEnd < key.size() && FoldTable::isMark(key[keyEnd].unicode()))
            continue;
        const auto [start, end] = folded->sourceRange(int(at), int(keyEnd));
        // Two key matches inside one original unit (s in ß → ss) or overlapping ones: the first wins.
        if (start < previousEnd)
            continue;
        if (options.wholeWords && !m_cache->isWord(start, end))
            continue;
        matches.append({start, end});
        previousEnd = end;
    }
    return matches;
}

} // namespace hashiya
