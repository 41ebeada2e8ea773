#include "article/htmldocument.h"

#include <libxml/tree.h>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

bool isInvisibleTag(QLatin1StringView tag)
{
    return tag == "script"_L1 || tag == "style"_L1 || tag == "noscript"_L1 || tag == "template"_L1
           || tag == "head"_L1;
}

} // namespace

HtmlDocument::HtmlDocument(const QString &html, const QString &url)
{
    const QByteArray utf8 = html.toUtf8();
    const QByteArray urlBytes = url.toUtf8();
    // NONET: never fetch; IGNORE_ENC: the text is already decoded, a <meta charset> must not re-decode it.
    // HUGE stays off, so libxml2 stops nesting at 256 levels.
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
                        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    m_document = htmlReadMemory(utf8.constData(), int(utf8.size()),
                                url.isEmpty() ? nullptr : urlBytes.constData(), "UTF-8", options);
}

HtmlDocument::~HtmlDocument()
{
    if (m_document)
        xmlFreeDoc(m_document);
}

xmlNode *HtmlDocument::root() const
{
    return m_document ? xmlDocGetRootElement(m_document) : nullptr;
}

xmlNode *HtmlDocument::body() const
{
    xmlNode *html = root();
    if (xmlNode *found = findFirst(html, "body"_L1))
        return found;
    return html;
}

QLatin1StringView HtmlDocument::tag(const xmlNode *node)
{
    if (!isElement(node) || !node->name)
        return {};
    return QLatin1StringView(reinterpret_cast<const char *>(node->name));
}

bool HtmlDocument::hasAttribute(const xmlNode *node, const char *name)
{
    return isElement(node) && xmlHasProp(node, reinterpret_cast<const xmlChar *>(name)) != nullptr;
}

QString HtmlDocument::attribute(const xmlNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

QString HtmlDocument::text(const xmlNode *node)
{
    if (!node || (node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE) || !node->content)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(node->content));
}

QString HtmlDocument::textContent(const xmlNode *node)
{
    QString result;
    for (const xmlNode *n = node; n; n = next(n, node, isInvisibleTag(tag(n)))) {
        if (n->type == XML_TEXT_NODE)
            result += text(n);
    }
    return result;
}

xmlNode *HtmlDocument::next(const xmlNode *node, const xmlNode *scope, bool skipChildren)
{
    if (!skipChildren && node->children && node->type == XML_ELEMENT_NODE)
        return node->children;
    for (const xmlNode *n = node; n && n != scope; n = n->parent) {
        if (n->next)
            return n->next;
    }
    return nullptr;
}

xmlNode *HtmlDocument::findFirst(xmlNode *scope, QLatin1StringView tagName)
{
    for (xmlNode *n = scope; n; n = next(n, scope)) {
        if (tag(n) == tagName)
            return n;
    }
    return nullptr;
}

} // namespace hashiya
