#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <cstdint>
#include <vector>

namespace hashiya {

/** A substring of the searched text within some edit distance of the pattern: [start, end) in its units. */
struct ApproximateMatch {
    int start = 0;
    int end = 0;
    int distance = 0;
};

/**
 * Finds the substrings of a text closest to a pattern by edit distance (insertions, deletions, substitutions
 * of UTF-16 units), with Myers' bit-parallel algorithm in Hyyrö's block form: one 64-bit word per 64 pattern
 * units, so a quote of any length is searched in O(text × ⌈pattern / 64⌉) word operations.
 *
 * Built once per pattern (the per-character match masks); search() is const and may run on many texts.
 */
class ApproximateMatcher final
{
public:
    explicit ApproximateMatcher(QStringView pattern);

    int patternLength() const { return m_length; }

    /**
     * The best match ending in each run of text positions where some substring is within `maxErrors` of the
     * pattern (the run's lowest distance, its first end on a tie), with its start found by matching the
     * reversed pattern backwards from that end (the longest-overlapping start on a tie, so a match keeps the
     * quote's length when it can). Sorted by distance, then by nearness of the end to `preferredEnd`; at most
     * `maxMatches`.
     */
    QVector<ApproximateMatch> search(QStringView text, int maxErrors, int maxMatches, int preferredEnd) const;

    /// Plain Levenshtein distance by two DP rows, for short strings such as a quote's 32 units of context.
    static int editDistance(QStringView a, QStringView b);

private:
    struct Blocks {
        int length = 0;
        int blockCount = 0;
        std::vector<char16_t> symbols;  // distinct pattern units, sorted; index + 1 is the symbol
        std::vector<std::uint64_t> peq; // (symbol) × blockCount match masks; symbol 0 matches nothing
    };

    static Blocks build(QStringView pattern);
    /// Runs the automaton over `text`. With `freeStart` a match may begin anywhere (search); without, it
    /// begins at text[0] (finding a start backwards). Calls `visit(position, distance)` after each unit.
    template<typename Visit>
    static void scan(const Blocks &blocks, QStringView text, bool freeStart, Visit &&visit);
    int startOf(QStringView text, int end, int distance) const;

    int m_length = 0;
    Blocks m_forward;
    Blocks m_reversed;
};

} // namespace hashiya
