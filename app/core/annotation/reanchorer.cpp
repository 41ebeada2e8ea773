#include "annotation/reanchorer.h"

#include "annotation/annotationstore.h"
#include "annotation/approximatematcher.h"
#include "text/textboundaries.h"

#include <QStringView>

#include <algorithm>
#include <cstdlib>
#include <tuple>
#include <vector>

namespace hashiya {

namespace {

constexpr double quoteWeight = 50;
constexpr double prefixWeight = 20;
constexpr double suffixWeight = 20;
constexpr double positionWeight = 2;
constexpr double totalWeight = quoteWeight + prefixWeight + suffixWeight + positionWeight;

// Exact search looks this far around the old position first, then 16 and 256 times as far, before the
// whole text: after a small edit nearly every quote is found in the first window with its context intact.
constexpr int firstExactRadius = 1024;
// Occurrences of a very common quote (one letter, one short word) fully scored at most; the others are
// ranked out by a cheap count of equal context units first.
constexpr int maxScoredOccurrences = 64;
constexpr int maxApproximateCandidates = 24;
// Longest quote whose approximate matches are stretched to where their context resumes (a DP each).
constexpr int maxGapFilledQuote = 2000;
// An approximate match found near the old position with at least this score ends the search there.
constexpr double goodNearbyScore = 0.75;

/// 1 when the sides are equal, falling with their edit distance. An empty old side (the quote began or
/// ended the text, or came without context) agrees with a text edge and says nothing either way otherwise.
double contextSimilarity(QStringView oldSide, QStringView newSide, bool atTextEdge)
{
    if (oldSide.isEmpty())
        return atTextEdge ? 1.0 : 0.5;
    if (oldSide == newSide)
        return 1.0;
    const int distance = ApproximateMatcher::editDistance(oldSide, newSide);
    return 1.0 - double(distance) / double(std::max(oldSide.size(), newSide.size()));
}

/// The `length` units of `text` before `position` (fewer at the text's start).
QStringView before(QStringView text, int position, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, position - length);
    return text.mid(from, position - from);
}

QStringView after(QStringView text, int position, qsizetype length)
{
    return text.mid(position, std::min(length, text.size() - position));
}

/// How many units next to the quote are unchanged: a cheap first ranking of many occurrences.
int equalContextUnits(QStringView text, int start, int end, const TextQuote &quote)
{
    int count = 0;
    for (qsizetype i = 1; i <= quote.prefix.size() && start - i >= 0
                          && text[start - i] == quote.prefix[quote.prefix.size() - i];
         ++i)
        ++count;
    for (qsizetype i = 0;
         i < quote.suffix.size() && end + i < text.size() && text[end + i] == quote.suffix[i]; ++i)
        ++count;
    return count;
}

double weighted(double quote, double prefix, double suffix, double position)
{
    return (quoteWeight * quote + prefixWeight * prefix + suffixWeight * suffix + positionWeight * position)
           / totalWeight;
}

} // namespace

Reanchorer::Reanchorer(const QString &newText)
    : m_text(newText)
{}

Reanchorer::~Reanchorer() = default;

TextQuote Reanchorer::quoteAt(const QString &text, int start, int end)
{
    return AnnotationStore::quoteFor(text, start, end);
}

const FoldedText &Reanchorer::folded() const
{
    if (!m_folded)
        m_folded = std::make_unique<FoldedText>(TextFolder::fold(m_text));
    return *m_folded;
}

bool Reanchorer::onGraphemeBoundaries(int start, int end) const
{
    return TextBoundaries::isGraphemeBoundary(m_text, start)
           && TextBoundaries::isGraphemeBoundary(m_text, end);
}

double Reanchorer::positionCloseness(const Annotation &old, int start) const
{
    const double distance = std::abs(double(start) - double(old.start));
    return 1.0 - std::min(1.0, distance / double(std::max<qsizetype>(1, m_text.size())));
}

Reanchorer::Candidate Reanchorer::scoreExact(const Annotation &old, int start) const
{
    const QStringView text(m_text);
    const int end = start + int(old.quote.exact.size());
    const double prefix =
        contextSimilarity(old.quote.prefix, before(text, start, old.quote.prefix.size()), start == 0);
    const double suffix =
        contextSimilarity(old.quote.suffix, after(text, end, old.quote.suffix.size()), end == text.size());
    // A selector imported without any context (a W3C quote selector may have none) has nothing to disagree
    // with: the exact quote is all there is to go by.
    const bool noContext = old.quote.prefix.isEmpty() && old.quote.suffix.isEmpty();
    return {start, end, weighted(1.0, prefix, suffix, positionCloseness(old, start)),
            noContext || prefix >= contextAgreement || suffix >= contextAgreement};
}

std::optional<Reanchorer::Candidate> Reanchorer::exactMatch(const Annotation &old) const
{
    const QStringView text(m_text);
    const QString &exact = old.quote.exact;
    const int size = int(text.size());
    const int length = int(exact.size());
    if (length == 0 || length > size)
        return std::nullopt;
    const int origin = std::clamp(old.start, 0, size);
    const auto sameContext = [&](int at) {
        return before(text, at, old.quote.prefix.size()) == old.quote.prefix
               && after(text, at + length, old.quote.suffix.size()) == old.quote.suffix;
    };

    for (qint64 radius = firstExactRadius;; radius *= 16) {
        const int from = int(std::max<qint64>(0, origin - radius));
        const int to = int(std::min<qint64>(size, qint64(origin) + length + radius));
        if (from == 0 && to == size)
            break;
        const QStringView window = text.mid(from, to - from);
        int nearest = -1;
        for (qsizetype at = window.indexOf(exact); at >= 0; at = window.indexOf(exact, at + 1)) {
            const int start = from + int(at);
            if (sameContext(start) && (nearest < 0 || std::abs(start - origin) < std::abs(nearest - origin)))
                nearest = start;
        }
        if (nearest >= 0)
            return scoreExact(old, nearest);
    }

    std::vector<int> occurrences;
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1))
        occurrences.push_back(int(at));
    if (occurrences.empty())
        return std::nullopt;
    if (int(occurrences.size()) > maxScoredOccurrences) {
        std::vector<std::pair<int, int>> ranked; // (-equal context units, distance to origin) … by start
        ranked.reserve(occurrences.size());
        for (const int start : occurrences)
            ranked.emplace_back(-equalContextUnits(text, start, start + length, old.quote), start);
        std::partial_sort(ranked.begin(), ranked.begin() + maxScoredOccurrences, ranked.end(),
                          [origin](const auto &a, const auto &b) {
                              return a.first < b.first
                                     || (a.first == b.first
                                         && std::abs(a.second - origin) < std::abs(b.second - origin));
                          });
        occurrences.clear();
        for (int i = 0; i < maxScoredOccurrences; ++i)
            occurrences.push_back(ranked[size_t(i)].second);
    }
    std::optional<Candidate> best;
    for (const int start : occurrences) {
        const Candidate candidate = scoreExact(old, start);
        if (!best || candidate.score > best->score
            || (candidate.score == best->score
                && std::abs(candidate.start - origin) < std::abs(best->start - origin)))
            best = candidate;
    }
    return best;
}

std::optional<Reanchorer::Candidate> Reanchorer::approximateMatch(const Annotation &old) const
{
    const QString quoteKey = TextFolder::foldKey(old.quote.exact);
    if (quoteKey.isEmpty() || m_text.isEmpty())
        return std::nullopt;
    const FoldedText &f = folded();
    const QStringView key(f.key);
    const QString prefixKey = TextFolder::foldKey(old.quote.prefix);
    const QString suffixKey = TextFolder::foldKey(old.quote.suffix);
    const int length = int(quoteKey.size());
    const int maxErrors = length / 2;
    const ApproximateMatcher matcher(quoteKey);

    // The key position of the old end, as if the text had not moved: where a lightly edited quote most
    // likely is.
    const auto keyIndexOf = [&f](int sourcePosition) {
        return int(std::lower_bound(f.sourceIndex.cbegin(), f.sourceIndex.cend(), sourcePosition)
                   - f.sourceIndex.cbegin());
    };
    const int preferredEnd = keyIndexOf(old.end);

    // Edit distance prefers the shortest stretch: a quote with a word inserted inside it matches best
    // without its tail. Where the old context resumes just past a match, the match also tries reaching it.
    // A quote that began and ended on word edges should not end half-way through a word in the new text.
    const auto isWordUnit = [](QChar c) {
        return c.isLetterOrNumber() || c.isMark();
    };
    const bool startsOnWordEdge = !old.quote.prefix.isEmpty() && !isWordUnit(old.quote.prefix.back());
    const bool endsOnWordEdge = !old.quote.suffix.isEmpty() && !isWordUnit(old.quote.suffix.front());
    const auto toWordEdges = [&](int keyStart, int keyEnd) {
        while (startsOnWordEdge && keyStart > 0 && keyStart < keyEnd && isWordUnit(key[keyStart - 1])
               && isWordUnit(key[keyStart]))
            --keyStart;
        while (endsOnWordEdge && keyEnd < key.size() && keyEnd > keyStart && isWordUnit(key[keyEnd])
               && isWordUnit(key[keyEnd - 1]))
            ++keyEnd;
        return std::pair{keyStart, keyEnd};
    };
    const auto contextStarts = [&](int keyStart, int keyEnd) {
        constexpr int probe = 8;
        std::tie(keyStart, keyEnd) = toWordEdges(keyStart, keyEnd);
        std::vector<std::pair<int, int>> ranges{{keyStart, keyEnd}};
        if (length > maxGapFilledQuote)
            return ranges;
        int start = keyStart;
        int end = keyEnd;
        if (suffixKey.size() >= probe) {
            const qsizetype at =
                key.mid(keyEnd, maxErrors + probe).indexOf(QStringView(suffixKey).left(probe));
            if (at > 0)
                end = keyEnd + int(at);
        }
        if (prefixKey.size() >= probe) {
            const int from = std::max(0, keyStart - maxErrors - probe);
            const qsizetype at =
                key.mid(from, keyStart - from).lastIndexOf(QStringView(prefixKey).right(probe));
            if (at >= 0 && from + int(at) + probe < keyStart)
                start = from + int(at) + probe;
        }
        if (end != keyEnd)
            ranges.emplace_back(keyStart, end);
        if (start != keyStart)
            ranges.emplace_back(start, keyEnd);
        if (start != keyStart && end != keyEnd)
            ranges.emplace_back(start, end);
        return ranges;
    };

    const auto score = [&](int keyStart, int keyEnd, int distance) {
        const double quote = 1.0 - double(distance) / double(length);
        const double prefix =
            contextSimilarity(prefixKey, before(key, keyStart, prefixKey.size()), keyStart == 0);
        const double suffix =
            contextSimilarity(suffixKey, after(key, keyEnd, suffixKey.size()), keyEnd == key.size());
        auto [start, end] = f.sourceRange(keyStart, keyEnd);
        start = TextBoundaries::snapToGrapheme(m_text, start, false);
        end = TextBoundaries::snapToGrapheme(m_text, end, true);
        return Candidate{start, end, weighted(quote, prefix, suffix, positionCloseness(old, start)), false};
    };

    const auto bestIn = [&](int from, int to) {
        std::optional<Candidate> best;
        const QStringView window = key.mid(from, to - from);
        const auto matches = matcher.search(window, maxErrors, maxApproximateCandidates, preferredEnd - from);
        for (const ApproximateMatch &match : matches) {
            for (const auto &[keyStart, keyEnd] : contextStarts(from + match.start, from + match.end)) {
                const int distance =
                    (keyStart == from + match.start && keyEnd == from + match.end)
                            || length > maxGapFilledQuote
                        ? match.distance
                        : ApproximateMatcher::editDistance(quoteKey, key.mid(keyStart, keyEnd - keyStart));
                if (distance > maxErrors)
                    continue;
                const Candidate candidate = score(keyStart, keyEnd, distance);
                if (candidate.end > candidate.start && (!best || candidate.score > best->score))
                    best = candidate;
            }
        }
        return best;
    };

    const int radius = std::max(4096, 8 * length);
    const int from = std::max(0, preferredEnd - length - radius);
    const int to = int(std::min<qint64>(key.size(), qint64(preferredEnd) + radius));
    std::optional<Candidate> nearby = bestIn(from, to);
    if ((nearby && nearby->score >= goodNearbyScore) || (from == 0 && to == key.size()))
        return nearby;
    std::optional<Candidate> anywhere = bestIn(0, int(key.size()));
    if (!anywhere || (nearby && nearby->score >= anywhere->score))
        return nearby;
    return anywhere;
}

AnchorResult Reanchorer::finish(const Candidate &candidate, AnchorState state) const
{
    AnchorResult result{state, candidate.start, candidate.end, candidate.score};
    // A vowel mark added right after the quote's last letter belongs to it: the range grows to whole
    // graphemes, and a grown range is a changed quote.
    if (!onGraphemeBoundaries(candidate.start, candidate.end)) {
        result.start = TextBoundaries::snapToGrapheme(m_text, candidate.start, false);
        result.end = TextBoundaries::snapToGrapheme(m_text, candidate.end, true);
        result.state = AnchorState::Relocated;
    }
    return result;
}

AnchorResult Reanchorer::anchor(const Annotation &old) const
{
    AnchorResult orphan;
    const QString &exact = old.quote.exact;
    if (m_text.isEmpty() || exact.isEmpty())
        return orphan;

    // 1. The old position, if the text there is still the quote and its context has not changed past
    // recognition (a one-letter quote matches by chance after an insertion before it).
    if (old.state != AnchorState::Orphaned && old.start >= 0 && old.end == old.start + exact.size()
        && old.end <= m_text.size() && QStringView(m_text).mid(old.start, exact.size()) == exact) {
        const Candidate here = scoreExact(old, old.start);
        if (here.contextAgrees)
            return finish(here, AnchorState::Anchored);
    }

    // 2. The exact quote elsewhere; with its context it is the same passage.
    const std::optional<Candidate> exactCandidate = exactMatch(old);
    if (exactCandidate && exactCandidate->contextAgrees)
        return finish(*exactCandidate, AnchorState::Anchored);

    // 3. An approximate match may beat an exact quote found out of context.
    const std::optional<Candidate> approximate = approximateMatch(old);
    const bool useApproximate =
        approximate && (!exactCandidate || approximate->score > exactCandidate->score);
    const std::optional<Candidate> &best = useApproximate ? approximate : exactCandidate;
    if (!best || best->score < minimumScore) {
        orphan.score = best ? best->score : 0;
        return orphan;
    }
    return finish(*best, AnchorState::Relocated);
}

} // namespace hashiya
