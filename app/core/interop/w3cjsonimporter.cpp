#include "interop/w3cjsonimporter.h"

#include "interop/w3cjsonimporteranchorer.h"
#include "interop/w3cjsonimporterparser.h"
#include "interop/w3cjsonimporterwriter.h"
#include "library/library.h"
#include "library/transaction.h"

#include <QSqlQuery>

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
    return u"imported %1, already present %2, not anchored %3"_s.arg(imported)
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

    const auto failed = [&report](const QString &what, const QString &why) {
        report.error = u"%1: %2. Nothing was imported."_s.arg(what, why);
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
        return failed(u"Cannot write to the library"_s, transaction.errorMessage());
    W3cJsonImporterWriter writer(library);
    if (!writer.begin())
        return failed(u"Cannot read the library"_s, writer.lastError());
    W3cJsonImporterAnchorer anchorer(library);
    QString error;
    if (!anchorer.loadDocuments(&error))
        return failed(u"Cannot read the library's documents"_s, error);

    for (const W3cJsonImporterCandidate &candidate : std::as_const(parsed.candidates)) {
        if (writer.isPresent(candidate.id)) {
            ++report.alreadyPresent;
            continue;
        }
        W3cJsonImporterAnchorer::Anchor anchor;
        const QString reason = anchorer.anchor(candidate, &anchor, &error);
        if (!error.isEmpty())
            return failed(u"Cannot read a document of the library"_s, error);
        if (!reason.isEmpty()) {
            report.problems.append(w3cJsonImporterProblem(candidate.label, reason, candidate.quote.exact));
            continue;
        }
        if (!writer.write(candidate, anchor))
            return failed(u"Cannot store annotation %1"_s.arg(candidate.label), writer.lastError());
        ++report.imported;
    }
    if (!writer.finish())
        return failed(u"Cannot index the imported annotations for search"_s, writer.lastError());
    if (!transaction.commit())
        return failed(u"Cannot write to the library"_s, transaction.errorMessage());
    report.unanchored = int(report.problems.size());
    return report;
}

} // namespace hashiya
