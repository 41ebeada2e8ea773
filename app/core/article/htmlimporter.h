#pragma once

#include "article/article.h"

#include <QString>

namespace hashiya {

/**
 * Imports a saved web page in reader mode: parses it with libxml2 (never loading anything), finds the article
 * in it, leaves the page's chrome behind, and keeps the article's structure — headings, paragraphs, quotes,
 * lists, table rows, preformatted text — with emphasis, code and links as inline spans, each block in the
 * direction and language the page states. Images are left out.
 */
class HtmlImporter final
{
public:
    /** `html` is the page's text, already decoded; `sourcePath` (a file path or URL) is where it was read
     * from, against which relative links are resolved when the page names no <base> or canonical URL. */
    static Article import(const QString &html, const QString &sourcePath = {});
    /** A page title without its site's name: "المريخ - ويكيبيديا" → "المريخ". */
    static QString stripSiteSuffix(const QString &title);
};

} // namespace hashiya
