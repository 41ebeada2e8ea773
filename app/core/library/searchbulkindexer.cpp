#include "library/searchbulkindexer.h"

#include "library/rawstatement.h"
#include "library/searchhit.h"
#include "library/searchindexer.h"
#include "library/searchstemmer.h"

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

const QString insertEntrySql =
    u"INSERT INTO search_entry (kind, document, annotation, tag, start, body, stems) "
    u"VALUES (?, ?, ?, ?, 0, ?, ?)"_s;

} // namespace

SearchBulkIndexer::SearchBulkIndexer(const Library &library)
    : m_library(library)
{}

SearchBulkIndexer::~SearchBulkIndexer() = default;

SearchPrefolded SearchBulkIndexer::prefold(const QString &text)
{
    SearchPrefolded folded{text, SearchIndexer::foldForIndex(text), {}};
    folded.stems = SearchStemmer::stemsOf(folded.body);
    return folded;
}

bool SearchBulkIndexer::begin()
{
    m_lastError.clear();
    SearchIndexer indexer(m_library);
    if (!indexer.suspendCopying(&m_lastEntry)) {
        m_lastError = indexer.lastError();
        return false;
    }
    m_insert = std::make_unique<RawStatement>(m_library, insertEntrySql);
    if (!m_insert->isValid()) {
        m_lastError = m_insert->lastError();
        return false;
    }
    return true;
}

bool SearchBulkIndexer::add(int kind, qint64 documentId, qint64 annotationId, qint64 tagId,
                            const QString &body, const QString &stems)
{
    if (!SearchIndexer::hasWordCharacter(body))
        return true; // nothing a query could match
    RawStatement &insert = *m_insert;
    insert.bind(1, qint64(kind));
    insert.bind(2, documentId);
    insert.bindId(3, annotationId);
    insert.bindId(4, tagId);
    insert.bind(5, QStringView(body));
    insert.bind(6, QStringView(stems)); // no stems: '' as the column's default
    if (!insert.step()) {
        m_lastError = insert.lastError();
        return false;
    }
    return true;
}

bool SearchBulkIndexer::addAnnotation(qint64 annotationId, qint64 documentId, const SearchPrefolded &quote,
                                      const SearchPrefolded &note)
{
    return add(int(SearchHit::Kind::Quote), documentId, annotationId, 0, quote.body, quote.stems)
           && add(int(SearchHit::Kind::Note), documentId, annotationId, 0, note.body, note.stems);
}

bool SearchBulkIndexer::addTag(qint64 annotationId, qint64 documentId, qint64 tagId, const QString &name)
{
    auto found = m_foldedTags.find(tagId);
    if (found == m_foldedTags.end()) {
        const QString body = SearchIndexer::foldForIndex(name);
        found = m_foldedTags.insert(tagId, {body, SearchStemmer::stemsOf(body)});
    }
    return add(int(SearchHit::Kind::Tag), documentId, annotationId, tagId, found->first, found->second);
}

bool SearchBulkIndexer::finish()
{
    m_insert.reset();
    SearchIndexer indexer(m_library);
    if (!indexer.resumeCopying(m_lastEntry)) {
        m_lastError = indexer.lastError();
        return false;
    }
    return true;
}

} // namespace hashiya
