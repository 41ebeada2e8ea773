#pragma once

#include "article/article.h"
#include "fuzzcheck.h"

#include <algorithm>
#include <iterator>

namespace hashiya::fuzz {

/** Article's documented invariants: blocks in text order, inside the text, never holding a '\n'; spans
 *  sorted and each inside one block. Shared by the HTML and Markdown targets. */
inline void checkArticle(const Article &article)
{
    const QString &text = article.text;
    int previousEnd = 0;
    for (const ArticleBlock &block : article.blocks) {
        FUZZ_CHECK(block.start >= previousEnd);
        FUZZ_CHECK(block.length >= 0);
        FUZZ_CHECK(block.end() <= text.size());
        FUZZ_CHECK(int(block.kind) >= 0 && int(block.kind) <= ArticleBlock::LastKind);
        FUZZ_CHECK(!QStringView(text).mid(block.start, block.length).contains(u'\n'));
        previousEnd = block.end();
    }
    int previousStart = 0;
    for (const InlineSpan &span : article.spans) {
        FUZZ_CHECK(span.start >= previousStart);
        FUZZ_CHECK(span.length >= 0 && span.end() <= text.size());
        // The last block starting at or before the span must hold all of it.
        const auto after = std::upper_bound(article.blocks.cbegin(), article.blocks.cend(), span.start,
                                            [](int start, const ArticleBlock &b) { return start < b.start; });
        FUZZ_CHECK(after != article.blocks.cbegin());
        FUZZ_CHECK(span.end() <= std::prev(after)->end());
        previousStart = span.start;
    }
}

} // namespace hashiya::fuzz
