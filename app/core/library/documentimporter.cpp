#include "library/documentimporter.h"

#include "library/documentstore.h"
#include "library/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hashiya {

using namespace Qt::StringLiterals;

DocumentImporter::Result DocumentImporter::import(Library &library, const Article &article)
{
    Result result;
    DocumentStore store(library);
    const QString sha = DocumentStore::sha256Of(article.text);
    if (auto existing = store.findBySha256(sha)) {
        if (!store.markOpened(existing->id, article.sourcePath)) {
            result.error = store.lastError();
            return result;
        }
        result.record = *existing;
        if (!article.sourcePath.isEmpty())
            result.record.sourcePath = article.sourcePath;
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
    QJsonArray blocks;
    for (const ArticleBlock &block : article.blocks) {
        blocks.append(QJsonObject{
            {u"start"_s, block.start},
            {u"length"_s, block.length},
            {u"kind"_s, static_cast<int>(block.kind)},
            {u"level"_s, block.level},
            {u"rtl"_s, block.direction == Qt::RightToLeft},
        });
    }
    return QString::fromUtf8(QJsonDocument(blocks).toJson(QJsonDocument::Compact));
}

} // namespace hashiya
