#include "interop/csvexporter.h"

#include "library/annotationrepository.h"
#include "text/codepointindex.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString CsvExporter::guarded(QStringView value)
{
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            return u'\'' + value.toString();
    }
    return value.toString();
}

QString CsvExporter::cell(QStringView value)
{
    QString text = guarded(value);
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QByteArray CsvExporter::write(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles)
{
    QHash<qint64, QString> styleNames;
    for (const HighlightStyle &style : styles)
        styleNames.insert(style.id, style.name);

    QStringList rows;
    rows.append(u"document,document id,quote,note,tags,style,start,end,state,created,modified"_s);
    for (const ExportItem &item : items) {
        const CodePointIndex index(item.document.text);
        const int textLength = int(item.document.text.size());
        QVector<const Annotation *> ordered;
        for (const Annotation &annotation : item.annotations)
            ordered.append(&annotation);
        std::stable_sort(ordered.begin(), ordered.end(), [](const Annotation *a, const Annotation *b) {
            return a->start != b->start ? a->start < b->start : a->end < b->end;
        });
        const QString title = cell(item.document.title);
        const QString documentId = cell(item.document.uuid.toString(QUuid::WithoutBraces));
        for (const Annotation *annotation : std::as_const(ordered)) {
            // An orphan has no position, and one past the text cannot be converted: empty beats wrong.
            const bool positioned =
                annotation->state != AnchorState::Orphaned && annotation->end <= textLength;
            const QStringList cells = {
                title,
                documentId,
                cell(annotation->quote.exact),
                cell(annotation->note),
                cell(annotation->tags.join(u"; "_s)),
                cell(styleNames.value(annotation->styleId)),
                positioned ? QString::number(index.toCodePointOffset(annotation->start)) : QString(),
                positioned ? QString::number(index.toCodePointOffset(annotation->end)) : QString(),
                AnnotationRepository::stateName(annotation->state),
                timestamp(annotation->created),
                timestamp(annotation->modified),
            };
            rows.append(cells.join(u','));
        }
    }
    return QByteArray("\xEF\xBB\xBF") + rows.join(u"\r\n"_s).toUtf8() + QByteArray("\r\n");
}

} // namespace hashiya
