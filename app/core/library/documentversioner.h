#pragma once

#include "article/article.h"
#include "library/documentrecord.h"

#include <QString>
#include <QUuid>
#include <QVector>

#include <optional>

namespace hashiya {

class Library;

/**
 * What happened to a document's annotations when it got a new version: kept (exact quote found, state
 * anchored), moved (found approximately or out of its context, state relocated, quote taken from the new
 * text), orphaned (not found: no position, old quote and note kept, listed in `orphans`).
 */
struct ReanchorReport {
    qint64 previousDocumentId = 0;
    qint64 newDocumentId = 0;
    int kept = 0;
    int moved = 0;
    int orphaned = 0;
    QVector<QUuid> orphans;
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
};

/**
 * Makes a changed text a new version of a document: a new `document` row linked to the old one through
 * `previous_version` (the old row keeps its text and stays readable), every annotation moved to the new row
 * under its own uuid (notes, tags and search entries follow) and re-anchored by Reanchorer. All of it is one
 * Transaction: after a crash the library holds the old state or the new, never half of it.
 *
 * Versions form a chain: the library list shows its latest version only (DocumentStore::list), a new
 * version is always made of the chain's latest one, and versions() gives the chain newest first.
 */
class DocumentVersioner final
{
public:
    /// Imports `article` as the next version of the document `previousDocumentId` (or of the newest
    /// version of its chain, where its annotations are). `newRecord`, if given, receives the new row.
    /// A text identical to that version's makes no new row: newDocumentId is the existing one, all kept.
    static ReanchorReport importNewVersion(Library &library, qint64 previousDocumentId,
                                           const Article &article, DocumentRecord *newRecord);
    /// Every version of the document's chain, newest first; their texts are left empty (DocumentStore::find
    /// reads one).
    static QVector<DocumentRecord> versions(Library &library, qint64 documentId);
    /// The latest version of a document imported from `sourcePath` (absolute), if any.
    static std::optional<qint64> latestVersionWithPath(Library &library, const QString &sourcePath);
};

} // namespace hashiya
