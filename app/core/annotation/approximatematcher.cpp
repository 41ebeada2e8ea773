#include "annotation/approximatematcher.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace hashiya {

namespace {

constexpr int wordBits = 64;

} // namespace

ApproximateMatcher::ApproximateMatcher(QStringView pattern)
    : m_length(int(pattern.size()))
    , m_forward(build(pattern))
{
    QString reversed(pattern.size(), Qt::Uninitialized);
    std::reverse_copy(pattern.begin(), pattern.end(), reversed.begin());
    m_reversed = build(reversed);
}

ApproximateMatcher::Blocks ApproximateMatcher::build(QStringView pattern)
{
    Blocks b;
    b.length = int(pattern.size());
    b.blockCount = std::max(1, (b.length + wordBits - 1) / wordBits);
    for (const QChar c : pattern)
        b.symbols.push_back(c.unicode());
    std::sort(b.symbols.begin(), b.symbols.end());
    b.symbols.erase(std::unique(b.symbols.begin(), b.symbols.end()), b.symbols.end());
    b.peq.assign(b.symbols.size() * size_t(b.blockCount), 0);
    for (int i = 0; i < b.length; ++i) {
        const auto symbol =
            std::lower_bound(b.symbols.begin(), b.symbols.end(), pattern[i].unicode()) - b.symbols.begin();
        b.peq[size_t(symbol) * size_t(b.blockCount) + size_t(i / wordBits)] |= std::uint64_t(1)
                                                                               << (i % wordBits);
    }
    return b;
}

template<typename Visit>
void ApproximateMatcher::scan(const Blocks &b, QStringView text, bool freeStart, Visit &&visit)
{
    const int blocks = b.blockCount;
    // Column 0 of the DP is D[i][0] = i: every vertical delta +1.
    std::vector<std::uint64_t> pv(size_t(blocks), ~std::uint64_t(0));
    std::vector<std::uint64_t> mv(size_t(blocks), 0);
    const std::uint64_t topBit = std::uint64_t(1) << (wordBits - 1);
    // The last block's row m sits below its top bit when m is not a multiple of 64; the bits above it hold
    // rows that do not exist, which never affect the rows below (carries only move upwards).
    const std::uint64_t lastBit = std::uint64_t(1) << ((b.length - 1) % wordBits);
    const std::vector<std::uint64_t> none(size_t(blocks), 0);
    int score = b.length;
    for (int j = 0; j < text.size(); ++j) {
        const char16_t c = text[j].unicode();
        const auto found = std::lower_bound(b.symbols.begin(), b.symbols.end(), c);
        const std::uint64_t *eqs = (found != b.symbols.end() && *found == c)
                                       ? &b.peq[size_t(found - b.symbols.begin()) * size_t(blocks)]
                                       : none.data();
        // Row 0: D[0][j] = 0 when a match may start anywhere, = j when it must start at the text's start.
        int hin = freeStart ? 0 : 1;
        for (int k = 0; k < blocks; ++k) {
            const std::uint64_t pvk = pv[size_t(k)];
            const std::uint64_t mvk = mv[size_t(k)];
            const std::uint64_t hinNegative = hin < 0 ? 1 : 0;
            std::uint64_t eq = eqs[k];
            const std::uint64_t xv = eq | mvk;
            eq |= hinNegative;
            const std::uint64_t xh = (((eq & pvk) + pvk) ^ pvk) | eq;
            std::uint64_t ph = mvk | ~(xh | pvk);
            std::uint64_t mh = pvk & xh;
            const std::uint64_t out = k == blocks - 1 ? lastBit : topBit;
            const int hout = (ph & out) ? 1 : ((mh & out) ? -1 : 0);
            ph = (ph << 1) | (hin > 0 ? 1 : 0);
            mh = (mh << 1) | hinNegative;
            pv[size_t(k)] = mh | ~(xv | ph);
            mv[size_t(k)] = ph & xv;
            hin = hout;
        }
        score += hin;
        visit(j, score);
    }
}

QVector<ApproximateMatch> ApproximateMatcher::search(QStringView text, int maxErrors, int maxMatches,
                                                     int preferredEnd) const
{
    QVector<ApproximateMatch> matches;
    if (m_length == 0 || text.isEmpty() || maxMatches <= 0)
        return matches;
    const int limit = std::clamp(maxErrors, 0, m_length);
    bool inRun = false;
    ApproximateMatch best;
    scan(m_forward, text, true, [&](int position, int distance) {
        if (distance <= limit) {
            if (!inRun || distance < best.distance)
                best = {0, position + 1, distance};
            inRun = true;
        } else if (inRun) {
            matches.append(best);
            inRun = false;
        }
    });
    if (inRun)
        matches.append(best);

    const auto closer = [preferredEnd](const ApproximateMatch &a, const ApproximateMatch &b) {
        return a.distance < b.distance
               || (a.distance == b.distance
                   && std::abs(a.end - preferredEnd) < std::abs(b.end - preferredEnd));
    };
    if (matches.size() > maxMatches) {
        std::partial_sort(matches.begin(), matches.begin() + maxMatches, matches.end(), closer);
        matches.resize(maxMatches);
    } else {
        std::sort(matches.begin(), matches.end(), closer);
    }
    for (ApproximateMatch &match : matches)
        match.start = startOf(text, match.end, match.distance);
    return matches;
}

int ApproximateMatcher::startOf(QStringView text, int end, int distance) const
{
    const int from = std::max(0, end - m_length - distance);
    QString reversed(end - from, Qt::Uninitialized);
    std::reverse_copy(text.begin() + from, text.begin() + end, reversed.begin());
    int bestLength = 0;
    int bestDistance = m_length + 1;
    scan(m_reversed, reversed, false, [&](int position, int d) {
        const int length = position + 1;
        if (d < bestDistance
            || (d == bestDistance && std::abs(length - m_length) < std::abs(bestLength - m_length))) {
            bestDistance = d;
            bestLength = length;
        }
    });
    return end - bestLength;
}

int ApproximateMatcher::editDistance(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return int(std::max(a.size(), b.size()));
    std::vector<int> row(size_t(b.size()) + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 0; i < a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i) + 1;
        for (qsizetype j = 0; j < b.size(); ++j) {
            const int above = row[size_t(j) + 1];
            row[size_t(j) + 1] = std::min({above + 1, row[size_t(j)] + 1, diagonal + (a[i] == b[j] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace hashiya
