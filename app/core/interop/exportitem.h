#pragma once

#include "annotation/annotation.h"
#include "library/documentrecord.h"

#include <QVector>

namespace hashiya {

/** One document and the annotations of it to export; the exporters need the document's text for positions. */
struct ExportItem {
    DocumentRecord document;
    QVector<Annotation> annotations;
};

} // namespace hashiya
