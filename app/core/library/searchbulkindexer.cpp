#include "library/searchbulkindexer.h"

#include "library/rawstatement.h"
#include "library/searchhit.h"
#include "library/searchindexer.h"
#include "library/searchstemmer.h"

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

const QString insertEntrySql =
    u"INSERT INTO search_entry (kind, annotation, tag, body, stems) VALUES (?, ?, ?, ?, ?)"_s;

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

bool SearchBulkIndexer::add(int kind, qint64 annotationId, qint64 tagId, const QString &body,
                            const QString &stems)
{
    if (!SearchIndexer::hasWordCharacter(body))
        return true; // nothing a query could match
    RawStatement &insert = *m_insert;
    insert.bind(1, qint64(kind));
    insert.bindId(2, annotationId);
    insert.bindId(3, tagId);
    insert.bind(4, QStringView(body));
    insert.bind(5, QStringView(stems)); // no stems: '' as the column's default
    if (!insert.step()) {
        m_lastError = insert.lastError();
        return false;
    }
    return true;
}

bool SearchBulkIndexer::addAnnotation(qint64 annotationId, const SearchPrefolded &quote,
                                      const SearchPrefolded &note)
{
    return add(int(SearchHit::Kind::Quote), annotationId, 0, quote.body, quote.stems)
           && add(int(SearchHit::Kind::Note), annotationId, 0, note.body, note.stems);
}

bool SearchBulkIndexer::addTag(qint64 tagId, const QString &name)
{
    const QString body = SearchIndexer::foldForIndex(name);
    return add(int(SearchHit::Kind::Tag), 0, tagId, body, SearchStemmer::stemsOf(body));
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
