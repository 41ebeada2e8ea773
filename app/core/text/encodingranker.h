#pragma once

#include "text/textplausibility.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace hashiya {

/** One candidate decoding as the ranker judged it. */
struct RankedEncoding {
    QString encoding;          // standard name
    int confidence = 0;        // 0..100, the combined judgement
    int icuConfidence = 0;     // what ICU's detector said alone (0 when it did not propose it)
    bool invalidBytes = false; // in the sample
    bool declared = false;     // the page's own meta charset
    QString sample;            // the decoded leading sample
    Plausibility plausibility;
};

/**
 * Decides between the encodings a legacy file may be in, better than ICU's detector alone: takes ICU's
 * candidates (its HTML filter on for pages) and the encodings our users meet, decodes a leading sample with
 * each, judges each text with TextPlausibility, and lets a page's declared charset win when it decodes
 * cleanly. Candidates that decode to the same text are merged; the result is best first.
 */
class EncodingRanker final
{
public:
    explicit EncodingRanker(const QByteArray &bytes);

    const QVector<RankedEncoding> &ranked() const { return m_ranked; }
    /** The page's declared charset, by standard name; empty when none. */
    QString declared() const { return m_declared; }
    /** True when the page declared a charset and the bytes contradict it (invalid bytes, or mojibake while
     *  another candidate reads cleanly). */
    bool declaredRejected() const { return m_declaredRejected; }
    /** True when the sample is the whole input. */
    bool sampleIsWhole() const { return m_sampleIsWhole; }

private:
    void collect(const QByteArray &sample, bool html);
    void judgeDeclared();
    void mergeAndSort();

    QVector<RankedEncoding> m_ranked;
    QString m_declared;
    bool m_declaredRejected = false;
    bool m_sampleIsWhole = true;
};

} // namespace hashiya
