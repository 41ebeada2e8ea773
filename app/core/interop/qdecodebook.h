#pragma once

#include "interop/exportbundle.h"

#include <QColor>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QStringList>
#include <QUuid>

class QXmlStreamWriter;

namespace hashiya {

/**
 * The REFI-QDA code book of an export: a code per tag, nested like the tags, and a code per highlight style
 * under one non-codable "Highlight styles" code. GUIDs are deterministic (QdeProjectWriter::guidFor), so a
 * re-export gives a QDA tool the same codes.
 */
class QdeCodeBook final
{
    Q_DISABLE_COPY_MOVE(QdeCodeBook)

public:
    explicit QdeCodeBook(const ExportBundle &bundle);

    /// The code of a tag by name (exact spelling, else case-folded); null when there is none.
    QUuid tagGuid(const QString &name) const;
    static QUuid styleGuid(qint64 styleId);
    bool isEmpty() const;
    /// Writes <CodeBook><Codes>…</Codes></CodeBook>; call only when !isEmpty() (the schema wants a code).
    void write(QXmlStreamWriter &xml) const;

private:
    static void writeCode(QXmlStreamWriter &xml, const QUuid &id, const QString &name, const QColor &color,
                          bool codable, bool close = true);
    void writeTag(QXmlStreamWriter &xml, const ExportTag &tag, QSet<qint64> *written) const;
    void writeTags(QXmlStreamWriter &xml, qint64 parentId, QSet<qint64> *written) const;

    const ExportBundle &m_bundle;
    QHash<QString, QUuid> m_tagGuid;
    QHash<QString, QUuid> m_tagGuidFolded;
    QMultiHash<qint64, const ExportTag *> m_children;
    QStringList m_extraTags; // tags on annotations that the tag list does not hold
};

} // namespace hashiya
