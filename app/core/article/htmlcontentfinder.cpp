#include "article/htmlcontentfinder.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

constexpr int MinimumArticleLength = 250;

bool isOneOf(QLatin1StringView tag, std::initializer_list<const char *> tags)
{
    return std::any_of(tags.begin(), tags.end(),
                       [tag](const char *t) { return tag == QLatin1StringView(t); });
}

bool isNeverContent(QLatin1StringView tag)
{
    // Images are left out too: a saved page's images are remote or beside it under made-up names, and their
    // alt text reads as chrome ("Mars symbol.svg") in the middle of a sentence. <embed> and <source> are not
    // listed: they hold no text, and libxml2 2.9, which does not know them as void elements, nests the rest
    // of the article under an unclosed one.
    return isOneOf(tag,
                   {"script", "style",  "noscript", "template", "nav",    "aside",  "form",   "button",
                    "menu",   "select", "input",    "textarea", "iframe", "object", "svg",
                    "canvas", "video",  "audio",    "head",     "title",  "link",   "meta",   "dialog",
                    "map",    "img",    "picture",  "math",   "label",  "option", "datalist"});
}

// Parts of class and id names (split at '-', '_') that mark navigation, boxes around the article and the
// like: "mw-editsection" → "editsection", "vertical-navbox" → "navbox".
bool isChromePart(QStringView part)
{
    static const QStringList parts = {
        u"navbox"_s,        u"navbar"_s,      u"nav"_s,         u"navigation"_s, u"sidebar"_s,
        u"menu"_s,          u"footer"_s,      u"comment"_s,     u"comments"_s,   u"share"_s,
        u"sharing"_s,       u"social"_s,      u"editsection"_s, u"noprint"_s,    u"toc"_s,
        u"catlinks"_s,      u"breadcrumb"_s,  u"breadcrumbs"_s, u"banner"_s,     u"advert"_s,
        u"advertisement"_s, u"ads"_s,         u"sponsor"_s,     u"newsletter"_s, u"cookie"_s,
        u"cookies"_s,       u"popup"_s,       u"jump"_s,        u"skip"_s,       u"metadata"_s,
        u"ambox"_s,         u"printfooter"_s, u"backlink"_s,    u"btn"_s,        u"button"_s,
        u"playtext"_s,      u"bandeau"_s,     u"portal"_s,      u"portail"_s,
    };
    return parts.contains(part);
}

bool hasChromeName(const xmlNode *element)
{
    static const QRegularExpression separators(u"[-_\\s]+"_s);
    const QString names = HtmlDocument::attribute(element, "class").toLower() + u' '
                          + HtmlDocument::attribute(element, "id").toLower();
    const QStringList parts = names.split(separators, Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) { return isChromePart(part); });
}

bool isHidden(const xmlNode *element)
{
    if (HtmlDocument::hasAttribute(element, "hidden"))
        return true;
    if (HtmlDocument::attribute(element, "aria-hidden").trimmed().toLower() == "true"_L1)
        return true;
    QString style = HtmlDocument::attribute(element, "style").toLower();
    style.remove(u' ');
    return style.contains("display:none"_L1) || style.contains("visibility:hidden"_L1);
}

bool hasChromeRole(const xmlNode *element)
{
    const QString role = HtmlDocument::attribute(element, "role").trimmed().toLower();
    return role == "navigation"_L1 || role == "menu"_L1 || role == "menubar"_L1 || role == "banner"_L1
           || role == "contentinfo"_L1 || role == "complementary"_L1 || role == "search"_L1
           || role == "dialog"_L1 || role == "toolbar"_L1;
}

bool hasText(const xmlNode *element)
{
    return !HtmlDocument::textContent(element).trimmed().isEmpty();
}

} // namespace

bool HtmlContentFinder::isChrome(const xmlNode *element, const xmlNode *root)
{
    const QLatin1StringView tag = HtmlDocument::tag(element);
    if (tag.isEmpty() || element == root)
        return false;
    if (isNeverContent(tag) || isHidden(element) || hasChromeRole(element) || hasChromeName(element))
        return true;
    // Reference markers ([1]) interrupt the sentence they sit in; a reader mode keeps them out of the text.
    if (tag == "sup"_L1 && HtmlDocument::attribute(element, "class").split(u' ').contains(u"reference"_s))
        return true;
    if (tag == "header"_L1 || tag == "footer"_L1) {
        // The article's own header holds its title and byline; the page's is chrome.
        for (const xmlNode *n = element->parent; n; n = n->parent) {
            if (isOneOf(HtmlDocument::tag(n), {"article", "main", "section"}))
                return false;
            if (n == root)
                break;
        }
        return true;
    }
    return false;
}

xmlNode *HtmlContentFinder::contentRoot(const HtmlDocument &document)
{
    if (xmlNode *root = explicitRoot(document))
        return root;
    if (xmlNode *root = scoredRoot(document))
        return root;
    return document.body();
}

xmlNode *HtmlContentFinder::explicitRoot(const HtmlDocument &document)
{
    xmlNode *body = document.body();
    xmlNode *wikipedia = nullptr;
    xmlNode *parserOutput = nullptr;
    xmlNode *article = nullptr;
    int articleLength = 0;
    xmlNode *main = nullptr;
    xmlNode *roleMain = nullptr;
    for (xmlNode *n = body; n; n = HtmlDocument::next(n, body)) {
        if (!HtmlDocument::isElement(n))
            continue;
        const QLatin1StringView tag = HtmlDocument::tag(n);
        if (!wikipedia && HtmlDocument::attribute(n, "id") == "mw-content-text"_L1)
            wikipedia = n;
        if (!parserOutput && HtmlDocument::attribute(n, "class").split(u' ').contains(u"mw-parser-output"_s))
            parserOutput = n;
        if (tag == "article"_L1) {
            // A page of several articles (a feed, related stories): the longest is the one being read.
            const int length = int(HtmlDocument::textContent(n).simplified().size());
            if (length > articleLength) {
                article = n;
                articleLength = length;
            }
        }
        if (!main && tag == "main"_L1)
            main = n;
        if (!roleMain && HtmlDocument::attribute(n, "role").trimmed().toLower() == "main"_L1)
            roleMain = n;
    }
    for (xmlNode *candidate : {wikipedia, parserOutput, article, main, roleMain}) {
        if (candidate && hasText(candidate))
            return candidate;
    }
    return nullptr;
}

int HtmlContentFinder::classWeight(const xmlNode *element)
{
    static const QRegularExpression negative(
        u"-ad-|banner|breadcrumbs|combx|comment|community|disqus|extra|foot|footer|header|menu|related|"
        u"remark|"
        "replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|pagination|pager|popup|nav"_s);
    static const QRegularExpression positive(
        u"article|body|content|entry|hentry|main|page|post|text|blog|story"_s);
    int weight = 0;
    for (const char *name : {"class", "id"}) {
        const QString value = HtmlDocument::attribute(element, name).toLower();
        if (value.isEmpty())
            continue;
        if (value.contains(negative))
            weight -= 25;
        if (value.contains(positive))
            weight += 25;
    }
    return weight;
}

double HtmlContentFinder::linkDensity(const xmlNode *element, int textLength)
{
    if (textLength <= 0)
        return 1.0;
    int linkLength = 0;
    const xmlNode *n = element;
    while (n) {
        const bool link = HtmlDocument::tag(n) == "a"_L1;
        if (link)
            linkLength += int(HtmlDocument::textContent(n).simplified().size());
        n = HtmlDocument::next(n, element, link);
    }
    return std::min(1.0, double(linkLength) / textLength);
}

xmlNode *HtmlContentFinder::scoredRoot(const HtmlDocument &document)
{
    xmlNode *body = document.body();
    QHash<xmlNode *, double> scores;
    const auto initialScore = [](const xmlNode *element) {
        const QLatin1StringView tag = HtmlDocument::tag(element);
        double score = classWeight(element);
        if (tag == "div"_L1 || tag == "article"_L1 || tag == "section"_L1)
            score += 5;
        else if (isOneOf(tag, {"pre", "td", "blockquote"}))
            score += 3;
        else if (isOneOf(tag, {"form", "ol", "ul", "dl", "address"}))
            score -= 3;
        else if (isOneOf(tag, {"h1", "h2", "h3", "h4", "h5", "h6", "th"}))
            score -= 5;
        return score;
    };
    for (xmlNode *n = body; n; n = HtmlDocument::next(n, body, n != body && isChrome(n, body))) {
        if (!isOneOf(HtmlDocument::tag(n), {"p", "pre", "td", "blockquote"}))
            continue;
        const QString text = HtmlDocument::textContent(n).simplified();
        if (text.size() < 25)
            continue;
        // Readability's paragraph score: one point, one per comma (Arabic's too), one per 100 characters up
        // to 3.
        const double score =
            1 + text.count(u',') + text.count(QChar(0x060C)) + std::min<qsizetype>(3, text.size() / 100);
        xmlNode *parent = n->parent;
        xmlNode *grandparent = parent ? parent->parent : nullptr;
        if (HtmlDocument::isElement(parent)) {
            if (!scores.contains(parent))
                scores.insert(parent, initialScore(parent));
            scores[parent] += score;
        }
        if (HtmlDocument::isElement(grandparent)) {
            if (!scores.contains(grandparent))
                scores.insert(grandparent, initialScore(grandparent));
            scores[grandparent] += score / 2;
        }
    }
    xmlNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const int length = int(HtmlDocument::textContent(it.key()).simplified().size());
        // A few sentences are not an article of their own: a short page is read whole instead.
        if (length < MinimumArticleLength)
            continue;
        const double score = it.value() * (1 - linkDensity(it.key(), length));
        if (score > bestScore) {
            best = it.key();
            bestScore = score;
        }
    }
    return best;
}

} // namespace hashiya
