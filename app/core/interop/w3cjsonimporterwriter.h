#pragma once

#include "interop/w3cjsonimporteranchorer.h"
#include "interop/w3cjsonimportercandidate.h"
#include "library/searchbulkindexer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QVector>

#include <memory>

namespace hashiya {

class Library;
class RawStatement;

/**
 * Writes anchored annotations to the library in bulk, inside the caller's Transaction: prepared statements
 * reused, styles and tags looked up in hashes read once (created when missing), and search entries written
 * alongside from text folded ahead, copied into the full-text index by finish() in one statement.
 */
class W3cJsonImporterWriter final
{
    Q_DISABLE_COPY_MOVE(W3cJsonImporterWriter)

public:
    explicit W3cJsonImporterWriter(const Library &library);
    ~W3cJsonImporterWriter();

    /// Reads the annotation ids, styles and tags already there. Call inside the transaction.
    bool begin();
    bool isPresent(const QUuid &id) const { return m_present.contains(id); }
    /// Stores the annotation where `anchor` puts it; `quote` and `note` are the candidate's, folded for the
    /// index (the quote is folded again when anchoring changed it).
    bool write(const W3cJsonImporterCandidate &candidate, const W3cJsonImporterAnchorer::Anchor &anchor,
               const SearchPrefolded &quote, const SearchPrefolded &note);
    /// Makes what write() stored searchable.
    bool finish();
    QString lastError() const { return m_lastError; }

private:
    qint64 styleFor(const W3cJsonImporterCandidate &candidate);
    qint64 tagFor(const QString &name);
    bool fail(const QString &error);

    const Library &m_library;
    QString m_lastError;
    QSet<QUuid> m_present;
    QHash<QString, qint64> m_styles;       // exact name → id
    QHash<QString, qint64> m_foldedStyles; // case-folded name → id, for "claim" vs "Claim"
    int m_nextStylePosition = 1;
    QHash<QString, qint64> m_tagsByKey;  // folded tag key → id
    QHash<QString, qint64> m_tagsByName; // name as written → id: most files repeat a few tags
    QString m_now;
    QString m_stateNames[3]; // AnnotationRepository::stateName of each AnchorState, made once
    // Through SQLite's own API: a QSqlQuery with twelve QVariant bindings per row cost more than the insert.
    std::unique_ptr<RawStatement> m_insertAnnotation;
    std::unique_ptr<RawStatement> m_insertLink;
    SearchBulkIndexer m_index;
};

} // namespace hashiya
