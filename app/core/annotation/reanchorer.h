#pragma once

#include "annotation/annotation.h"
#include "text/textfolder.h"

#include <QString>

#include <memory>
#include <optional>

namespace hashiya {

/**
 * Where an annotation lands in a changed text.
 *
 * - Anchored: the exact quote was found — at the old position, or elsewhere by exact search with at least
 *   one side of its context agreeing (a sentence inserted before it only shifts the offsets). "Kept".
 * - Relocated: found only approximately (words changed, vowel marks added), or its exact quote only in an
 *   unrelated context, or its range had to grow to whole graphemes: the reader should look again. "Moved";
 *   the caller takes the new quote from the new text.
 * - Orphaned: no candidate reached the minimum score; start = end = 0 and the old quote is kept.
 *
 * `score` in [0, 1] weighs quote, prefix, suffix and closeness to the old position 50 / 20 / 20 / 2.
 */
struct AnchorResult {
    AnchorState state = AnchorState::Orphaned;
    int start = 0;
    int end = 0;
    double score = 0;
};

/**
 * Re-anchors annotations made on an earlier version of a text in its new version (DESIGN.md "Anchoring"):
 * the old position if the text there still equals the quote; else the quote found exactly (nearest the old
 * position first, widening the search only while no occurrence has the same context); else an approximate
 * match (ApproximateMatcher over the folded text, so added or removed vowel marks and hamza spellings cost
 * nothing, at most half the quote's length in errors); each candidate scored by quote, context and position;
 * below minimumScore the annotation is orphaned. Ranges always fall on grapheme boundaries.
 *
 * Built once per new text and reused for every annotation; the folded copy of the text is made on the first
 * approximate search only, since most annotations are found exactly. Not thread-safe (that lazy copy).
 */
class Reanchorer final
{
    Q_DISABLE_COPY_MOVE(Reanchorer)

public:
    /// Candidates below this score leave the annotation orphaned: half the quote wrong and no context
    /// agreeing stays below it, an exact quote or a lightly edited one with its context stays above.
    static constexpr double minimumScore = 0.6;
    /// Context similarity (0–1, by edit distance) from which a side counts as agreeing.
    static constexpr double contextAgreement = 0.5;

    explicit Reanchorer(const QString &newText);
    ~Reanchorer();

    const QString &text() const { return m_text; }
    AnchorResult anchor(const Annotation &old) const;

    /// The selector of [start, end) in `text`: the exact quote and 32 units of context either side (the
    /// same as AnnotationStore::quoteFor, never cutting a surrogate pair).
    static TextQuote quoteAt(const QString &text, int start, int end);

private:
    struct Candidate {
        int start = 0;
        int end = 0;
        double score = 0;
        bool contextAgrees = false;
    };

    std::optional<Candidate> exactMatch(const Annotation &old) const;
    std::optional<Candidate> approximateMatch(const Annotation &old) const;
    Candidate scoreExact(const Annotation &old, int start) const;
    double positionCloseness(const Annotation &old, int start) const;
    bool onGraphemeBoundaries(int start, int end) const;
    AnchorResult finish(const Candidate &candidate, AnchorState state) const;
    const FoldedText &folded() const;

    QString m_text;
    mutable std::unique_ptr<FoldedText> m_folded;
};

} // namespace hashiya
