#include "interop/htmlexporter.h"

#include "article/storedarticle.h"
#include "interop/highlightsegmenter.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

QString dirName(Qt::LayoutDirection direction)
{
    return direction == Qt::LeftToRight ? u"ltr"_s : u"rtl"_s;
}

QString styleClass(qint64 styleId)
{
    return u"s"_s + QString::number(styleId);
}

// Colours come from QColor::name(), never from user text, so they are safe inside the style sheet.
QString styleSheet(const QVector<HighlightStyle> &styles)
{
    QString css = uR"(body { font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Hebrew", serif;
  line-height: 1.8; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #1b1b1b; background: #fff; }
header .meta { color: #555; font-size: .9em; }
mark { background-color: #fff176; color: inherit; border-radius: .15em; }
mark mark { box-shadow: 0 .2em 0 rgba(0, 0, 0, .35); }
sup.ref a { text-decoration: none; font-size: .75em; padding: 0 .1em; }
blockquote { margin-inline: 1.5em 0; padding-inline-start: 1em; border-inline-start: .25em solid #ccc; }
pre { white-space: pre-wrap; }
table { border-collapse: collapse; margin: 1em 0; }
td, th { border: 1px solid #ccc; padding: .2em .5em; }
ul.list .level-2 { margin-inline-start: 1.5em; } ul.list .level-3 { margin-inline-start: 3em; }
ul.list .level-4 { margin-inline-start: 4.5em; }
section.notes, section.orphans { border-top: 1px solid #ccc; margin-top: 2em; }
section li { margin-bottom: 1em; }
.labels { color: #555; font-size: .9em; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: .2em; margin-inline-end: .3em; }
.tag { background: #eee; border-radius: .3em; padding: 0 .3em; }
)"_s;
    for (const HighlightStyle &style : styles) {
        const QString colour = style.color.isValid() ? style.color.name(QColor::HexRgb) : u"#fff176"_s;
        css += u"mark."_s + styleClass(style.id) + u", .swatch."_s + styleClass(style.id)
               + u" { background-color: "_s + colour + u"; }\n"_s;
    }
    return css;
}

bool isPlaced(const Annotation &annotation, int textLength)
{
    return annotation.state != AnchorState::Orphaned && annotation.start < annotation.end
           && annotation.end <= textLength;
}

/** What the page needs to know of the placed annotations: snapped ranges and reading-order numbers. */
struct Placed {
    QVector<const Annotation *> annotations; // reading order; note number = index + 1
    QVector<HighlightSegmenter::Range> ranges;
};

QString blockOpen(const ArticleBlock &block)
{
    QString attributes = u" dir=\""_s + dirName(block.direction) + u'"';
    if (!block.language.isEmpty())
        attributes += u" lang=\""_s + HtmlExporter::escape(block.language) + u'"';
    switch (block.kind) {
    case ArticleBlock::Kind::Heading:
        return u"<h"_s + QString::number(std::clamp(block.level, 1, 6)) + attributes + u'>';
    case ArticleBlock::Kind::Quote:
        return u"<blockquote"_s + attributes + u"><p>"_s;
    case ArticleBlock::Kind::ListItem:
        return u"<li class=\"level-"_s + QString::number(std::clamp(block.level, 1, 4)) + u'"' + attributes
               + u'>';
    case ArticleBlock::Kind::Preformatted:
        return u"<pre"_s + attributes + u'>';
    case ArticleBlock::Kind::TableRow:
        return u"<tr"_s + attributes + u'>';
    case ArticleBlock::Kind::Paragraph:
        break;
    }
    return u"<p"_s + attributes + u'>';
}

QString blockClose(const ArticleBlock &block)
{
    switch (block.kind) {
    case ArticleBlock::Kind::Heading:
        return u"</h"_s + QString::number(std::clamp(block.level, 1, 6)) + u">\n"_s;
    case ArticleBlock::Kind::Quote:
        return u"</p></blockquote>\n"_s;
    case ArticleBlock::Kind::ListItem:
        return u"</li>\n"_s;
    case ArticleBlock::Kind::Preformatted:
        return u"</pre>\n"_s;
    case ArticleBlock::Kind::TableRow:
        return u"</tr>\n"_s;
    case ArticleBlock::Kind::Paragraph:
        break;
    }
    return u"</p>\n"_s;
}

QString textHtml(QStringView text)
{
    QString html = HtmlExporter::escape(text);
    html.replace(QChar::LineSeparator, u"<br>"_s);
    return html;
}

// The text of [from, to) with its highlights as nested marks, split wherever one starts or ends.
QString runHtml(const QString &text, int from, int to, const Placed &placed)
{
    QString html;
    const QVector<HighlightSegmenter::Segment> segments =
        HighlightSegmenter::segments(placed.ranges, from, to);
    for (const HighlightSegmenter::Segment &segment : segments) {
        for (int i : segment.active) {
            const Annotation *annotation = placed.annotations.at(i);
            html += u"<mark class=\""_s + styleClass(annotation->styleId) + u"\">"_s;
        }
        html += textHtml(QStringView(text).mid(segment.start, segment.end - segment.start));
        for (qsizetype a = segment.active.size(); a > 0; --a)
            html += u"</mark>"_s;
        // The note number follows the highlight where it ends (the end of the run, if it spans several).
        QVector<int> ending;
        for (int i : segment.active) {
            if (std::min(placed.ranges.at(i).end, to) == segment.end)
                ending.append(i);
        }
        std::sort(ending.begin(), ending.end());
        for (int i : std::as_const(ending)) {
            const QString n = QString::number(i + 1);
            const bool last = placed.ranges.at(i).end <= to;
            html += u"<sup class=\"ref\"><a href=\"#note-"_s + n + u'"'
                    + (last ? u" id=\"ref-"_s + n + u'"' : QString()) + u'>' + n + u"</a></sup>"_s;
        }
    }
    return html;
}

QString blockHtml(const QString &text, const ArticleBlock &block, const Placed &placed)
{
    QString html = blockOpen(block);
    if (block.kind == ArticleBlock::Kind::TableRow) {
        // Cells are separated by tabs in the stored text; a highlight across cells is cut at each.
        const QString cell = block.level == 1 ? u"th"_s : u"td"_s;
        int cellStart = block.start;
        for (int i = block.start; i <= block.end(); ++i) {
            if (i == block.end() || text.at(i) == u'\t') {
                html += u'<' + cell + u'>' + runHtml(text, cellStart, i, placed) + u"</"_s + cell + u'>';
                cellStart = i + 1;
            }
        }
    } else {
        html += runHtml(text, block.start, block.end(), placed);
    }
    return html + blockClose(block);
}

QString labelsHtml(const Annotation &annotation, const QHash<qint64, const HighlightStyle *> &styles)
{
    QStringList labels;
    if (const HighlightStyle *style = styles.value(annotation.styleId, nullptr)) {
        labels.append(u"<span class=\"style\"><span class=\"swatch "_s + styleClass(style->id)
                      + u"\"></span>"_s + HtmlExporter::escape(style->name) + u"</span>"_s);
    }
    for (const QString &tag : annotation.tags)
        labels.append(u"<span class=\"tag\">"_s + HtmlExporter::escape(tag) + u"</span>"_s);
    if (labels.isEmpty())
        return {};
    return u"<p class=\"labels\" dir=\"auto\">"_s + labels.join(u" "_s) + u"</p>"_s;
}

QString annotationEntry(const Annotation &annotation, const QHash<qint64, const HighlightStyle *> &styles)
{
    QString html = u"<blockquote dir=\"auto\">"_s + textHtml(annotation.quote.exact).replace(u'\n', u"<br>"_s)
                   + u"</blockquote>"_s;
    if (!annotation.note.trimmed().isEmpty())
        html +=
            u"<div class=\"note\" dir=\"auto\">"_s + HtmlExporter::noteHtml(annotation.note) + u"</div>"_s;
    return html + labelsHtml(annotation, styles);
}

} // namespace

QString HtmlExporter::escape(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            escaped += u"&amp;"_s;
            break;
        case u'<':
            escaped += u"&lt;"_s;
            break;
        case u'>':
            escaped += u"&gt;"_s;
            break;
        case u'"':
            escaped += u"&quot;"_s;
            break;
        case u'\'':
            escaped += u"&#39;"_s;
            break;
        default:
            if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f)
                escaped += QChar::ReplacementCharacter;
            else
                escaped += c;
        }
    }
    return escaped;
}

QString HtmlExporter::noteHtml(const QString &note)
{
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n\\s*"_s);
    QString normalised = note.trimmed();
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList paragraphs = normalised.split(blankLines, Qt::SkipEmptyParts);
    QString html;
    for (const QString &paragraph : paragraphs)
        html += u"<p>"_s + escape(paragraph).replace(u'\n', u"<br>\n"_s) + u"</p>"_s;
    return html;
}

QByteArray HtmlExporter::write(const ExportItem &item, const QVector<HighlightStyle> &styles,
                               const QDateTime &exported)
{
    const Article article = articleFromRecord(item.document);
    const QString &text = article.text;
    QHash<qint64, const HighlightStyle *> styleById;
    for (const HighlightStyle &style : styles)
        styleById.insert(style.id, &style);

    Placed placed;
    QVector<const Annotation *> orphans;
    for (const Annotation &annotation : item.annotations)
        (isPlaced(annotation, int(text.size())) ? placed.annotations : orphans).append(&annotation);
    std::stable_sort(placed.annotations.begin(), placed.annotations.end(),
                     [](const Annotation *a, const Annotation *b) {
                         return a->start != b->start ? a->start < b->start : a->end > b->end;
                     });
    QVector<HighlightSegmenter::Range> ranges;
    for (const Annotation *annotation : std::as_const(placed.annotations))
        ranges.append({annotation->start, annotation->end});
    placed.ranges = HighlightSegmenter::snapped(text, ranges);

    const QString title = item.document.title.trimmed().isEmpty() ? tr("Untitled") : item.document.title;
    QString html = u"<!DOCTYPE html>\n<html"_s;
    if (!item.document.language.isEmpty())
        html += u" lang=\""_s + escape(item.document.language) + u'"';
    html += u" dir=\""_s + dirName(item.document.direction) + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s
            + u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "_s
            + u"style-src 'unsafe-inline'\">\n"_s
            + u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
            + u"<meta name=\"generator\" content=\"Hashiya\">\n<title>"_s + escape(title)
            + u"</title>\n<style>\n"_s + styleSheet(styles) + u"</style>\n</head>\n<body>\n<header>\n"_s;
    // A plain-text article starts with its title as a heading; printing it twice would look like a mistake.
    const bool titleInText =
        !article.blocks.isEmpty() && article.blocks.constFirst().kind == ArticleBlock::Kind::Heading
        && QStringView(text)
                   .mid(article.blocks.constFirst().start, article.blocks.constFirst().length)
                   .trimmed()
               == title.trimmed();
    if (!titleInText)
        html += u"<h1 dir=\"auto\">"_s + escape(title) + u"</h1>\n"_s;
    QStringList meta;
    if (!item.document.sourcePath.isEmpty())
        meta.append(tr("Source: %1").arg(u"<bdi>"_s + escape(item.document.sourcePath) + u"</bdi>"_s));
    const QDateTime when = exported.isValid() ? exported : QDateTime::currentDateTimeUtc();
    meta.append(tr("Exported: %1").arg(when.toUTC().toString(Qt::ISODate)));
    html += u"<p class=\"meta\" dir=\"auto\">"_s + meta.join(u" · "_s) + u"</p>\n</header>\n<main>\n"_s;

    // List items and table rows need a parent element around each run of them.
    ArticleBlock::Kind group = ArticleBlock::Kind::Paragraph;
    const auto closeGroup = [&html, &group]() {
        if (group == ArticleBlock::Kind::ListItem)
            html += u"</ul>\n"_s;
        else if (group == ArticleBlock::Kind::TableRow)
            html += u"</table>\n"_s;
        group = ArticleBlock::Kind::Paragraph;
    };
    for (const ArticleBlock &block : article.blocks) {
        const bool grouped =
            block.kind == ArticleBlock::Kind::ListItem || block.kind == ArticleBlock::Kind::TableRow;
        if (group != (grouped ? block.kind : ArticleBlock::Kind::Paragraph)) {
            closeGroup();
            if (grouped) {
                html += block.kind == ArticleBlock::Kind::ListItem ? u"<ul class=\"list\">\n"_s
                                                                   : u"<table dir=\"auto\">\n"_s;
                group = block.kind;
            }
        }
        if (block.length > 0 || block.kind == ArticleBlock::Kind::TableRow)
            html += blockHtml(text, block, placed);
    }
    closeGroup();
    html += u"</main>\n"_s;

    if (!placed.annotations.isEmpty()) {
        html += u"<section class=\"notes\">\n<h2 dir=\"auto\">"_s + escape(tr("Notes")) + u"</h2>\n<ol>\n"_s;
        for (int i = 0; i < placed.annotations.size(); ++i) {
            const QString n = QString::number(i + 1);
            html += u"<li id=\"note-"_s + n + u"\">"_s + annotationEntry(*placed.annotations.at(i), styleById)
                    + u"<a class=\"back\" href=\"#ref-"_s + n + u"\">↩</a></li>\n"_s;
        }
        html += u"</ol>\n</section>\n"_s;
    }
    if (!orphans.isEmpty()) {
        html += u"<section class=\"orphans\">\n<h2 dir=\"auto\">"_s + escape(tr("Not anchored"))
                + u"</h2>\n"_s + u"<p dir=\"auto\">"_s
                + escape(tr("These passages are no longer found in the text.")) + u"</p>\n<ul>\n"_s;
        for (const Annotation *annotation : std::as_const(orphans))
            html += u"<li>"_s + annotationEntry(*annotation, styleById) + u"</li>\n"_s;
        html += u"</ul>\n</section>\n"_s;
    }
    html += u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace hashiya
