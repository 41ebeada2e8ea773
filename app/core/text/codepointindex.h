#pragma once

#include <QStringView>
#include <QVector>

namespace hashiya {

/**
 * Converts many offsets of one text between UTF-16 units and code points in O(log n) each: it keeps only the
 * positions of the text's surrogate pairs, so exporting thousands of annotations on a book stays linear.
 * It does not keep the text; it is valid for the text it was built from.
 */
class CodePointIndex final
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);

    int toCodePointOffset(int utf16Offset) const;
    int toUtf16Offset(int codePointOffset) const;

    int utf16Length() const { return m_utf16Length; }
    int codePointCount() const { return m_utf16Length - int(m_pairStarts.size()); }

private:
    int m_utf16Length = 0;
    QVector<int> m_pairStarts;     // UTF-16 offset of each surrogate pair's lead unit, ascending
    QVector<int> m_pairCodePoints; // the code point offset of the same pairs, ascending
};

} // namespace hashiya
