#pragma once

#include "article/article.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace hashiya {

/**
 * Imports HTML and Markdown through QTextDocument's own parsers, one ArticleBlock per non-empty text block.
 * The document never loads a resource: no image, stylesheet or file is read, local or remote. A saved web
 * page keeps all its text this way, navigation and footers included; reader-mode extraction is separate.
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
