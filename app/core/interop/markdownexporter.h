#pragma once

#include "annotation/highlightstyle.h"
#include "interop/exportitem.h"

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QVector>

namespace hashiya {

/**
 * Writes annotations as Markdown study notes for note apps: per document a YAML front matter block (title,
 * source, document id, language, direction, export date, tags used) so note apps index it, a heading, then
 * each annotation in reading order as a block quote of the passage, the note as written, its tags as #tags
 * and its style.
 */
class MarkdownExporter final
{
public:
    /// `exported` is the date the front matter gives (now when invalid).
    static QString write(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles,
                         const QDateTime &exported = {});

    /** The YAML front matter of one document, "---\n…\n---\n". Only the first block of a file is front
     * matter to note apps; a later one (several documents in one file) closes with "..." instead, the YAML
     * document end, so Markdown viewers do not turn its last line into a heading. */
    static QString frontMatter(const ExportItem &item, const QDateTime &exported, bool first = true);
    /** A YAML double-quoted scalar: any text (Arabic, colons, quotes, line breaks, controls) read back
     * exactly. */
    static QString yamlString(QStringView text);

    /** The text with every character Markdown (or a note app: #tags, $math$) would interpret
     * backslash-escaped. */
    static QString escape(QStringView text);
    /** The quote as "> " lines, escaped; U+2028 and '\n' in the quote start new lines. */
    static QString blockQuote(QStringView quote);
    /** A tag as a note-app #tag: spaces become "_". */
    static QString hashtag(const QString &tag);
};

} // namespace hashiya
