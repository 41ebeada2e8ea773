#pragma once

#include "article/article.h"
#include "library/documentrecord.h"

#include <QString>

namespace hashiya {

class Library;

/**
 * Puts an imported article into the library: the same text (by SHA-256) from any path is the same document,
 * whose record is reused and marked opened; new text becomes a new document with its text stored whole.
 */
class DocumentImporter final
{
public:
    struct Result {
        DocumentRecord record;
        bool created = false;
        QString error; // empty on success
    };

    static Result import(Library &library, const Article &article);
    static QString structureJson(const Article &article);
};

} // namespace hashiya
