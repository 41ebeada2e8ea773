#pragma once

#include "article/articleblock.h"
#include "article/inlinespan.h"

#include <QString>
#include <QVector>

namespace hashiya {

/**
 * An imported article: its exact reading text (the truth annotations point into), the blocks that text is
 * made of, and what is known about where it came from.
 */
struct Article {
    QString text;                 // blocks are separated by '\n'; a '\n' never lies inside a block
    QVector<ArticleBlock> blocks; // in text order, non-overlapping
    QVector<InlineSpan> spans;    // sorted by start; each inside one block
    QString title;
    QString language; // BCP 47, e.g. "ar"; empty when unknown
    Qt::LayoutDirection baseDirection = Qt::RightToLeft;
    QString mediaType;  // "text/plain", "text/markdown", "text/html"
    QString sourcePath; // absolute path or URL it was read from
    QString encoding;   // the encoding the bytes were decoded from, e.g. "UTF-8", "windows-1256"
};

} // namespace hashiya
