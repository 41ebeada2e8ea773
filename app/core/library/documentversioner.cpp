#include "library/documentversioner.h"

#include "annotation/reanchorer.h"
#include "library/annotationrepository.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/sqlvalues.h"
#include "library/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hashiya::DocumentVersioner", text);
}

DocumentRecord recordFor(const Article &article, const DocumentRecord &previous)
{
    DocumentRecord record;
    record.title = article.title.isEmpty() ? previous.title : article.title;
    record.sourcePath = article.sourcePath.isEmpty() ? previous.sourcePath : article.sourcePath;
    record.mediaType = article.mediaType;
    record.sha256 = DocumentStore::sha256Of(article.text);
    record.text = article.text;
    record.structure = DocumentImporter::structureJson(article);
    record.language = article.language.isEmpty() ? previous.language : article.language;
    record.direction = article.baseDirection;
    record.encoding = article.encoding;
    record.previousVersionId = previous.id;
    // Keep the reader near where they were; the text around it may have moved a little.
    record.readingPosition = std::clamp(previous.readingPosition, 0, int(article.text.size()));
    return record;
}

/// Whether re-anchoring changed anything the row holds: an unchanged annotation is not rewritten, so
/// its `modified` date and search entries stay as they were.
bool unchanged(const Annotation &old, const AnchorResult &result, const TextQuote &quote)
{
    return result.state == old.state && result.start == old.start && result.end == old.end
           && quote == old.quote;
}

bool shiftAnchor(const Library &library, const QUuid &id, const AnchorResult &result, const TextQuote &quote,
                 const QDateTime &modified, QString *error)
{
    QSqlQuery &q = library.statement(u"UPDATE annotation SET start = ?, \"end\" = ?, prefix = ?, suffix = ?, "
                                     u"anchor_state = ?, modified = ? WHERE uuid = ?"_s);
    q.addBindValue(result.start);
    q.addBindValue(result.end);
    q.addBindValue(sql::text(quote.prefix));
    q.addBindValue(sql::text(quote.suffix));
    q.addBindValue(AnnotationRepository::stateName(result.state));
    q.addBindValue(sql::fromDateTime(modified));
    q.addBindValue(sql::fromUuid(id));
    if (q.exec())
        return true;
    *error = QCoreApplication::translate("hashiya::DocumentVersioner", "Cannot re-anchor a highlight: %1")
                 .arg(q.lastError().text());
    return false;
}

} // namespace

ReanchorReport DocumentVersioner::importNewVersion(Library &library, qint64 previousDocumentId,
                                                   const Article &article, DocumentRecord *newRecord)
{
    ReanchorReport report;
    Transaction transaction(library);
    if (!transaction.isActive()) {
        report.error = tr("Cannot write to the library: %1").arg(transaction.errorMessage());
        return report;
    }
    DocumentStore documents(library);
    // The annotations live on the newest version: a revision of an earlier one continues the chain there.
    const qint64 latestId = documents.latestVersion(previousDocumentId);
    const auto previous = latestId == 0 ? std::nullopt : documents.find(latestId);
    if (!previous) {
        report.error =
            tr("The document to make a new version of is not in the library: %1").arg(documents.lastError());
        return report;
    }
    report.previousDocumentId = previous->id;

    AnnotationRepository annotations(library);
    QVector<Annotation> old;
    if (!annotations.load(previous->id, &old)) {
        report.error = tr("Cannot read the document's highlights: %1").arg(annotations.lastError());
        return report;
    }

    DocumentRecord record = recordFor(article, *previous);
    if (record.sha256 == previous->sha256) {
        report.newDocumentId = previous->id;
        report.kept = int(old.size());
        if (!documents.markOpened(previous->id, record.sourcePath) || !transaction.commit()) {
            report.error = tr("Cannot write to the library: %1")
                               .arg(documents.lastError().isEmpty() ? transaction.errorMessage()
                                                                    : documents.lastError());
            return report;
        }
        if (newRecord)
            *newRecord = *previous;
        return report;
    }

    if (!documents.insert(record) || !documents.moveAnnotations(previous->id, record.id)) {
        report.error = tr("Cannot store the new version: %1").arg(documents.lastError());
        return report;
    }
    report.newDocumentId = record.id;

    const Reanchorer reanchorer(record.text);
    const QDateTime now = sql::now();
    for (const Annotation &annotation : std::as_const(old)) {
        const AnchorResult result = reanchorer.anchor(annotation);
        TextQuote quote = annotation.quote; // an orphan keeps its old quote, the only trace of its passage
        QDateTime modified = now;
        switch (result.state) {
        case AnchorState::Anchored:
            ++report.kept;
            quote = Reanchorer::quoteAt(record.text, result.start, result.end);
            modified = annotation.modified; // the reader's annotation did not change, only its offsets
            break;
        case AnchorState::Relocated:
            ++report.moved;
            quote = Reanchorer::quoteAt(record.text, result.start, result.end);
            break;
        case AnchorState::Orphaned:
            ++report.orphaned;
            report.orphans.append(annotation.id);
            break;
        }
        if (unchanged(annotation, result, quote))
            continue;
        if (quote.exact == annotation.quote.exact) {
            // Only offsets and context moved: the search entries (quote, note, tags) stay as they are, so
            // skip AnnotationRepository::setAnchor's re-indexing — thousands of shifted annotations after an
            // edit near the top of a book would otherwise each rewrite their FTS entry.
            if (!shiftAnchor(library, annotation.id, result, quote, modified, &report.error))
                return report;
            continue;
        }
        if (!annotations.setAnchor(annotation.id, result.start, result.end, quote, result.state, modified)) {
            report.error = tr("Cannot re-anchor a highlight: %1").arg(annotations.lastError());
            return report;
        }
    }
    if (!transaction.commit()) {
        report.error = tr("Cannot write to the library: %1").arg(transaction.errorMessage());
        return report;
    }
    if (newRecord)
        *newRecord = record;
    return report;
}

QVector<DocumentRecord> DocumentVersioner::versions(Library &library, qint64 documentId)
{
    DocumentStore documents(library);
    return documents.versions(documentId);
}

std::optional<qint64> DocumentVersioner::latestVersionWithPath(Library &library, const QString &sourcePath)
{
    DocumentStore documents(library);
    return documents.latestWithSourcePath(sourcePath);
}

} // namespace hashiya
