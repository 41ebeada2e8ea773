#pragma once

// Fuzz target: a Markdown file → ArticleLoader::loadBytes with a .md name: decoding, then Qt's Markdown
// reader (md4c in QTextDocument) and QTextDocumentImporter, which needs a QGuiApplication.
#include "article/articleloader.h"
#include "articlechecks.h"
#include "fuzzcheck.h"

#include <QGuiApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace hashiya::fuzz {

using namespace Qt::StringLiterals;

/// Runs one input through the markdown target's code path, checking its invariants (FUZZ_CHECK).
inline void fuzzMarkdown(const QByteArray &input)
{
    const LoadResult result = ArticleLoader::loadBytes(input, u"/fuzz/notes.md"_s);
    if (result.ok()) {
        FUZZ_CHECK(result.article.mediaType == u"text/markdown"_s);
        fuzz::checkArticle(result.article);
    }
}

} // namespace hashiya::fuzz
