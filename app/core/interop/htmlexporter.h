#pragma once

#include "annotation/highlightstyle.h"
#include "interop/exportitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QVector>

namespace hashiya {

/**
 * Writes one document as a standalone HTML page to read or send: the article with its blocks (headings,
 * quotes, list items, paragraphs, each with its direction), highlights drawn in their style's colours as
 * nested `<mark>`s with a numbered link to their note, the notes listed under the article, and annotations
 * that lost their place under "Not anchored". It loads nothing (a Content-Security-Policy forbids any fetch
 * or script) and every user string is escaped: a note holding `<script>` shows as text.
 */
class HtmlExporter final
{
    Q_DECLARE_TR_FUNCTIONS(hashiya::HtmlExporter)

public:
    /// The page as UTF-8; `exported` is the time printed in its header (now when invalid).
    static QByteArray write(const ExportItem &item, const QVector<HighlightStyle> &styles,
                            const QDateTime &exported = {});

    /// `text` with & < > " ' as character references; control characters (never meaningful in a page)
    /// become U+FFFD.
    static QString escape(QStringView text);
    /// A note (Markdown as written) as escaped paragraphs: a blank line starts a paragraph, a line break is
    /// `<br>`. No markup from the note survives.
    static QString noteHtml(const QString &note);
};

} // namespace hashiya
