#include "library/searchbulkindexer.h"

#include "library/rawstatement.h"
#include "library/searchhit.h"
#include "library/searchindexer.h"
#include "library/searchstemmer.h"

#include <QHash>
#include <QVector>

#include <algorithm>
#include <future>
#include <utility>

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

SearchPrefolded SearchBulkIndexer::prefold(const QString &text)
{
    SearchPrefolded folded{text, SearchIndexer::foldForIndex(text), {}};
    folded.stems = SearchStemmer::stemsOf(folded.body);
    return folded;
}

bool SearchBulkIndexer::addAnnotationsAfter(qint64 after, const QVector<SearchPrefolded> *prefolded)
{
    m_lastError.clear();
    RawStatement insert(m_library, insertEntrySql);
    if (!insert.isValid()) {
        m_lastError = insert.lastError();
        return false;
    }
    return addQuotesAndNotes(insert, after, prefolded) && addTags(insert, after);
}

bool SearchBulkIndexer::addFolded(RawStatement &insert, int kind, qint64 documentId, qint64 annotationId,
                                  qint64 tagId, const QString &body, const QString &stems)
{
    if (!SearchIndexer::hasWordCharacter(body))
        return true; // nothing a query could match
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

bool SearchBulkIndexer::addQuotesAndNotes(RawStatement &insert, qint64 after,
                                          const QVector<SearchPrefolded> *prefolded)
{
    RawStatement read(m_library,
                      u"SELECT id, document, exact, note FROM annotation WHERE id > ? ORDER BY id"_s);
    if (!read.isValid()) {
        m_lastError = read.lastError();
        return false;
    }
    read.bind(1, after);
    QVector<Entry> entries;
    while (read.next()) {
        entries.append({read.columnInt64(0), read.columnInt64(1), read.columnText(2), {}});
        entries.append(
            {entries.constLast().annotationId, entries.constLast().documentId, read.columnText(3), {}});
    }
    m_lastError = read.lastError();
    if (!m_lastError.isEmpty())
        return false;
    // What was folded ahead counts only for the very text stored (an anchored quote may differ from the
    // quote the file gave).
    const qsizetype known = prefolded ? std::min(prefolded->size(), entries.size()) : 0;
    for (qsizetype i = 0; i < known; ++i) {
        const SearchPrefolded &ahead = prefolded->at(i);
        Entry &entry = entries[i];
        if (ahead.text == entry.text) {
            entry.text = ahead.body;
            entry.stems = ahead.stems;
            entry.folded = true;
        }
    }

    // Folding and stemming are pure functions of the text and most of this pass's time: a second thread
    // folds the second half while this one folds the first and writes it; SQLite stays on this thread.
    const auto fold = [&entries](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            Entry &entry = entries[i];
            if (entry.folded)
                continue;
            entry.text = SearchIndexer::foldForIndex(entry.text);
            entry.stems = SearchStemmer::stemsOf(entry.text);
        }
    };
    const qsizetype middle = entries.size() / 2 & ~qsizetype(1);
    std::future<void> secondHalf;
    if (middle > 0)
        secondHalf = std::async(std::launch::async, fold, middle, entries.size());
    else
        fold(middle, entries.size());
    fold(0, middle);
    const auto write = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const Entry &entry = entries.at(i);
            // Quote and note alternate, as SearchIndexer::indexAnnotation writes them.
            const auto kind = i % 2 == 0 ? SearchHit::Kind::Quote : SearchHit::Kind::Note;
            if (!addFolded(insert, int(kind), entry.documentId, entry.annotationId, 0, entry.text,
                           entry.stems))
                return false;
        }
        return true;
    };
    const bool firstWritten = write(0, middle);
    if (secondHalf.valid())
        secondHalf.wait(); // never leave the thread running over `entries`, even after an error
    return firstWritten && write(middle, entries.size());
}

bool SearchBulkIndexer::addTags(RawStatement &insert, qint64 after)
{
    RawStatement read(m_library, u"SELECT l.annotation, a.document, t.id, t.name FROM annotation_tag l "
                                 u"JOIN annotation a ON a.id = l.annotation JOIN tag t ON t.id = l.tag "
                                 u"WHERE l.annotation > ? ORDER BY l.annotation, l.position"_s);
    if (!read.isValid()) {
        m_lastError = read.lastError();
        return false;
    }
    read.bind(1, after);
    // A library has a few dozen tags linked a hundred thousand times: each is folded and stemmed once.
    QHash<qint64, std::pair<QString, QString>> folded;
    while (read.next()) {
        const qint64 tagId = read.columnInt64(2);
        auto found = folded.find(tagId);
        if (found == folded.end()) {
            const QString body = SearchIndexer::foldForIndex(read.columnText(3));
            found = folded.insert(tagId, {body, SearchStemmer::stemsOf(body)});
        }
        if (!addFolded(insert, int(SearchHit::Kind::Tag), read.columnInt64(1), read.columnInt64(0), tagId,
                       found->first, found->second)) {
            read.reset();
            return false;
        }
    }
    m_lastError = read.lastError();
    return m_lastError.isEmpty();
}

} // namespace hashiya
