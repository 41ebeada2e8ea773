#pragma once

#include "article/article.h"
#include "library/documentrecord.h"
#include "library/documentversioner.h"

#include <QString>

#include <optional>

namespace hashiya {

class Library;

/**
 * Puts an imported article into the library: the same text (by SHA-256) from any path is the same document,
 * whose record is reused and marked opened; new text becomes a new document with its text stored whole —
 * unless the latest version of a document was imported from the same path: then the text is a revision of
 * it and becomes its new version, its annotations re-anchored (DocumentVersioner). A text equal to an
 * earlier version of a chain (a file reverted) also becomes the chain's new version, where the annotations
 * are.
 */
class DocumentImporter final
{
public:
    struct Result {
        DocumentRecord record;
        bool created = false;
        std::optional<ReanchorReport> revision; // set when the import made a new version of a document
        QString error;                          // empty on success
    };

    static Result import(Library &library, const Article &article);
    static QString structureJson(const Article &article);
};

} // namespace hashiya
