#pragma once

#include "article/article.h"

#include <QString>
#include <QVector>

namespace hashiya {

/**
 * The structure of an article as the library stores it beside the text: its blocks and inline spans, as
 * JSON. The form written is an object {"blocks": [...], "spans": [...]}; the older bare array of blocks is
 * still read. What is read is untrusted: whatever does not fit the text is dropped.
 */
class ArticleStructure final
{
public:
    /** Compact JSON of the article's blocks and spans. */
    static QString toJson(const Article &article);
    /** Reads either form into `blocks` and `spans` (either may be null), keeping only blocks in text order
     * inside [0, textLength) and spans inside one of those blocks, sorted by start. */
    static void fromJson(const QString &json, int textLength, QVector<ArticleBlock> *blocks,
                         QVector<InlineSpan> *spans);
};

} // namespace hashiya
