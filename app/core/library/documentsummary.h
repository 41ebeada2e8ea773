#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace hashiya {

/** A document as the library list shows it: no text, just what identifies it and how much it is annotated. */
struct DocumentSummary {
    qint64 id = 0;
    QUuid uuid;
    QString title;
    int annotationCount = 0;
    QDateTime lastOpened;
    QString encoding;
};

} // namespace hashiya
