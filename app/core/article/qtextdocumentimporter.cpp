#include "article/qtextdocumentimporter.h"

#include "article/articlebuilder.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

// QTextDocument's default loadResource() reads local files (and data: URLs) for images and stylesheets a page
// refers to. An imported page must not reach outside its own bytes, so every resource is refused.
class InertTextDocument final : public QTextDocument
{
public:
    InertTextDocument() = default;
    Q_DISABLE_COPY_MOVE(InertTextDocument)

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

ArticleBlock::Kind kindOf(const QTextBlock &block, int *level)
{
    const QTextBlockFormat format = block.blockFormat();
    if (format.headingLevel() > 0) {
        *level = format.headingLevel();
        return ArticleBlock::Kind::Heading;
    }
    if (const QTextList *list = block.textList()) {
        *level = list->format().indent();
        return ArticleBlock::Kind::ListItem;
    }
    // Markdown marks quotes with a quote level; HTML's <blockquote> only with margins on both sides.
    const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);
    if (quoteLevel > 0 || (format.leftMargin() > 0 && format.rightMargin() > 0) || format.indent() > 0) {
        *level = std::max({quoteLevel, format.indent(), 1});
        return ArticleBlock::Kind::Quote;
    }
    if (format.nonBreakableLines() || format.hasProperty(QTextFormat::BlockCodeFence)) {
        *level = 0;
        return ArticleBlock::Kind::Preformatted;
    }
    *level = 0;
    return ArticleBlock::Kind::Paragraph;
}

} // namespace

bool QTextDocumentImporter::isAvailable()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Article QTextDocumentImporter::importHtml(const QString &html)
{
    InertTextDocument document;
    if (!isAvailable())
        return {};
    document.setHtml(html);
    return import(document, u"text/html"_s);
}

Article QTextDocumentImporter::importMarkdown(const QString &markdown)
{
    InertTextDocument document;
    if (!isAvailable())
        return {};
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return import(document, u"text/markdown"_s);
}

Article QTextDocumentImporter::import(const QTextDocument &document, const QString &mediaType)
{
    ArticleBuilder builder;
    builder.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.remove(QChar::ObjectReplacementCharacter); // images and other embedded objects
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        int level = 0;
        const ArticleBlock::Kind kind = kindOf(block, &level);
        builder.addBlock(text, kind, level);
    }
    return builder.build(mediaType);
}

} // namespace hashiya
