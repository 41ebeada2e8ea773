#include "article/htmlblockwalker.h"

#include "article/htmlcontentfinder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

bool isOneOf(QLatin1StringView tag, std::initializer_list<const char *> tags)
{
    return std::any_of(tags.begin(), tags.end(),
                       [tag](const char *t) { return tag == QLatin1StringView(t); });
}

bool isBlockTag(QLatin1StringView tag)
{
    return isOneOf(tag, {"address", "article", "blockquote", "body",     "center",     "dd",     "details",
                         "div",     "dl",      "dt",         "fieldset", "figcaption", "figure", "footer",
                         "h1",      "h2",      "h3",         "h4",       "h5",         "h6",     "header",
                         "hgroup",  "hr",      "html",       "legend",   "li",         "main",   "ol",
                         "p",       "pre",     "section",    "summary",  "table",      "tbody",  "thead",
                         "tfoot",   "tr",      "caption",    "ul",       "dir",        "td",     "th"});
}

bool isCollapsibleSpace(QChar c)
{
    // HTML collapses ASCII white space only; U+00A0 and other spaces are text.
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isTrimmable(QChar c, bool keepTabs)
{
    // Edges of a block: any white space, U+00A0 included (invisible there), but a row's empty first cell.
    return c.isSpace() && !(keepTabs && c == u'\t');
}

/// True when collapsed white space added now would be a second space (or lead a line).
bool endsWithBreak(const QString &buffer)
{
    const QChar c = buffer.back();
    return c == u' ' || c == u'\t' || c == u'\n' || c == QChar::LineSeparator;
}

std::optional<InlineSpan::Kind> inlineKind(QLatin1StringView tag)
{
    if (isOneOf(tag, {"em", "i", "cite", "dfn", "var"}))
        return InlineSpan::Kind::Emphasis;
    if (isOneOf(tag, {"strong", "b"}))
        return InlineSpan::Kind::Strong;
    if (isOneOf(tag, {"code", "kbd", "samp", "tt"}))
        return InlineSpan::Kind::Code;
    return std::nullopt;
}

bool isHeaderRow(const xmlNode *row)
{
    int cells = 0;
    for (const xmlNode *c = row->children; c; c = c->next) {
        const QLatin1StringView tag = HtmlDocument::tag(c);
        if (tag == "td"_L1)
            return false;
        cells += tag == "th"_L1 ? 1 : 0;
    }
    return cells > 0;
}

} // namespace

HtmlBlockWalker::HtmlBlockWalker(ArticleBuilder &builder, const QUrl &base, const QString &rootLanguage)
    : m_builder(builder)
    , m_base(base)
    , m_rootLanguage(rootLanguage)
{}

HtmlBlockWalker::Context HtmlBlockWalker::withAttributes(const xmlNode *element, Context context)
{
    if (HtmlDocument::hasAttribute(element, "dir")) {
        const QString dir = HtmlDocument::attribute(element, "dir").trimmed().toLower();
        if (dir == "rtl"_L1)
            context.direction = Qt::RightToLeft;
        else if (dir == "ltr"_L1)
            context.direction = Qt::LeftToRight;
        else if (dir == "auto"_L1)
            context.direction.reset();
    }
    // xml:lang is what XHTML pages carry; libxml2 keeps the prefix out of the name.
    for (const char *name : {"lang", "xml:lang"}) {
        if (HtmlDocument::hasAttribute(element, name))
            context.language = HtmlDocument::attribute(element, name).trimmed();
    }
    return context;
}

void HtmlBlockWalker::walk(xmlNode *root, const Context &context)
{
    m_stack.clear();
    m_stack.push_back({root, context, -1, true, 0});
    const xmlNode *node = root->children;
    while (true) {
        if (node) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                appendText(HtmlDocument::text(node), m_stack.back().context);
                node = node->next;
                continue;
            }
            if (node->type != XML_ELEMENT_NODE || HtmlContentFinder::isChrome(node, root)) {
                node = node->next;
                continue;
            }
            Frame frame = open(node, m_stack.back().context);
            if (node->children) {
                m_stack.push_back(frame);
                node = node->children;
            } else {
                close(frame);
                node = node->next;
            }
            continue;
        }
        if (m_stack.size() <= 1)
            break;
        const Frame frame = m_stack.back();
        m_stack.pop_back();
        close(frame);
        node = frame.node->next;
    }
    flush();
    m_stack.clear();
}

HtmlBlockWalker::Frame HtmlBlockWalker::open(const xmlNode *element, const Context &parent)
{
    Frame frame;
    frame.node = element;
    Context context = withAttributes(element, parent);
    const QLatin1StringView tag = HtmlDocument::tag(element);
    const bool inRow = context.row >= 0;

    if (tag == "br"_L1) {
        appendSeparator(context.preformatted ? QChar(u'\n')
                        : inRow              ? QChar(u' ')
                                             : QChar(QChar::LineSeparator),
                        context);
    } else if (isBlockTag(tag)) {
        const bool cell = tag == "td"_L1 || tag == "th"_L1;
        if (cell && inRow && !context.inCell) {
            Frame &row = m_stack[std::size_t(context.row)];
            if (row.cells++ > 0)
                appendSeparator(u'\t', context);
            context.inCell = true;
        } else if (context.inCell || (inRow && tag != "tr"_L1)) {
            // Paragraphs, lists or a whole table inside a cell stay in the row's one line.
            frame.separated = true;
            appendSeparator(u' ', context);
        } else {
            frame.block = true;
            flush();
            if (tag.size() == 2 && tag.front() == u'h' && tag.back() >= u'1' && tag.back() <= u'6') {
                context.kind = ArticleBlock::Kind::Heading;
                context.level = tag.back().toLatin1() - '0';
            } else if (tag == "li"_L1) {
                context.kind = ArticleBlock::Kind::ListItem;
                context.level = std::max(1, context.listDepth);
            } else if (isOneOf(tag, {"ul", "ol", "dl", "dir"})) {
                ++context.listDepth;
            } else if (tag == "blockquote"_L1) {
                context.kind = ArticleBlock::Kind::Quote;
                context.level = ++context.quoteDepth;
            } else if (tag == "pre"_L1) {
                context.kind = ArticleBlock::Kind::Preformatted;
                context.level = 0;
                context.preformatted = true;
            } else if (tag == "tr"_L1) {
                context.kind = ArticleBlock::Kind::TableRow;
                context.level = isHeaderRow(element) ? 1 : 0;
                context.row = int(m_stack.size()); // the index this frame takes when pushed
            }
        }
    }

    std::optional<InlineSpan> span;
    if (tag == "a"_L1) {
        span = linkSpan(element);
    } else if (const auto kind = inlineKind(tag)) {
        // Inside <pre> all is code already; a heading is bold already.
        const bool redundant =
            (*kind == InlineSpan::Kind::Code && context.preformatted)
            || (*kind == InlineSpan::Kind::Strong && context.kind == ArticleBlock::Kind::Heading);
        if (!redundant)
            span = InlineSpan{int(m_buffer.size()), 0, *kind, {}};
    }
    if (span) {
        span->start = int(m_buffer.size());
        frame.openSpan = int(m_open.size());
        m_open.push_back(*span);
    }
    frame.context = context;
    return frame;
}

void HtmlBlockWalker::close(const Frame &frame)
{
    if (frame.openSpan >= 0 && frame.openSpan < int(m_open.size())) {
        InlineSpan span = m_open[std::size_t(frame.openSpan)];
        span.length = int(m_buffer.size()) - span.start;
        if (span.length > 0)
            m_spans.append(span);
        m_open.resize(std::size_t(frame.openSpan)); // elements close in order: this span is the innermost
    }
    if (frame.separated)
        appendSeparator(u' ', frame.context);
    else if (frame.block)
        flush();
}

void HtmlBlockWalker::begin(const Context &context)
{
    if (!m_begun) {
        m_begun = true;
        m_blockContext = context;
    }
}

void HtmlBlockWalker::appendText(const QString &text, const Context &context)
{
    if (context.preformatted) {
        if (!text.isEmpty()) {
            begin(context);
            m_buffer += text;
        }
        return;
    }
    for (const QChar c : text) {
        if (isCollapsibleSpace(c)) {
            if (!m_buffer.isEmpty() && !endsWithBreak(m_buffer))
                m_buffer += u' ';
            continue;
        }
        begin(context);
        m_buffer += c;
    }
}

void HtmlBlockWalker::appendSeparator(QChar separator, const Context &context)
{
    if (separator == u' ') {
        if (!m_buffer.isEmpty() && !endsWithBreak(m_buffer))
            m_buffer += u' ';
        return;
    }
    if (separator == QChar::LineSeparator && m_buffer.isEmpty())
        return; // a <br> before any text would only open the block with an empty line
    begin(context);
    if (separator != u'\n') {
        while (!m_buffer.isEmpty() && m_buffer.back() == u' ')
            m_buffer.chop(1);
    }
    m_buffer += separator;
}

void HtmlBlockWalker::flush()
{
    for (const InlineSpan &open : m_open) {
        // A span still open (a link around a whole <div>) goes on in the next block.
        InlineSpan span = open;
        span.length = int(m_buffer.size()) - span.start;
        if (span.length > 0)
            m_spans.append(span);
    }
    for (InlineSpan &open : m_open)
        open.start = 0;

    const bool keepTabs = m_blockContext.kind == ArticleBlock::Kind::TableRow;
    const bool pre = m_blockContext.preformatted;
    int lead = 0;
    int trail = int(m_buffer.size());
    if (pre) {
        if (m_buffer.startsWith(u'\n'))
            lead = 1;
        while (trail > lead && m_buffer.at(trail - 1).isSpace())
            --trail;
    } else {
        while (lead < trail && isTrimmable(m_buffer.at(lead), keepTabs))
            ++lead;
        while (trail > lead && isTrimmable(m_buffer.at(trail - 1), keepTabs))
            --trail;
    }
    const QString text = m_buffer.mid(lead, trail - lead);
    const bool blank = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    if (m_begun && !blank) {
        QVector<InlineSpan> spans;
        for (InlineSpan span : std::as_const(m_spans)) {
            int start = std::clamp(span.start - lead, 0, int(text.size()));
            int end = std::clamp(span.end() - lead, 0, int(text.size()));
            while (start < end && text.at(start).isSpace())
                ++start;
            while (end > start && text.at(end - 1).isSpace())
                --end;
            if (end > start) {
                span.start = start;
                span.length = end - start;
                spans.append(span);
            }
        }
        const QString language =
            m_blockContext.language == m_rootLanguage ? QString() : m_blockContext.language;
        m_builder.addBlock(text, spans, m_blockContext.kind, m_blockContext.level, m_blockContext.direction,
                           language);
    }
    m_buffer.clear();
    m_spans.clear();
    m_begun = false;
}

std::optional<InlineSpan> HtmlBlockWalker::linkSpan(const xmlNode *element) const
{
    const QString href = HtmlDocument::attribute(element, "href").trimmed();
    // A jump inside the saved page has nowhere to go once the page is an article.
    if (href.isEmpty() || href.startsWith(u'#'))
        return std::nullopt;
    const QUrl url(href);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme == "javascript"_L1 || scheme == "data"_L1 || scheme == "vbscript"_L1)
        return std::nullopt;
    const QUrl resolved = m_base.isValid() && url.isRelative() ? m_base.resolved(url) : url;
    return InlineSpan{0, 0, InlineSpan::Kind::Link, resolved.toString()};
}

} // namespace hashiya
