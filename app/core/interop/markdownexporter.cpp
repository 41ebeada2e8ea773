#include "interop/markdownexporter.h"

#include "text/textdirection.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

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
        parts.append(QCoreApplication::translate("hashiya::MarkdownExporter",
                                                 "*(This passage is no longer found in the text.)*"));
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

QString MarkdownExporter::yamlString(QStringView text)
{
    QString quoted = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            quoted += u"\\\""_s;
            break;
        case u'\\':
            quoted += u"\\\\"_s;
            break;
        case u'\n':
            quoted += u"\\n"_s;
            break;
        case u'\r':
            quoted += u"\\r"_s;
            break;
        case u'\t':
            quoted += u"\\t"_s;
            break;
        case 0x2028:
            quoted += u"\\L"_s;
            break;
        case 0x2029:
            quoted += u"\\P"_s;
            break;
        default:
            // YAML allows no C0/C1 controls (nor BOM, nor non-characters) in its stream: they go as escapes.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0) || c.unicode() == 0xfeff
                || c.unicode() == 0xfffe || c.unicode() == 0xffff)
                quoted += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                quoted += c;
        }
    }
    return quoted + u'"';
}

QString MarkdownExporter::frontMatter(const ExportItem &item, const QDateTime &exported, bool first)
{
    const DocumentRecord &document = item.document;
    QStringList tags;
    for (const Annotation &annotation : item.annotations) {
        for (const QString &tag : annotation.tags) {
            // The same spelling as the #tags in the body (without '#'), so a note app files both together.
            const QString name = hashtag(tag).mid(1);
            if (!name.isEmpty() && !tags.contains(name))
                tags.append(name);
        }
    }
    QString yaml = u"---\n"_s;
    yaml += u"title: "_s + yamlString(document.title.simplified()) + u'\n';
    if (!document.sourcePath.isEmpty())
        yaml += u"source: "_s + yamlString(document.sourcePath) + u'\n';
    yaml += u"document_id: "_s + yamlString(document.uuid.toString(QUuid::WithoutBraces)) + u'\n';
    if (!document.language.isEmpty())
        yaml += u"language: "_s + yamlString(document.language) + u'\n';
    yaml += u"direction: "_s + (document.direction == Qt::LeftToRight ? u"ltr"_s : u"rtl"_s) + u'\n';
    if (document.created.isValid())
        yaml += u"imported: "_s + document.created.toUTC().toString(Qt::ISODate) + u'\n';
    yaml += u"exported: "_s + exported.toUTC().toString(Qt::ISODate) + u'\n';
    if (tags.isEmpty()) {
        yaml += u"tags: []\n"_s;
    } else {
        yaml += u"tags:\n"_s;
        for (const QString &tag : std::as_const(tags))
            yaml += u"  - "_s + yamlString(tag) + u'\n';
    }
    return yaml + (first ? u"---\n"_s : u"...\n"_s);
}

QString MarkdownExporter::write(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles,
                                const QDateTime &exported)
{
    const QDateTime when = exported.isValid() ? exported : QDateTime::currentDateTimeUtc();
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
        QString document =
            frontMatter(item, when, documents.isEmpty()) + "\n"_L1 + documentHeading(item.document) + "\n"_L1;
        document += sections.isEmpty()
                        ? QCoreApplication::translate("hashiya::MarkdownExporter", "*No annotations.*")
                        : sections.join("\n\n---\n\n"_L1);
        documents.append(document + "\n"_L1);
    }
    return documents.join("\n"_L1);
}

} // namespace hashiya
