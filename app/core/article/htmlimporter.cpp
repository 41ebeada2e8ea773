#include "article/htmlimporter.h"

#include "article/articlebuilder.h"
#include "article/htmlblockwalker.h"
#include "article/htmlcontentfinder.h"
#include "article/htmldocument.h"

#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

QUrl sourceUrl(const QString &sourcePath)
{
    if (sourcePath.isEmpty())
        return {};
    if (sourcePath.contains("://"_L1))
        return QUrl(sourcePath);
    return QUrl::fromLocalFile(sourcePath);
}

/// What relative links are resolved against: the page's <base>, else its canonical address (a saved page's
/// "/wiki/…" links mean the site it came from, not the disk), else the file itself.
QUrl baseUrl(const HtmlDocument &document, const QString &sourcePath)
{
    const QUrl source = sourceUrl(sourcePath);
    xmlNode *html = document.root();
    for (xmlNode *n = html; n; n = HtmlDocument::next(n, html)) {
        const QLatin1StringView tag = HtmlDocument::tag(n);
        if (tag == "base"_L1 && HtmlDocument::hasAttribute(n, "href")) {
            const QUrl base(HtmlDocument::attribute(n, "href").trimmed());
            return source.isValid() ? source.resolved(base) : base;
        }
    }
    for (xmlNode *n = html; n; n = HtmlDocument::next(n, html)) {
        if (HtmlDocument::tag(n) == "link"_L1
            && HtmlDocument::attribute(n, "rel").toLower().split(u' ').contains(u"canonical"_s)) {
            const QUrl canonical(HtmlDocument::attribute(n, "href").trimmed());
            const QString scheme = canonical.scheme().toLower();
            if (scheme == "http"_L1 || scheme == "https"_L1)
                return canonical;
        }
    }
    return source;
}

HtmlBlockWalker::Context contextOf(const xmlNode *root)
{
    std::vector<const xmlNode *> chain;
    for (const xmlNode *n = root; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        chain.push_back(n);
    HtmlBlockWalker::Context context;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        context = HtmlBlockWalker::withAttributes(*it, context);
    return context;
}

/// The first <h1> under `scope` that is not chrome.
xmlNode *firstHeading(xmlNode *scope)
{
    for (xmlNode *n = scope; n;
         n = HtmlDocument::next(n, scope, n != scope && HtmlContentFinder::isChrome(n, scope))) {
        if (HtmlDocument::tag(n) == "h1"_L1)
            return n;
    }
    return nullptr;
}

} // namespace

QString HtmlImporter::stripSiteSuffix(const QString &title)
{
    const QString simple = title.simplified();
    static const QStringView separators[] = {u" - ", u" – ", u" — ", u" | ", u" · ", u" :: ", u" « ", u" » "};
    qsizetype cut = -1;
    qsizetype separatorLength = 0;
    for (QStringView separator : separators) {
        const qsizetype at = simple.lastIndexOf(separator);
        if (at > cut) {
            cut = at;
            separatorLength = separator.size();
        }
    }
    if (cut <= 0)
        return simple;
    // A site's name is short; a long tail is part of the title itself ("War and Peace - a review of …").
    const QString tail = simple.mid(cut + separatorLength);
    if (tail.count(u' ') >= 4)
        return simple;
    return simple.left(cut).trimmed();
}

Article HtmlImporter::import(const QString &html, const QString &sourcePath)
{
    ArticleBuilder builder;
    const HtmlDocument document(html, sourceUrl(sourcePath).toString());
    if (!document.isValid() || !document.root())
        return builder.build(u"text/html"_s);

    xmlNode *root = HtmlContentFinder::contentRoot(document);
    const HtmlBlockWalker::Context context = contextOf(root);

    // The article's own <h1> is its title and stays in the text. When reader mode cut the page's <h1> away
    // (Wikipedia puts it above the content), it comes back as the first heading, so the text reads as the
    // article does; a page with no <h1> at all is titled by its <title>.
    QString title;
    const xmlNode *heading = firstHeading(root);
    const xmlNode *pageHeading = heading ? nullptr : firstHeading(document.body());
    if (heading)
        title = HtmlDocument::textContent(heading).simplified();
    else if (pageHeading)
        title = HtmlDocument::textContent(pageHeading).simplified();
    if (title.isEmpty()) {
        if (const xmlNode *titleElement = HtmlDocument::findFirst(document.root(), "title"_L1))
            title = stripSiteSuffix(HtmlDocument::textContent(titleElement));
    }
    builder.setTitle(title);
    if (pageHeading && !title.isEmpty())
        builder.addBlock(title, {}, ArticleBlock::Kind::Heading, 1, contextOf(pageHeading).direction);

    HtmlBlockWalker walker(builder, baseUrl(document, sourcePath), context.language);
    walker.walk(root, context);
    builder.setLanguage(context.language);
    builder.setBaseDirection(context.direction);
    return builder.build(u"text/html"_s);
}

} // namespace hashiya
