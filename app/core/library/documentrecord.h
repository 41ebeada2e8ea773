#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <Qt>

namespace hashiya {

/** A row of the `document` table: one version of an article, its text stored whole. */
struct DocumentRecord {
    qint64 id = 0;
    QUuid uuid;
    QString title;
    QString sourcePath;
    QString mediaType;
    QString sha256; // hex SHA-256 of the text as UTF-8; identifies the document
    QString text;
    QString structure; // JSON array of blocks for structured formats; empty for plain text
    QString language;
    Qt::LayoutDirection direction = Qt::RightToLeft;
    QString encoding;
    qint64 previousVersionId = 0; // 0 = none
    QDateTime created;
    QDateTime lastOpened;
    int readingPosition = 0; // UTF-16 offset of the first visible character
};

} // namespace hashiya
