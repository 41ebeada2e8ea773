#pragma once

#include "text/textfolder.h"

#include <QString>
#include <QVector>

#include <memory>

namespace hashiya {

struct TextMatch {
    int start = 0; // UTF-16 offsets into the ORIGINAL text
    int end = 0;
};

inline bool operator==(const TextMatch &a, const TextMatch &b)
{
    return a.start == b.start && a.end == b.end;
}

struct FindOptions {
    bool exactMarksAndHamza = false;
    bool wholeWords = false; // a match must start and end on ICU word boundaries of the original text
    bool foldTaaMarbuta = false;
};

/**
 * Folded find over one text: folds the text once per option set (cached), then each query is a substring
 * search of the folded key, mapped back to exact original ranges. A bare query inside vocalised text matches
 * the whole vocalised letters, marks included. Matches never overlap in the original and come in text order.
 *
 * Copies share the text, the folded keys and the word-boundary iterator (the text never changes), so a copy
 * is cheap and keeps the cache warm; findAll may be called from several threads.
 */
class TextFinder final
{
public:
    explicit TextFinder(QString text);

    const QString &text() const;
    QVector<TextMatch> findAll(const QString &query, const FindOptions &options = {}) const;

    /** The folded text for these options, folded on first use and kept. */
    std::shared_ptr<const FoldedText> folded(const FoldOptions &options) const;

private:
    class Cache;
    std::shared_ptr<Cache> m_cache;
};

} // namespace hashiya
