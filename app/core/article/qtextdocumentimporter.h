#pragma once

#include "article/article.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace hashiya {

/**
 * Imports Markdown (and HTML fragments) through QTextDocument's own parsers, one ArticleBlock per non-empty
 * text block and one TableRow per table row, with italic, bold, monospace and anchors as inline spans. The
 * document never loads a resource: no image, stylesheet or file is read, local or remote. Saved web pages go
 * through HtmlImporter instead, which leaves the page's chrome behind.
 * QTextDocument's parsers resolve fonts (CSS em sizes, <pre>), which aborts without a QGuiApplication: the
 * imports return an empty article there, and isAvailable() says so beforehand.
 */
class QTextDocumentImporter final
{
public:
    /** True when a QGuiApplication exists, which QTextDocument's HTML and Markdown parsers need. */
    static bool isAvailable();
    static Article importHtml(const QString &html);
    static Article importMarkdown(const QString &markdown);
    /** The blocks of an already parsed document; `mediaType` is recorded in the article. */
    static Article import(const QTextDocument &document, const QString &mediaType);
};

} // namespace hashiya
