#pragma once

#include "library/searchhit.h"

#include <QString>
#include <QVector>

namespace hashiya {

class Library;

/**
 * Searches the whole library through the full-text index: document titles and texts, annotation quotes,
 * notes and tag names, all folded (a bare query finds vocalised text, any hamza form finds the others,
 * مسؤولية and مسئولية find each other) and with Arabic proclitics stripped at index time (الحكومة finds
 * والحكومة and للحكومة, ranked below the word as written). The query is user text: phrases in double quotes
 * and a trailing `*` for a prefix work, anything else is taken literally. SearchIndexer keeps the index
 * current; rebuild() recreates it from the library's data.
 */
class SearchIndex final
{
    Q_DISABLE_COPY_MOVE(SearchIndex)

public:
    explicit SearchIndex(const Library &library);

    /// The best `limit` hits, best (lowest bm25) first. Empty, with lastError() empty, when nothing matched
    /// or nothing searchable was typed; lastError() is set only when the library could not be read.
    QVector<SearchHit> search(const QString &query, int limit = 100);
    /// Drops and recreates the index from the documents and annotations, in one transaction. The user's
    /// data is only read.
    bool rebuild();
    /// Whether the index's tables and triggers are all there and its FTS structure reads.
    bool isIntact();
    QString lastError() const { return m_lastError; }

private:
    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
