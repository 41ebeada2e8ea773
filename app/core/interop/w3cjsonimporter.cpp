#include "interop/w3cjsonimporter.h"

#include "interop/w3cjsonimporteranchorer.h"
#include "interop/w3cjsonimporterfeed.h"
#include "interop/w3cjsonimporterparser.h"
#include "interop/w3cjsonimporterwriter.h"
#include "library/library.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <future>
#include <utility>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

// Annotations per hand-over between the reading and the writing thread: enough that the lock is rare, few
// enough that writing starts at once.
constexpr qsizetype batchSize = 256;

/**
 * Settings of this thread's connection for the length of one import. Dirty pages stay in memory until the
 * commit instead of being spilled to the WAL page by page, and the page cache holds the whole working set
 * (annotation table, its indexes, the search entries and the FTS segments): with the library's usual 32 MB
 * an import of 100,000 annotations spent most of its time in write(2), then in pread(2) of pages it had just
 * evicted. Only this connection, only for this import.
 */
class ImportPragmas final
{
    Q_DISABLE_COPY_MOVE(ImportPragmas)

public:
    explicit ImportPragmas(const Library &library)
        : m_library(library)
    {
        QSqlQuery query(m_library.database());
        if (query.exec(u"PRAGMA cache_size"_s) && query.next())
            m_cacheSize = query.value(0).toString();
        query.finish();
        query.exec(u"PRAGMA cache_spill = OFF"_s);
        query.exec(u"PRAGMA cache_size = -262144"_s); // 256 MB at most, taken only as pages are touched
        // Each index entry's insert fires the FTS trigger, so SQLite keeps a statement journal for it: in
        // memory, not a temporary file written for every entry.
        query.exec(u"PRAGMA temp_store = MEMORY"_s);
    }
    ~ImportPragmas()
    {
        QSqlQuery query(m_library.database());
        query.exec(u"PRAGMA cache_spill = ON"_s);
        query.exec(u"PRAGMA temp_store = DEFAULT"_s);
        if (!m_cacheSize.isEmpty())
            query.exec(u"PRAGMA cache_size = "_s + m_cacheSize);
    }

private:
    const Library &m_library;
    QString m_cacheSize;
};

W3cJsonImporterItem foldedItem(W3cJsonImporterCandidate &&candidate)
{
    W3cJsonImporterItem item{std::move(candidate), {}, {}};
    item.quote = SearchBulkIndexer::prefold(item.candidate.quote.exact);
    item.note = SearchBulkIndexer::prefold(item.candidate.note);
    return item;
}

/** One attempt at storing a file's annotations: one transaction, so a library error half-way leaves the
 * library as it was. */
class ImportPass final
{
    Q_DISABLE_COPY_MOVE(ImportPass)

public:
    explicit ImportPass(Library &library)
        : m_transaction(library)
        , m_writer(library)
        , m_anchorer(library)
    {}

    /// Reads what the library holds; false with the report's error set.
    bool begin()
    {
        if (!m_transaction.isActive())
            return failed(
                QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot write to the library"),
                m_transaction.errorMessage());
        if (!m_writer.begin())
            return failed(QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot read the library"),
                          m_writer.lastError());
        QString error;
        if (!m_anchorer.loadDocuments(&error))
            return failed(QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                      "Cannot read the library's documents"),
                          error);
        return true;
    }

    /// Stores one annotation, or counts it as present already, or notes why it cannot be anchored; false on
    /// a library error.
    bool take(const W3cJsonImporterItem &item)
    {
        const W3cJsonImporterCandidate &candidate = item.candidate;
        if (m_writer.isPresent(candidate.id)) {
            ++m_report.alreadyPresent;
            return true;
        }
        W3cJsonImporterAnchorer::Anchor anchor;
        QString error;
        const QString reason = m_anchorer.anchor(candidate, &anchor, &error);
        if (!error.isEmpty())
            return failed(QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                      "Cannot read a document of the library"),
                          error);
        if (!reason.isEmpty()) {
            m_anchorProblems.append(w3cJsonImporterProblem(candidate.label, reason, candidate.quote.exact));
            return true;
        }
        if (!m_writer.write(candidate, anchor, item.quote, item.note))
            return failed(
                QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot store annotation %1")
                    .arg(candidate.label),
                m_writer.lastError());
        ++m_report.imported;
        return true;
    }

    /// Indexes and commits what was taken; `readingProblems` are the annotations the file gave unusable.
    bool commit(QStringList &&readingProblems)
    {
        if (!m_writer.finish())
            return failed(QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                      "Cannot index the imported annotations for search"),
                          m_writer.lastError());
        if (!m_transaction.commit())
            return failed(
                QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot write to the library"),
                m_transaction.errorMessage());
        m_report.problems = std::move(readingProblems) + m_anchorProblems;
        m_report.unanchored = int(m_report.problems.size());
        return true;
    }

    AnnotationImportReport report() const { return m_report; }

private:
    bool failed(const QString &what, const QString &why)
    {
        m_report = {};
        m_report.error =
            QCoreApplication::translate("hashiya::W3cJsonImporter", "%1: %2. Nothing was imported.")
                .arg(what, why);
        return false;
    }

    Transaction m_transaction;
    W3cJsonImporterWriter m_writer;
    W3cJsonImporterAnchorer m_anchorer;
    AnnotationImportReport m_report;
    QStringList m_anchorProblems;
};

AnnotationImportReport readError(const QString &error)
{
    AnnotationImportReport report;
    report.error = error;
    return report;
}

/** Closes the feed when the writing side leaves, however it leaves: a reader waiting on a full feed is let
 * go before anything waits for it. */
class FeedCloser final
{
    Q_DISABLE_COPY_MOVE(FeedCloser)

public:
    explicit FeedCloser(W3cJsonImporterFeed &feed)
        : m_feed(feed)
    {}
    ~FeedCloser() { m_feed.close(); }

private:
    W3cJsonImporterFeed &m_feed;
};

/**
 * Reads on a second thread (scan, parse, fold for the index) while this one anchors and writes, batch by
 * batch: on two cores the reading no longer comes before the writing. `*abandoned` when the scanner could
 * not read the file: nothing was stored, and importWhole() must decide.
 */
AnnotationImportReport importStreamed(Library &library, const QByteArray &json, bool *abandoned)
{
    W3cJsonImporterFeed feed;
    std::future<W3cJsonImporterParser::Result> reading = std::async(std::launch::async, [&json, &feed] {
        W3cJsonImporterFeed::Batch batch;
        const auto receive = [&batch, &feed](W3cJsonImporterCandidate &&candidate) {
            batch.append(foldedItem(std::move(candidate)));
            return batch.size() < batchSize || feed.push(std::exchange(batch, {}));
        };
        W3cJsonImporterParser::Result result = W3cJsonImporterParser::parse(json, receive);
        if (!batch.isEmpty() && !result.stopped)
            feed.push(std::move(batch));
        feed.finish();
        return result;
    });
    const FeedCloser closer(feed);

    ImportPass pass(library);
    bool ok = pass.begin();
    W3cJsonImporterFeed::Batch batch;
    while (ok && feed.pop(&batch)) {
        for (const W3cJsonImporterItem &item : std::as_const(batch)) {
            ok = pass.take(item);
            if (!ok)
                break;
        }
    }
    if (!ok)
        return pass.report();
    W3cJsonImporterParser::Result read = reading.get();
    *abandoned = read.streamAbandoned;
    if (read.streamAbandoned || !read.error.isEmpty())
        return readError(read.error); // the pass rolls back what it stored
    pass.commit(std::move(read.problems));
    return pass.report();
}

/** The whole file parsed first, then stored: for the files the scanner leaves to QJsonDocument. */
AnnotationImportReport importWhole(Library &library, const QByteArray &json)
{
    W3cJsonImporterParser::Result read = W3cJsonImporterParser::parse(json);
    if (!read.error.isEmpty())
        return readError(read.error);
    ImportPass pass(library);
    if (!pass.begin())
        return pass.report();
    for (W3cJsonImporterCandidate &candidate : read.candidates) {
        if (!pass.take(foldedItem(std::move(candidate))))
            return pass.report();
    }
    pass.commit(std::move(read.problems));
    return pass.report();
}

} // namespace

QString AnnotationImportReport::summary() const
{
    return QCoreApplication::translate("hashiya::W3cJsonImporter",
                                       "imported %1, already present %2, not anchored %3")
        .arg(imported)
        .arg(alreadyPresent)
        .arg(unanchored);
}

AnnotationImportReport W3cJsonImporter::import(Library &library, const QByteArray &json)
{
    const ImportPragmas pragmas(library);
    bool abandoned = false;
    AnnotationImportReport report = importStreamed(library, json, &abandoned);
    return abandoned ? importWhole(library, json) : report;
}

} // namespace hashiya
