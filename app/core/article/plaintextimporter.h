#pragma once

#include "article/article.h"

#include <QString>
#include <QStringView>

namespace hashiya {

/**
 * Turns plain text into an Article: normalised line endings, paragraphs separated by blank lines, hard line
 * wraps kept as U+2028, a first short line taken as the title heading, directions and language guessed.
 */
class PlainTextImporter final
{
public:
    static Article import(const QString &text);

    /** True for a single line of at most 200 characters that does not end like a sentence. */
    static bool looksLikeHeading(QStringView block);
};

} // namespace hashiya
