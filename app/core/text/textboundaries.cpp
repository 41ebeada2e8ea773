#include "text/textboundaries.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>

namespace hashiya {
namespace {

// Opening a break iterator loads its rules, which costs far more than a segmentation of a paragraph: keep one
// per type and thread. The root rules segment Arabic, Hebrew and English alike and keep clitics attached.
class IteratorCache final
{
public:
    IteratorCache() = default;
    Q_DISABLE_COPY_MOVE(IteratorCache)
    ~IteratorCache()
    {
        for (UBreakIterator *iterator : m_iterators) {
            if (iterator)
                ubrk_close(iterator);
        }
    }

    UBreakIterator *get(UBreakIteratorType type, QStringView text)
    {
        UBreakIterator *&iterator = m_iterators[type];
        UErrorCode status = U_ZERO_ERROR;
        if (!iterator)
            iterator = ubrk_open(type, "", nullptr, 0, &status);
        if (!iterator || U_FAILURE(status))
            return nullptr;
        ubrk_setText(iterator, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
        return U_SUCCESS(status) ? iterator : nullptr;
    }

private:
    UBreakIterator *m_iterators[UBRK_SENTENCE + 1] = {};
};

UBreakIterator *iterator(UBreakIteratorType type, QStringView text)
{
    thread_local IteratorCache cache;
    return cache.get(type, text);
}

bool isWordStatus(int32_t status)
{
    return status < UBRK_WORD_NONE || status >= UBRK_WORD_NONE_LIMIT;
}

bool hasLetterOrDigit(QStringView text)
{
    const auto *units = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(units, i, length, c);
        if (u_isalnum(c))
            return true;
    }
    return false;
}

} // namespace

std::pair<int, int> TextBoundaries::wordAt(const QString &text, int position)
{
    if (position < 0 || position >= text.size())
        return {-1, -1};
    UBreakIterator *words = iterator(UBRK_WORD, text);
    if (!words)
        return {-1, -1};
    const int32_t end = ubrk_following(words, position);
    // The status of a boundary describes the segment that ends there.
    const int32_t status = ubrk_getRuleStatus(words);
    const int32_t start = ubrk_preceding(words, end);
    if (end == UBRK_DONE || start == UBRK_DONE || !isWordStatus(status))
        return {-1, -1};
    return {start, end};
}

bool TextBoundaries::isGraphemeBoundary(const QString &text, int position)
{
    if (position <= 0 || position >= text.size())
        return position == 0 || position == text.size();
    UBreakIterator *characters = iterator(UBRK_CHARACTER, text);
    return !characters || ubrk_isBoundary(characters, position);
}

int TextBoundaries::snapToGrapheme(const QString &text, int position, bool forward)
{
    position = std::clamp(position, 0, int(text.size()));
    if (position == 0 || position == text.size())
        return position;
    UBreakIterator *characters = iterator(UBRK_CHARACTER, text);
    if (!characters || ubrk_isBoundary(characters, position))
        return position;
    // Backward goes through the following boundary: ICU moves an offset inside a surrogate pair to the pair's
    // start before looking back, which would skip the grapheme holding it.
    const int32_t after = ubrk_following(characters, position);
    if (after == UBRK_DONE)
        return position;
    if (forward)
        return after;
    const int32_t before = ubrk_preceding(characters, after);
    return before == UBRK_DONE ? position : before;
}

int TextBoundaries::wordCount(QStringView text)
{
    UBreakIterator *words = text.isEmpty() ? nullptr : iterator(UBRK_WORD, text);
    if (!words)
        return 0;
    int count = 0;
    ubrk_first(words);
    while (ubrk_next(words) != UBRK_DONE) {
        if (isWordStatus(ubrk_getRuleStatus(words)))
            ++count;
    }
    return count;
}

int TextBoundaries::sentenceCount(QStringView text)
{
    // Hashiya keeps a hard line wrap inside a paragraph as U+2028, which ICU takes as a paragraph end; count
    // on a copy where it is a plain space so a wrapped sentence counts once.
    QString unwrapped;
    if (text.contains(QChar::LineSeparator)) {
        unwrapped = text.toString();
        unwrapped.replace(QChar::LineSeparator, QLatin1Char(' '));
        text = unwrapped;
    }
    UBreakIterator *sentences = text.isEmpty() ? nullptr : iterator(UBRK_SENTENCE, text);
    if (!sentences)
        return 0;
    int count = 0;
    int32_t start = ubrk_first(sentences);
    for (int32_t end = ubrk_next(sentences); end != UBRK_DONE; start = end, end = ubrk_next(sentences)) {
        // A lone "." or a quote mark left between two breaks is not a sentence.
        if (hasLetterOrDigit(text.mid(start, end - start)))
            ++count;
    }
    return count;
}

} // namespace hashiya
