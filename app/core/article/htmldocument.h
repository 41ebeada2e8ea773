#pragma once

#include <QString>

#include <libxml/HTMLparser.h>

namespace hashiya {

/**
 * A parsed HTML page, owned: libxml2's forgiving HTML parser over text already decoded, with the network and
 * every external load switched off. Also the small helpers the importer uses to read libxml2's nodes.
 */
class HtmlDocument final
{
public:
    /** Parses `html` as UTF-8 (never re-decoded by a <meta charset>); `url` is only recorded. */
    explicit HtmlDocument(const QString &html, const QString &url = {});
    ~HtmlDocument();
    Q_DISABLE_COPY_MOVE(HtmlDocument)

    bool isValid() const { return m_document != nullptr; }
    xmlNode *root() const;
    /** The <body>, else the root element. */
    xmlNode *body() const;

    /** The element's lower-case tag name (libxml2's HTML parser folds case); empty for other nodes. */
    static QLatin1StringView tag(const xmlNode *node);
    static bool isElement(const xmlNode *node) { return node && node->type == XML_ELEMENT_NODE; }
    static bool hasAttribute(const xmlNode *node, const char *name);
    static QString attribute(const xmlNode *node, const char *name);
    /** The text of a text or CDATA node, as libxml2 decoded it (entities resolved). */
    static QString text(const xmlNode *node);
    /** All text under the node, without scripts, styles and the like; walked without recursion. */
    static QString textContent(const xmlNode *node);
    /** The next node of a depth-first walk inside `scope`, skipping the children of `node` if asked. */
    static xmlNode *next(const xmlNode *node, const xmlNode *scope, bool skipChildren = false);
    /** The first element of that tag at or under `scope`, in document order. */
    static xmlNode *findFirst(xmlNode *scope, QLatin1StringView tagName);

private:
    htmlDocPtr m_document = nullptr;
};

} // namespace hashiya
