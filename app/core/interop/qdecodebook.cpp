#include "interop/qdecodebook.h"

#include "interop/qdeprojectwriter.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

QString guid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

QdeCodeBook::QdeCodeBook(const ExportBundle &bundle)
    : m_bundle(bundle)
{
    for (const ExportTag &tag : bundle.tags) {
        m_tagGuid.insert(tag.name, QdeProjectWriter::guidFor(u"tag:"_s + QString::number(tag.id)));
        m_tagGuidFolded.insert(tag.name.toCaseFolded(), m_tagGuid.value(tag.name));
        m_children.insert(tag.parentId, &tag);
    }
    // A tag on an annotation that the tag list does not hold still gets a code, at the top level.
    for (const ExportItem &item : bundle.items) {
        for (const Annotation &annotation : item.annotations) {
            for (const QString &name : annotation.tags) {
                if (tagGuid(name).isNull() && !m_extraTags.contains(name)) {
                    m_extraTags.append(name);
                    m_tagGuid.insert(name, QdeProjectWriter::guidFor(u"tag-name:"_s + name));
                }
            }
        }
    }
}

QUuid QdeCodeBook::tagGuid(const QString &name) const
{
    const QUuid exact = m_tagGuid.value(name);
    return exact.isNull() ? m_tagGuidFolded.value(name.toCaseFolded()) : exact;
}

QUuid QdeCodeBook::styleGuid(qint64 styleId)
{
    return QdeProjectWriter::guidFor(u"style:"_s + QString::number(styleId));
}

bool QdeCodeBook::isEmpty() const
{
    return m_bundle.tags.isEmpty() && m_extraTags.isEmpty() && m_bundle.styles.isEmpty();
}

void QdeCodeBook::write(QXmlStreamWriter &xml) const
{
    xml.writeStartElement(u"CodeBook"_s);
    xml.writeStartElement(u"Codes"_s);
    QSet<qint64> written;
    writeTags(xml, 0, &written);
    // Tags whose parent is missing or in a cycle would otherwise be lost: they go to the top level.
    for (const ExportTag &tag : m_bundle.tags) {
        if (!written.contains(tag.id))
            writeTag(xml, tag, &written);
    }
    for (const QString &name : m_extraTags)
        writeCode(xml, m_tagGuid.value(name), name, QColor(), true);
    if (!m_bundle.styles.isEmpty()) {
        writeCode(xml, QdeProjectWriter::guidFor(u"styles"_s),
                  QCoreApplication::translate("hashiya::Exporter", "Highlight styles"), QColor(), false,
                  false);
        for (const HighlightStyle &style : m_bundle.styles)
            writeCode(xml, styleGuid(style.id), style.name, style.color, true);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void QdeCodeBook::writeCode(QXmlStreamWriter &xml, const QUuid &id, const QString &name, const QColor &color,
                            bool codable, bool close)
{
    xml.writeStartElement(u"Code"_s);
    xml.writeAttribute(u"guid"_s, guid(id));
    xml.writeAttribute(u"name"_s, QdeProjectWriter::xmlSafe(name));
    xml.writeAttribute(u"isCodable"_s, codable ? u"true"_s : u"false"_s);
    if (color.isValid())
        xml.writeAttribute(u"color"_s, color.name(QColor::HexRgb));
    if (close)
        xml.writeEndElement();
}

void QdeCodeBook::writeTag(QXmlStreamWriter &xml, const ExportTag &tag, QSet<qint64> *written) const
{
    written->insert(tag.id);
    writeCode(xml, m_tagGuid.value(tag.name), tag.name, tag.color, true, false);
    writeTags(xml, tag.id, written);
    xml.writeEndElement();
}

void QdeCodeBook::writeTags(QXmlStreamWriter &xml, qint64 parentId, QSet<qint64> *written) const
{
    QVector<const ExportTag *> children = m_children.values(parentId);
    std::sort(children.begin(), children.end(),
              [](const ExportTag *a, const ExportTag *b) { return a->id < b->id; });
    for (const ExportTag *tag : std::as_const(children)) {
        if (!written->contains(tag->id))
            writeTag(xml, *tag, written);
    }
}

} // namespace hashiya
