#include "library/documentimporter.h"

#include "article/articlestructure.h"

#include "library/documentstore.h"
#include "library/documentversioner.h"
#include "library/library.h"

namespace hashiya {

using namespace Qt::StringLiterals;

DocumentImporter::Result DocumentImporter::import(Library &library, const Article &article)
{
    Result result;
    DocumentStore store(library);
    const QString sha = DocumentStore::sha256Of(article.text);
    std::optional<qint64> revisionOf;
    if (auto existing = store.findBySha256(sha)) {
        const qint64 latest = store.latestVersion(existing->id);
        if (latest == existing->id || latest == 0) {
            if (!store.markOpened(existing->id, article.sourcePath)) {
                result.error = store.lastError();
                return result;
            }
            result.record = *existing;
            if (!article.sourcePath.isEmpty())
                result.record.sourcePath = article.sourcePath;
            return result;
        }
        revisionOf = latest;
    } else {
        revisionOf = DocumentVersioner::latestVersionWithPath(library, article.sourcePath);
    }

    if (revisionOf) {
        ReanchorReport report =
            DocumentVersioner::importNewVersion(library, *revisionOf, article, &result.record);
        if (!report.ok()) {
            result.error = report.error;
            return result;
        }
        result.created = report.newDocumentId != report.previousDocumentId;
        result.revision = std::move(report);
        return result;
    }

    DocumentRecord record;
    record.title = article.title;
    record.sourcePath = article.sourcePath;
    record.mediaType = article.mediaType;
    record.sha256 = sha;
    record.text = article.text;
    record.structure = structureJson(article);
    record.language = article.language;
    record.direction = article.baseDirection;
    record.encoding = article.encoding;
    if (!store.insert(record)) {
        result.error = store.lastError();
        return result;
    }
    result.record = record;
    result.created = true;
    return result;
}

QString DocumentImporter::structureJson(const Article &article)
{
    // Plain text's blocks follow from its text alone; structured formats keep theirs, for the view and
    // exports.
    if (article.mediaType == u"text/plain"_s || article.mediaType.isEmpty())
        return {};
    return ArticleStructure::toJson(article);
}

} // namespace hashiya
