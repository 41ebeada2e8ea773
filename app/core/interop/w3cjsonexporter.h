#pragma once

#include "annotation/highlightstyle.h"
#include "interop/exportitem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

namespace hashiya {

class CodePointIndex;

/**
 * Writes annotations as a W3C Web Annotation Data Model AnnotationCollection (JSON-LD): quote and position
 * selectors with positions in code points, notes and tags as textual bodies, styles as classifying bodies
 * and CSS style classes. Other annotation tools read it; Hashiya reads it back without loss.
 */
class W3cJsonExporter final
{
public:
    static constexpr const char *Namespace = "https://hashiya.app/ns#";

    static QByteArray write(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles);

    /** One annotation as a JSON-LD object (without "@context"); `index` converts its offsets to code points.
     */
    static QJsonObject annotationObject(const Annotation &annotation, const DocumentRecord &document,
                                        const CodePointIndex *index, const HighlightStyle *style);

    /** "hashiya-style-<id>": the CSS class a style's annotations carry. */
    static QString styleClass(const HighlightStyle &style);
};

} // namespace hashiya
