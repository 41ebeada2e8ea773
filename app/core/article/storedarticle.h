#pragma once

#include "article/article.h"
#include "library/documentrecord.h"

namespace hashiya {

/**
 * The article of a document as the library keeps it: its stored text, and its blocks from the stored
 * structure (HTML, Markdown) or, for plain text, found again from the text itself.
 */
Article articleFromRecord(const DocumentRecord &record);

} // namespace hashiya
