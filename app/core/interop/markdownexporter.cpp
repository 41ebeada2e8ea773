#include "interop/markdownexporter.h"

#include "text/textdirection.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

// Auto-direction renderers take a line's direction from its first strong character. A line whose first
// strong character disagrees with most of it ("Sputnik قالت الوزيرة …") would be laid out backwards, so it
// gets a mark of the right direction in front; other lines stay free of invisible characters.
QString withDirectionMark(const QString &line)
{
    const Qt::LayoutDirection first = firstStrongDirection(line, Qt::LayoutDirectionAuto);
    const Qt::LayoutDirection majority = majorityDirection(line, Qt::LayoutDirectionAuto);
    if (first == Qt::LayoutDirectionAuto || first == majority)
        return line;
    return QChar(majority == Qt::RightToLeft ? 0x200F : 0x200E) + line;
}

QString documentHeading(const DocumentRecord &document)
{
    const QString title = document.title.trimmed().isEmpty() ? u"Untitled"_s : document.title.simplified();
    QString heading = "# "_L1 + withDirectionMark(MarkdownExporter::escape(title)) + "\n"_L1;
    QStringList facts;
    if (!document.sourcePath.isEmpty())
        facts.append("Source: `"_L1 + QString(document.sourcePath).remove(QLatin1Char('`')) + "`"_L1);
    if (document.created.isValid())
        facts.append("Imported: "_L1 + document.created.toUTC().date().toString(Qt::ISODate));
    if (!facts.isEmpty())
        heading += "\n"_L1 + facts.join(u" · "_s) + "\n"_L1;
    return heading;
}

QString annotationSection(const Annotation &annotation, const HighlightStyle *style)
{
    QStringList parts;
    parts.append(MarkdownExporter::blockQuote(annotation.quote.exact));
    if (annotation.state == AnchorState::Orphaned)
        parts.append(u"*(This passage is no longer found in the text.)*"_s);
    const QString note = annotation.note.trimmed();
    if (!note.isEmpty())
        parts.append(note); // Markdown already, as the user wrote it
    QStringList labels;
    for (const QString &tag : annotation.tags)
        labels.append(MarkdownExporter::hashtag(tag));
    QString footer = labels.join(QLatin1Char(' '));
    if (style && !style->name.isEmpty())
        footer += (footer.isEmpty() ? QString() : u" · "_s) + "*"_L1 + MarkdownExporter::escape(style->name)
                  + "*"_L1;
    if (!footer.isEmpty())
        parts.append(footer);
    return parts.join("\n\n"_L1);
}

} // namespace

QString MarkdownExporter::escape(QStringView text)
{
    // CommonMark lets any ASCII punctuation be backslash-escaped, so escaping more than needed is harmless;
    // '#' and '$' are not Markdown but note apps read them as tags and formulas.
    static const QString special = u"\\`*_[]<>#|~$&"_s;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (special.contains(c))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    // At a line start these open a list, a heading underline or a thematic break.
    static const QRegularExpression lineStart(u"^(\\s*)([-+=]|\\d+(?=[.)]))"_s);
    const QRegularExpressionMatch match = lineStart.match(escaped);
    if (match.hasMatch()) {
        if (match.captured(2).front().isDigit())
            escaped.insert(match.capturedEnd(2), QLatin1Char('\\'));
        else
            escaped.insert(match.capturedStart(2), QLatin1Char('\\'));
    }
    return escaped;
}

QString MarkdownExporter::blockQuote(QStringView quote)
{
    QString normalised = quote.toString();
    normalised.replace(QChar::LineSeparator, QLatin1Char('\n'));
    normalised.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    QStringList quoted;
    for (const QString &line : lines) {
        // Leading spaces would turn a quoted line into a code block.
        const QString content = line.trimmed();
        quoted.append(content.isEmpty() ? u">"_s : "> "_L1 + withDirectionMark(escape(content)));
    }
    return quoted.join(QLatin1Char('\n'));
}

QString MarkdownExporter::hashtag(const QString &tag)
{
    QString name = tag.simplified();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    return QLatin1Char('#') + name;
}

QString MarkdownExporter::write(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles)
{
    QHash<qint64, const HighlightStyle *> styleById;
    for (const HighlightStyle &style : styles)
        styleById.insert(style.id, &style);

    QStringList documents;
    for (const ExportItem &item : items) {
        QVector<const Annotation *> ordered;
        for (const Annotation &annotation : item.annotations)
            ordered.append(&annotation);
        std::stable_sort(ordered.begin(), ordered.end(), [](const Annotation *a, const Annotation *b) {
            return a->start != b->start ? a->start < b->start : a->end < b->end;
        });
        QStringList sections;
        for (const Annotation *annotation : std::as_const(ordered))
            sections.append(annotationSection(*annotation, styleById.value(annotation->styleId, nullptr)));
        QString document = documentHeading(item.document) + "\n"_L1;
        document += sections.isEmpty() ? u"*No annotations.*"_s : sections.join("\n\n---\n\n"_L1);
        documents.append(document + "\n"_L1);
    }
    return documents.join("\n"_L1);
}

} // namespace hashiya
