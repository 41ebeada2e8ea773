#include "interop/w3cjsonimporter.h"

#include "interop/w3cjsonimporteranchorer.h"
#include "interop/w3cjsonimporterparser.h"
#include "interop/w3cjsonimporterwriter.h"
#include "library/library.h"
#include "library/searchbulkindexer.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <future>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

/** Turns SQLite's cache spill off on this thread's connection for its lifetime. */
class SpillGuard final
{
    Q_DISABLE_COPY_MOVE(SpillGuard)

public:
    explicit SpillGuard(const Library &library)
        : m_library(library)
    {
        QSqlQuery query(m_library.database());
        query.exec(u"PRAGMA cache_spill = OFF"_s);
        // Each index entry's insert fires the FTS trigger, so SQLite keeps a statement journal for it: in
        // memory, not a temporary file written for every entry.
        query.exec(u"PRAGMA temp_store = MEMORY"_s);
    }
    ~SpillGuard()
    {
        QSqlQuery query(m_library.database());
        query.exec(u"PRAGMA cache_spill = ON"_s);
        query.exec(u"PRAGMA temp_store = DEFAULT"_s);
    }

private:
    const Library &m_library;
};

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
    AnnotationImportReport report;
    W3cJsonImporterParser::Result parsed = W3cJsonImporterParser::parse(json);
    if (!parsed.error.isEmpty()) {
        report.error = parsed.error;
        return report;
    }
    report.problems = std::move(parsed.problems);
    // Folding quotes and notes for the search index needs nothing from the library and was a third of the
    // import's time: a second thread does it while this one anchors and writes. (Every return below waits
    // for it: the future's destructor blocks, before `parsed` goes.)
    const QVector<W3cJsonImporterCandidate> &candidates = parsed.candidates;
    std::future<QVector<SearchPrefolded>> prefolding = std::async(std::launch::async, [&candidates] {
        QVector<SearchPrefolded> folded;
        folded.reserve(candidates.size() * 2);
        for (const W3cJsonImporterCandidate &candidate : candidates) {
            folded.append(SearchBulkIndexer::prefold(candidate.quote.exact));
            folded.append(SearchBulkIndexer::prefold(candidate.note));
        }
        return folded;
    });
    QVector<qsizetype> written; // indexes of the candidates stored, in the order of their rows

    const auto failed = [&report](const QString &what, const QString &why) {
        report.error =
            QCoreApplication::translate("hashiya::W3cJsonImporter", "%1: %2. Nothing was imported.")
                .arg(what, why);
        report.imported = 0;
        report.alreadyPresent = 0;
        return report;
    };
    // Dirty pages stay in memory until the commit instead of being spilled to the WAL page by page: an
    // import of 100,000 annotations otherwise spends most of its time in write(2). Only this connection,
    // only for this import.
    const SpillGuard spill(library);
    // One transaction for the whole file: a library error half-way leaves the library as it was.
    Transaction transaction(library);
    if (!transaction.isActive())
        return failed(QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot write to the library"),
                      transaction.errorMessage());
    W3cJsonImporterWriter writer(library);
    if (!writer.begin())
        return failed(QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot read the library"),
                      writer.lastError());
    W3cJsonImporterAnchorer anchorer(library);
    QString error;
    if (!anchorer.loadDocuments(&error))
        return failed(
            QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot read the library's documents"),
            error);

    for (const W3cJsonImporterCandidate &candidate : std::as_const(parsed.candidates)) {
        if (writer.isPresent(candidate.id)) {
            ++report.alreadyPresent;
            continue;
        }
        W3cJsonImporterAnchorer::Anchor anchor;
        const QString reason = anchorer.anchor(candidate, &anchor, &error);
        if (!error.isEmpty())
            return failed(QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                      "Cannot read a document of the library"),
                          error);
        if (!reason.isEmpty()) {
            report.problems.append(w3cJsonImporterProblem(candidate.label, reason, candidate.quote.exact));
            continue;
        }
        if (!writer.write(candidate, anchor))
            return failed(
                QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot store annotation %1")
                    .arg(candidate.label),
                writer.lastError());
        written.append(&candidate - candidates.constData());
        ++report.imported;
    }
    const QVector<SearchPrefolded> folded = prefolding.get();
    QVector<SearchPrefolded> prefolded; // quote and note of each stored annotation, in row order
    prefolded.reserve(written.size() * 2);
    for (const qsizetype index : std::as_const(written)) {
        prefolded.append(folded.at(2 * index));
        prefolded.append(folded.at(2 * index + 1));
    }
    if (!writer.finish(&prefolded))
        return failed(QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                  "Cannot index the imported annotations for search"),
                      writer.lastError());
    if (!transaction.commit())
        return failed(QCoreApplication::translate("hashiya::W3cJsonImporter", "Cannot write to the library"),
                      transaction.errorMessage());
    report.unanchored = int(report.problems.size());
    return report;
}

} // namespace hashiya
