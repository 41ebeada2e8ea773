#pragma once

#include "annotation/highlightstyle.h"
#include "interop/exportitem.h"

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QVector>

namespace hashiya {

/** A tag as the exporters see it: REFI-QDA codes nest like tags do. */
struct ExportTag {
    qint64 id = 0;
    QString name;
    QColor color;        // invalid when the tag has none
    qint64 parentId = 0; // 0 = top level
};

/** Everything one export writes: the documents with their annotations, every style and every tag. */
struct ExportBundle {
    QVector<ExportItem> items;
    QVector<HighlightStyle> styles;
    QVector<ExportTag> tags;
};

/** One file an export produces. `fileName` is a bare, safe file name (no folder, no separator). */
struct ExportFile {
    QString fileName;
    QByteArray bytes;
};

} // namespace hashiya
