#pragma once

#include "interop/w3cjsonimportercandidate.h"
#include "interop/w3cjsonimportervalue.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace hashiya {

/**
 * Turns W3C Web Annotation JSON-LD into candidate annotations. Accepts one Annotation, an array of them, an
 * AnnotationPage or an AnnotationCollection with embedded pages; a target as an object or an array of them;
 * selectors as an object or an array, TextQuoteSelector and TextPositionSelector (also as the refinement of a
 * selector it does not know). Whatever it cannot use becomes a problem line for that annotation alone.
 */
class W3cJsonImporterParser final
{
public:
    struct Result {
        QVector<W3cJsonImporterCandidate> candidates;
        QStringList problems; // annotations skipped while reading, one line each
        QString error;        // the input as a whole is unreadable
    };

    static Result parse(const QByteArray &json);

private:
    explicit W3cJsonImporterParser(Result &result)
        : m_result(result)
    {}
    void readTop(const W3cJsonImporterValue &value);
    void readPage(const W3cJsonImporterValue &page, int depth);
    void readItem(const W3cJsonImporterValue &value);
    /// Empty on success, else why the annotation cannot be read.
    QString readAnnotation(const W3cJsonImporterValue &object, W3cJsonImporterCandidate &candidate);
    QString readTarget(const W3cJsonImporterValue &target, W3cJsonImporterCandidate &candidate);
    QString readSelector(const W3cJsonImporterValue &selector, W3cJsonImporterCandidate &candidate,
                         QStringList &unknown, bool refinement);
    void readBodies(const W3cJsonImporterValue &object, W3cJsonImporterCandidate &candidate);

    Result &m_result;
    int m_index = 0; // items seen, for the labels of annotations without an id
};

} // namespace hashiya
