#pragma once

#include <QString>
#include <QUuid>
#include <QVector>

#include <utility>

namespace hashiya {

/**
 * One result of a library search: where the query matched (a document's title or text, an annotation's quote,
 * note or tag), a snippet of the original text around it with the matches marked, and its bm25 rank.
 */
struct SearchHit {
    // The values are stored in the index (search_entry.kind): never renumber them.
    enum class Kind { Title = 0, Text = 1, Quote = 2, Note = 3, Tag = 4 };

    Kind kind = Kind::Text;
    qint64 documentId = 0;
    QUuid annotationId; // null for Title and Text hits
    QString documentTitle;
    /// UTF-16 offsets into the document's stored text: the first match for Text and Quote hits, the
    /// annotation's range for Note and Tag hits, -1 for Title hits.
    int start = -1;
    int end = -1;
    QString snippet;                             // original text, "…" where it was cut
    QVector<std::pair<int, int>> snippetMatches; // [start, end) of each query match inside the snippet
    double rank = 0;                             // bm25: lower is better
};

} // namespace hashiya
