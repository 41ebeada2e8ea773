#include "text/codepointindex.h"

#include <algorithm>

namespace hashiya {

CodePointIndex::CodePointIndex(QStringView text)
    : m_utf16Length(int(text.size()))
{
    for (int i = 0; i + 1 < m_utf16Length; ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairCodePoints.append(i - int(m_pairStarts.size()));
            m_pairStarts.append(i);
            ++i;
        }
    }
}

int CodePointIndex::toCodePointOffset(int utf16Offset) const
{
    int offset = std::clamp(utf16Offset, 0, m_utf16Length);
    // Pairs starting before the offset; if the last of them starts just before it, the offset is inside it.
    auto pairsBefore =
        int(std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), offset) - m_pairStarts.cbegin());
    if (pairsBefore > 0 && m_pairStarts[pairsBefore - 1] == offset - 1) {
        --offset;
        --pairsBefore;
    }
    return offset - pairsBefore;
}

int CodePointIndex::toUtf16Offset(int codePointOffset) const
{
    const int offset = std::clamp(codePointOffset, 0, codePointCount());
    // Each pair before the code point adds one extra UTF-16 unit.
    const auto pairsBefore = int(std::lower_bound(m_pairCodePoints.cbegin(), m_pairCodePoints.cend(), offset)
                                 - m_pairCodePoints.cbegin());
    return offset + pairsBefore;
}

} // namespace hashiya
