#pragma once

#include "annotation/highlightstyle.h"
#include "interop/exportitem.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace hashiya {

/**
 * Writes annotations as Markdown study notes for note apps: per document a heading, then each annotation in
 * reading order as a block quote of the passage, the note as written, its tags as #tags and its style.
 */
class MarkdownExporter final
{
public:
    static QString write(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles);

    /** The text with every character Markdown (or a note app: #tags, $math$) would interpret
     * backslash-escaped. */
    static QString escape(QStringView text);
    /** The quote as "> " lines, escaped; U+2028 and '\n' in the quote start new lines. */
    static QString blockQuote(QStringView quote);
    /** A tag as a note-app #tag: spaces become "_". */
    static QString hashtag(const QString &tag);
};

} // namespace hashiya
