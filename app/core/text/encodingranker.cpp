#include "text/encodingranker.h"

#include "text/charsetconverter.h"
#include "text/htmlcharset.h"
#include "text/textdecoder.h"
#include "text/utf16sniffer.h"

#include <unicode/ucsdet.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

constexpr qsizetype SampleLength = 64 * 1024; // enough to judge; a 4 MB file is not decoded twenty times

struct DetectorCloser {
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// The encodings Arabic, Persian, Hebrew and Western readers actually meet, tried whatever ICU says. When two
// decode to the same text the earlier one names it: the ISO set is the narrower, exact statement.
const QStringList &usualEncodings()
{
    static const QStringList names = {u"ISO-8859-6"_s,   u"ISO-8859-8"_s,   u"ISO-8859-1"_s,
                                      u"windows-1256"_s, u"windows-1255"_s, u"windows-1252"_s,
                                      u"UTF-8"_s};
    return names;
}

int tiePriority(const QString &name)
{
    const qsizetype at = usualEncodings().indexOf(name);
    return at < 0 ? int(usualEncodings().size()) : int(at);
}

// ICU's proposals by standard name, with its confidence.
QHash<QString, int> icuProposals(const QByteArray &sample, bool html)
{
    QHash<QString, int> proposals;
    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return proposals;
    ucsdet_enableInputFilter(detector.get(), html);
    ucsdet_setText(detector.get(), sample.constData(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || !name)
            continue;
        // Some detector names (IBM420_rtl, IBM424_ltr) have no converter; they drop out here.
        const QString standard = CharsetConverter::standardName(QString::fromLatin1(name));
        // ICU proposes UTF-16 and UTF-32 at a low confidence for nearly any bytes; our own sniffer decides
        // those.
        if (standard.startsWith("UTF-16"_L1) || standard.startsWith("UTF-32"_L1))
            continue;
        if (!standard.isEmpty() && !proposals.contains(standard))
            proposals.insert(standard, confidence);
    }
    return proposals;
}

} // namespace

EncodingRanker::EncodingRanker(const QByteArray &bytes)
{
    const QByteArray sample = bytes.left(SampleLength);
    m_sampleIsWhole = sample.size() == bytes.size();
    m_declared = HtmlCharset::declared(bytes);
    collect(sample, TextDecoder::looksLikeHtml(bytes));
    judgeDeclared();
    mergeAndSort();
}

void EncodingRanker::collect(const QByteArray &sample, bool html)
{
    const QHash<QString, int> icu = icuProposals(sample, html);
    QStringList names = usualEncodings();
    const QString utf16 = Utf16Sniffer::guess(sample);
    if (!utf16.isEmpty())
        names.prepend(utf16);
    if (!m_declared.isEmpty())
        names.prepend(m_declared);
    for (auto it = icu.cbegin(); it != icu.cend(); ++it)
        names.append(it.key());

    QStringList seen;
    for (const QString &name : std::as_const(names)) {
        Conversion conversion = CharsetConverter::convert(sample, name, m_sampleIsWhole);
        if (!conversion.error.isEmpty() || seen.contains(conversion.encoding))
            continue;
        seen.append(conversion.encoding);
        if (conversion.text.startsWith(QChar(0xFEFF)))
            conversion.text.remove(0, 1);

        RankedEncoding candidate;
        candidate.encoding = conversion.encoding;
        candidate.icuConfidence = icu.value(conversion.encoding, 0);
        candidate.invalidBytes = conversion.invalidBytes;
        candidate.declared = conversion.encoding == m_declared;
        candidate.plausibility = TextPlausibility::judge(conversion.text, html);
        candidate.sample = std::move(conversion.text);

        // Few letters are little evidence: a 15-letter sentence cannot earn the confidence of a page.
        const double evidence = std::min(1.0, 0.55 + 0.45 * double(candidate.plausibility.letters) / 40.0);
        // ICU-only proposals (Latin-2, KOI8-R, Shift_JIS …) are possible but never preferred on a tie, and a
        // UTF-16 reading needs the byte pattern that put it on the list.
        const bool usual = usualEncodings().contains(candidate.encoding) || candidate.encoding == utf16
                           || candidate.declared;
        const double prior = usual ? 1.0 : 0.9;
        const double combined =
            0.85 * candidate.plausibility.score * evidence * prior + 0.15 * candidate.icuConfidence;
        candidate.confidence = int(std::lround(std::clamp(combined, 0.0, 100.0)));
        m_ranked.append(std::move(candidate));
    }
}

void EncodingRanker::judgeDeclared()
{
    if (m_declared.isEmpty())
        return;
    const auto declared =
        std::find_if(m_ranked.begin(), m_ranked.end(), [](const RankedEncoding &r) { return r.declared; });
    if (declared == m_ranked.end()) {
        m_declaredRejected = true; // ICU has no converter for it
        return;
    }
    int bestClean = 0;
    for (const RankedEncoding &r : std::as_const(m_ranked)) {
        if (!r.invalidBytes && !r.declared)
            bestClean = std::max(bestClean, r.plausibility.score);
    }
    // The page's word counts, unless its bytes say otherwise: invalid bytes under it while another reading is
    // clean, or text far less like writing than another reading (Arabic labelled ISO-8859-1 is common).
    const bool lies =
        (declared->invalidBytes && bestClean > 0) || declared->plausibility.score + 25 < bestClean;
    if (lies) {
        m_declaredRejected = true;
        return;
    }
    declared->confidence = std::max(declared->confidence, 90);
}

void EncodingRanker::mergeAndSort()
{
    const auto better = [](const RankedEncoding &a, const RankedEncoding &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return tiePriority(a.encoding) < tiePriority(b.encoding);
    };
    // Within a group of identical readings the name is the declared one, else ICU's, else the narrowest.
    const auto namesBetter = [](const RankedEncoding &a, const RankedEncoding &b) {
        if (a.declared != b.declared)
            return a.declared;
        if (a.icuConfidence != b.icuConfidence)
            return a.icuConfidence > b.icuConfidence;
        return tiePriority(a.encoding) < tiePriority(b.encoding);
    };
    QVector<RankedEncoding> merged;
    for (RankedEncoding &candidate : m_ranked) {
        const auto same = std::find_if(merged.begin(), merged.end(),
                                       [&](const RankedEncoding &m) { return m.sample == candidate.sample; });
        if (same == merged.end()) {
            merged.append(std::move(candidate));
            continue;
        }
        const int confidence = std::max(same->confidence, candidate.confidence);
        if (namesBetter(candidate, *same))
            *same = std::move(candidate);
        same->confidence = confidence;
    }
    std::stable_sort(merged.begin(), merged.end(), better);
    m_ranked = std::move(merged);
}

} // namespace hashiya
