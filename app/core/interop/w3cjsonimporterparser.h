#pragma once

#include "interop/w3cjsonimportercandidate.h"
#include "interop/w3cjsonimportervalue.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include <functional>

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
        /// Streaming only: the scanner could not read the file, so the candidates already handed over do not
        /// count; parse(json) decides (through QJsonDocument) what the file holds.
        bool streamAbandoned = false;
        bool stopped = false; // streaming only: a `false` from the receiver ended the reading
    };
    /// Takes each candidate as it is read; false stops the reading.
    using Receiver = std::function<bool(W3cJsonImporterCandidate &&candidate)>;

    static Result parse(const QByteArray &json);
    /**
     * As parse(), in the same order, but hands each candidate to `receive` as soon as it is read, while the
     * rest of the file is still being scanned; `candidates` stays empty. The annotations of a top array, of
     * an AnnotationPage and of a collection's first page stream; later pages are read after the scan.
     */
    static Result parse(const QByteArray &json, const Receiver &receive);

private:
    explicit W3cJsonImporterParser(Result &result)
        : m_result(result)
    {}
    void readTop(const W3cJsonImporterValue &value);
    void readTopElement(const W3cJsonImporterValue &item);
    void deliver(W3cJsonImporterCandidate &&candidate);
    void readPage(const W3cJsonImporterValue &page, int depth);
    void readItem(const W3cJsonImporterValue &value);
    /// Empty on success, else why the annotation cannot be read.
    QString readAnnotation(const W3cJsonImporterValue &object, W3cJsonImporterCandidate &candidate);
    QString readTarget(const W3cJsonImporterValue &target, W3cJsonImporterCandidate &candidate);
    QString readSelector(const W3cJsonImporterValue &selector, W3cJsonImporterCandidate &candidate,
                         QStringList &unknown, bool refinement);
    void readBodies(const W3cJsonImporterValue &object, W3cJsonImporterCandidate &candidate);

    Result &m_result;
    const Receiver *m_receive = nullptr;
    bool m_stopped = false;
    int m_index = 0; // items seen, for the labels of annotations without an id
};

} // namespace hashiya
