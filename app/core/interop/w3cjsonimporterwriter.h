#pragma once

#include "interop/w3cjsonimporteranchorer.h"
#include "interop/w3cjsonimportercandidate.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QVector>

#include <memory>

namespace hashiya {

class Library;
class RawStatement;
struct SearchPrefolded;

/**
 * Writes anchored annotations to the library in bulk, inside the caller's Transaction: prepared statements
 * reused, styles and tags looked up in hashes read once (created when missing), and no search-index upkeep
 * per annotation — finish() indexes everything it wrote in one pass.
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
    bool write(const W3cJsonImporterCandidate &candidate, const W3cJsonImporterAnchorer::Anchor &anchor);
    /// Indexes what write() stored for search; `prefolded` as SearchIndexer::indexAnnotationsAfter takes it.
    bool finish(const QVector<SearchPrefolded> *prefolded = nullptr);
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
    qint64 m_lastAnnotationId = 0;       // the largest row id before the import
    QString m_now;
    QString m_stateNames[3]; // AnnotationRepository::stateName of each AnchorState, made once
    // Through SQLite's own API: a QSqlQuery with twelve QVariant bindings per row cost more than the insert.
    std::unique_ptr<RawStatement> m_insertAnnotation;
    std::unique_ptr<RawStatement> m_insertLink;
};

} // namespace hashiya
