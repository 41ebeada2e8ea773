#pragma once

#include "article/htmldocument.h"

namespace hashiya {

/**
 * Reader mode's two questions about a parsed page, answered the way Firefox's Readability does: which element
 * holds the article (an <article>, <main>, [role=main] or Wikipedia's content, else the container whose
 * paragraphs score best by length, commas and few links), and which elements inside it are page chrome
 * (scripts, navigation, menus, forms, hidden parts, edit links, navigation boxes) to leave behind.
 */
class HtmlContentFinder final
{
public:
    /** The element holding the article; the <body> (or the root) when nothing better is found. */
    static xmlNode *contentRoot(const HtmlDocument &document);
    /** True when the element is never part of the reading text. `root` is the content root the element lies
     * in, which decides whether a <header> or <footer> is the page's or the article's own. */
    static bool isChrome(const xmlNode *element, const xmlNode *root);

private:
    static xmlNode *explicitRoot(const HtmlDocument &document);
    static xmlNode *scoredRoot(const HtmlDocument &document);
    /** Readability's weight of an element's class and id: +25 for article-like names, -25 for chrome-like. */
    static int classWeight(const xmlNode *element);
    /** The share of the element's text that lies inside links. */
    static double linkDensity(const xmlNode *element, int textLength);
};

} // namespace hashiya
