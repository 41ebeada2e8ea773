#include "interop/qdeprojectwriter.h"

#include "interop/qdecodebook.h"
#include "text/codepointindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

// Fixed forever: changing it would change every GUID a re-export gives, and QDA tools would see new codes.
const QUuid hashiyaNamespace(u"{5b0e8a3c-2f4d-4e61-9a7b-0c68617368ab}"_s);

QString guid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString dateTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString shortName(const QString &text)
{
    QString name = text.simplified();
    if (name.size() > 80) {
        int cut = 79;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name = name.left(cut) + u'…';
    }
    return name;
}

struct Note {
    QUuid id;
    QString name;
    QString content;
    QDateTime created;
};

bool isPlaced(const Annotation &annotation, int textLength)
{
    return annotation.state != AnchorState::Orphaned && annotation.start < annotation.end
           && annotation.end <= textLength;
}

} // namespace

QUuid QdeProjectWriter::guidFor(const QString &key)
{
    return QUuid::createUuidV5(hashiyaNamespace, key);
}

QString QdeProjectWriter::xmlSafe(const QString &text)
{
    QString safe = text;
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const char16_t c = safe.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < safe.size()
            && QChar::isLowSurrogate(safe.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        const bool bad = (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || QChar::isSurrogate(c)
                         || c == 0xfffe || c == 0xffff;
        if (bad)
            safe[i] = QChar::ReplacementCharacter;
    }
    return safe;
}

QdeProjectWriter::Result QdeProjectWriter::write(const ExportBundle &bundle, const QString &projectName,
                                                 const QDateTime &created)
{
    Result result;
    const QDateTime when = created.isValid() ? created : QDateTime::currentDateTimeUtc();
    QString userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (userName.isEmpty())
        userName = u"Hashiya"_s;
    const QString user = guid(guidFor(u"user:"_s + userName));
    const QdeCodeBook codes(bundle);
    QHash<qint64, bool> knownStyle;
    for (const HighlightStyle &style : bundle.styles)
        knownStyle.insert(style.id, true);

    QXmlStreamWriter xml(&result.projectXml);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(u"urn:QDA-XML:project:1.0"_s);
    xml.writeStartElement(u"Project"_s);
    xml.writeAttribute(u"name"_s, xmlSafe(projectName));
    xml.writeAttribute(u"origin"_s, u"Hashiya"_s);
    xml.writeAttribute(u"creatingUserGUID"_s, user);
    xml.writeAttribute(u"creationDateTime"_s, dateTime(when));

    xml.writeStartElement(u"Users"_s);
    xml.writeEmptyElement(u"User"_s);
    xml.writeAttribute(u"guid"_s, user);
    xml.writeAttribute(u"name"_s, xmlSafe(userName));
    xml.writeEndElement();

    if (!codes.isEmpty())
        codes.write(xml);

    QVector<Note> notes;
    if (!bundle.items.isEmpty())
        xml.writeStartElement(u"Sources"_s);
    for (const ExportItem &item : bundle.items) {
        const QString text = xmlSafe(item.document.text);
        const CodePointIndex index(text);
        const QUuid sourceId = item.document.uuid.isNull()
                                   ? guidFor(u"document:"_s + QString::number(item.document.id))
                                   : item.document.uuid;
        const QString path = u"Sources/"_s + guid(sourceId) + u".txt"_s;
        result.sources.append({path, text.toUtf8()});

        xml.writeStartElement(u"TextSource"_s);
        xml.writeAttribute(u"guid"_s, guid(sourceId));
        xml.writeAttribute(u"name"_s,
                           xmlSafe(item.document.title.isEmpty() ? u"Untitled"_s : item.document.title));
        xml.writeAttribute(u"plainTextPath"_s, u"internal://"_s + guid(sourceId) + u".txt"_s);
        xml.writeAttribute(u"creatingUser"_s, user);
        if (item.document.created.isValid())
            xml.writeAttribute(u"creationDateTime"_s, dateTime(item.document.created));

        QVector<const Annotation *> ordered;
        for (const Annotation &annotation : item.annotations)
            ordered.append(&annotation);
        std::stable_sort(ordered.begin(), ordered.end(), [](const Annotation *a, const Annotation *b) {
            return a->start != b->start ? a->start < b->start : a->end < b->end;
        });
        QVector<QUuid> orphanNotes;
        for (const Annotation *annotation : std::as_const(ordered)) {
            const QString annotationId = guid(annotation->id);
            if (!isPlaced(*annotation, int(text.size()))) {
                Note note{guidFor(u"orphan-note:"_s + annotationId), shortName(annotation->quote.exact),
                          QCoreApplication::translate("hashiya::QdeProjectWriter", "Not anchored: “%1”")
                              .arg(annotation->quote.exact),
                          annotation->created};
                if (!annotation->note.trimmed().isEmpty())
                    note.content += u"\n\n"_s + annotation->note;
                if (!annotation->tags.isEmpty())
                    note.content += u"\n\n"_s
                                    + QCoreApplication::translate("hashiya::Exporter", "Tags: %1")
                                          .arg(annotation->tags.join(u", "_s));
                orphanNotes.append(note.id);
                notes.append(note);
                continue;
            }
            xml.writeStartElement(u"PlainTextSelection"_s);
            xml.writeAttribute(u"guid"_s, annotationId);
            xml.writeAttribute(u"name"_s, xmlSafe(shortName(annotation->quote.exact)));
            xml.writeAttribute(u"startPosition"_s,
                               QString::number(index.toCodePointOffset(annotation->start)));
            xml.writeAttribute(u"endPosition"_s, QString::number(index.toCodePointOffset(annotation->end)));
            xml.writeAttribute(u"creatingUser"_s, user);
            if (annotation->created.isValid())
                xml.writeAttribute(u"creationDateTime"_s, dateTime(annotation->created));
            if (annotation->modified.isValid()) {
                xml.writeAttribute(u"modifyingUser"_s, user);
                xml.writeAttribute(u"modifiedDateTime"_s, dateTime(annotation->modified));
            }
            QVector<QUuid> codeIds;
            if (knownStyle.contains(annotation->styleId))
                codeIds.append(QdeCodeBook::styleGuid(annotation->styleId));
            for (const QString &tag : annotation->tags) {
                const QUuid codeId = codes.tagGuid(tag);
                if (!codeId.isNull() && !codeIds.contains(codeId))
                    codeIds.append(codeId);
            }
            for (const QUuid &codeId : std::as_const(codeIds)) {
                xml.writeStartElement(u"Coding"_s);
                xml.writeAttribute(u"guid"_s,
                                   guid(guidFor(u"coding:"_s + annotationId + u':' + guid(codeId))));
                xml.writeAttribute(u"creatingUser"_s, user);
                if (annotation->created.isValid())
                    xml.writeAttribute(u"creationDateTime"_s, dateTime(annotation->created));
                xml.writeEmptyElement(u"CodeRef"_s);
                xml.writeAttribute(u"targetGUID"_s, guid(codeId));
                xml.writeEndElement();
            }
            if (!annotation->note.trimmed().isEmpty()) {
                const Note note{guidFor(u"note:"_s + annotationId), shortName(annotation->note),
                                annotation->note, annotation->modified};
                notes.append(note);
                xml.writeEmptyElement(u"NoteRef"_s);
                xml.writeAttribute(u"targetGUID"_s, guid(note.id));
            }
            xml.writeEndElement(); // PlainTextSelection
        }
        for (const QUuid &noteId : std::as_const(orphanNotes)) {
            xml.writeEmptyElement(u"NoteRef"_s);
            xml.writeAttribute(u"targetGUID"_s, guid(noteId));
        }
        xml.writeEndElement(); // TextSource
    }
    if (!bundle.items.isEmpty())
        xml.writeEndElement(); // Sources

    if (!notes.isEmpty()) {
        xml.writeStartElement(u"Notes"_s);
        for (const Note &note : std::as_const(notes)) {
            xml.writeStartElement(u"Note"_s);
            xml.writeAttribute(u"guid"_s, guid(note.id));
            xml.writeAttribute(u"name"_s, xmlSafe(note.name));
            xml.writeAttribute(u"creatingUser"_s, user);
            if (note.created.isValid())
                xml.writeAttribute(u"creationDateTime"_s, dateTime(note.created));
            xml.writeTextElement(u"PlainTextContent"_s, xmlSafe(note.content));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Project
    xml.writeEndDocument();
    return result;
}

} // namespace hashiya
