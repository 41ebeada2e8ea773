#pragma once

// Fuzz target: a saved web page → ArticleLoader::loadBytes with a .html name: decoding, then HtmlImporter
// (libxml2 in reader mode, content finding, block walking, inline spans, link resolution).
#include "article/articleloader.h"
#include "articlechecks.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace hashiya::fuzz {

using namespace Qt::StringLiterals;

/// Runs one input through the html target's code path, checking its invariants (FUZZ_CHECK).
inline void fuzzHtml(const QByteArray &input)
{
    const LoadResult result = ArticleLoader::loadBytes(input, u"/fuzz/saved/page.html"_s);
    if (result.ok()) {
        FUZZ_CHECK(result.article.mediaType == u"text/html"_s);
        fuzz::checkArticle(result.article);
    }
}

} // namespace hashiya::fuzz
