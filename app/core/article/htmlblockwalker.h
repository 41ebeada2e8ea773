#pragma once

#include "article/articlebuilder.h"
#include "article/htmldocument.h"

#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>
#include <vector>

namespace hashiya {

/**
 * Walks the content of a parsed page, without recursion, and hands an ArticleBuilder its blocks: headings,
 * paragraphs, quotes, list items, preformatted text and table rows (cells joined by TAB), white space
 * collapsed as HTML does outside <pre>, <br> as U+2028, each block in the direction and language its element
 * or an ancestor states. Emphasis, strong, code and links become inline spans; chrome is left behind.
 */
class HtmlBlockWalker final
{
public:
    /** What an element passes on to its content: the block it makes and the direction and language stated. */
    struct Context {
        ArticleBlock::Kind kind = ArticleBlock::Kind::Paragraph;
        int level = 0;
        int listDepth = 0;
        int quoteDepth = 0;
        std::optional<Qt::LayoutDirection> direction; // none: first strong character (no dir, or dir=auto)
        QString language;
        bool preformatted = false;
        int row = -1;        // the stack index of the table row the content is in, -1 outside one
        bool inCell = false; // inside a cell, nested blocks are only separated by a space
    };

    /** `base` resolves relative links; `rootLanguage` is the article's, which blocks do not repeat. */
    HtmlBlockWalker(ArticleBuilder &builder, const QUrl &base, const QString &rootLanguage);
    Q_DISABLE_COPY_MOVE(HtmlBlockWalker)

    /** Adds the blocks under `root`, which is read with `context` (its own and its ancestors' dir and lang).
     */
    void walk(xmlNode *root, const Context &context);
    /** The context an element gives its content: `parent`'s with the element's dir and lang applied. */
    static Context withAttributes(const xmlNode *element, Context parent);

private:
    struct Frame {
        const xmlNode *node = nullptr;
        Context context;
        int openSpan = -1;      // index in m_open of the inline span this element opened
        bool block = false;     // ends the block it is in when it closes
        bool separated = false; // a block inside a table cell: a space when it closes
        int cells = 0;          // for a table row: the cells seen so far
    };

    Frame open(const xmlNode *element, const Context &parent);
    void close(const Frame &frame);
    void appendText(const QString &text, const Context &context);
    void appendSeparator(QChar separator, const Context &context);
    void begin(const Context &context);
    void flush();
    std::optional<InlineSpan> linkSpan(const xmlNode *element) const;

    ArticleBuilder &m_builder;
    QUrl m_base;
    QString m_rootLanguage;
    std::vector<Frame> m_stack;
    std::vector<InlineSpan> m_open; // spans of elements still open; start is an offset in m_buffer
    QString m_buffer;
    QVector<InlineSpan> m_spans; // closed spans of the current buffer
    bool m_begun = false;
    Context m_blockContext; // the context the current block's first text was read in
};

} // namespace hashiya
