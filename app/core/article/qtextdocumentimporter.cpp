#include "article/qtextdocumentimporter.h"

#include "article/articlebuilder.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QVariant>

#include <algorithm>

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

struct InlineText {
    QString text;
    QVector<InlineSpan> spans;
};

struct TableRow {
    const QTextTable *table = nullptr;
    int row = -1;
    int column = 0;
    bool header = false;
    QString text;
    QVector<InlineSpan> spans;
};

void addSpan(QVector<InlineSpan> &spans, int start, int length, InlineSpan::Kind kind,
             const QString &href = {})
{
    // QTextDocument splits a run into fragments wherever any format changes: adjacent pieces of one
    // emphasis or one link are joined again.
    for (InlineSpan &span : spans) {
        if (span.kind == kind && span.href == href && span.end() == start) {
            span.length += length;
            return;
        }
    }
    spans.append(InlineSpan{start, length, kind, href});
}

bool isBoldThroughout(const QString &text, const QVector<InlineSpan> &spans)
{
    std::vector<bool> bold(std::size_t(text.size()), false);
    for (const InlineSpan &span : spans) {
        if (span.kind == InlineSpan::Kind::Strong) {
            for (int i = span.start; i < span.end() && i < text.size(); ++i)
                bold[std::size_t(i)] = true;
        }
    }
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace())
            continue;
        if (!bold[std::size_t(i)])
            return false;
        any = true;
    }
    return any;
}

/// The block's text without embedded objects and outer white space, and its emphasis, code and links.
InlineText inlineTextOf(const QTextBlock &block, ArticleBlock::Kind kind)
{
    InlineText result;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        QString text = fragment.text();
        text.remove(QChar::ObjectReplacementCharacter); // images and other embedded objects
        if (text.isEmpty())
            continue;
        const int start = int(result.text.size());
        const int length = int(text.size());
        result.text += text;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isAnchor() && !format.anchorHref().isEmpty())
            addSpan(result.spans, start, length, InlineSpan::Kind::Link, format.anchorHref());
        if (format.fontItalic())
            addSpan(result.spans, start, length, InlineSpan::Kind::Emphasis);
        // A heading is bold and a code block monospace as a whole already.
        if (format.fontWeight() >= QFont::DemiBold && kind != ArticleBlock::Kind::Heading)
            addSpan(result.spans, start, length, InlineSpan::Kind::Strong);
        if (format.fontFixedPitch() && kind != ArticleBlock::Kind::Preformatted)
            addSpan(result.spans, start, length, InlineSpan::Kind::Code);
    }
    int lead = 0;
    int trail = int(result.text.size());
    while (lead < trail && result.text.at(lead).isSpace())
        ++lead;
    while (trail > lead && result.text.at(trail - 1).isSpace())
        --trail;
    result.text = result.text.mid(lead, trail - lead);
    QVector<InlineSpan> kept;
    for (InlineSpan span : std::as_const(result.spans)) {
        const int start = std::clamp(span.start - lead, 0, int(result.text.size()));
        const int end = std::clamp(span.end() - lead, 0, int(result.text.size()));
        if (end > start) {
            span.start = start;
            span.length = end - start;
            kept.append(span);
        }
    }
    result.spans = kept;
    return result;
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
    // A table's cells are blocks of their own in QTextDocument: they are gathered into one row block each.
    TableRow row;
    const auto flushRow = [&] {
        // Qt's Markdown reader marks a header row only by making its text bold: a row bold throughout is one.
        if (row.table && !row.header && isBoldThroughout(row.text, row.spans)) {
            row.header = true;
            row.spans.removeIf([](const InlineSpan &span) { return span.kind == InlineSpan::Kind::Strong; });
        }
        if (row.table)
            builder.addBlock(row.text, row.spans, ArticleBlock::Kind::TableRow, row.header ? 1 : 0);
        row = {};
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        int level = 0;
        const ArticleBlock::Kind kind = kindOf(block, &level);
        const InlineText inlineText = inlineTextOf(block, kind);
        if (QTextTable *table = QTextCursor(block).currentTable()) {
            const QTextTableCell cell = table->cellAt(block.position());
            if (row.table != table || row.row != cell.row()) {
                flushRow();
                row.table = table;
                row.row = cell.row();
                row.header = cell.row() < table->format().headerRowCount();
            }
            if (cell.column() > row.column)
                row.text += QString(cell.column() - row.column, u'\t');
            else if (!row.text.isEmpty() && !inlineText.text.isEmpty())
                row.text += u' ';
            row.column = cell.column();
            for (InlineSpan span : inlineText.spans) {
                span.start += int(row.text.size());
                row.spans.append(span);
            }
            row.text += inlineText.text;
            continue;
        }
        flushRow();
        if (!inlineText.text.isEmpty())
            builder.addBlock(inlineText.text, inlineText.spans, kind, level);
    }
    flushRow();
    return builder.build(mediaType);
}

} // namespace hashiya
