#include "article/storedarticle.h"

#include "article/articlebuilder.h"
#include "article/plaintextimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

// The inverse of DocumentImporter::structureJson; blocks that do not fit the text are dropped, not trusted.
QVector<ArticleBlock> blocksFromJson(const QString &json, int textLength)
{
    QVector<ArticleBlock> blocks;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ArticleBlock block;
        block.start = object.value(u"start"_s).toInt(-1);
        block.length = object.value(u"length"_s).toInt(-1);
        const int kind = object.value(u"kind"_s).toInt();
        block.kind = kind >= 0 && kind <= int(ArticleBlock::Kind::Preformatted)
                         ? ArticleBlock::Kind(kind)
                         : ArticleBlock::Kind::Paragraph;
        block.level = object.value(u"level"_s).toInt();
        block.direction = object.value(u"rtl"_s).toBool(true) ? Qt::RightToLeft : Qt::LeftToRight;
        const int previousEnd = blocks.isEmpty() ? 0 : blocks.constLast().end();
        if (block.start >= previousEnd && block.length >= 0 && block.end() <= textLength)
            blocks.append(block);
    }
    return blocks;
}

} // namespace

Article articleFromRecord(const DocumentRecord &record)
{
    Article article;
    if (!record.structure.isEmpty()) {
        article.text = record.text;
        article.blocks = blocksFromJson(record.structure, int(record.text.size()));
    }
    if (article.blocks.isEmpty()) {
        // Stored text keeps one block per line ('\n' never lies inside a block), so its blocks are its lines;
        // a plain-text article's first line is its heading when it looks like one, as on import.
        ArticleBuilder builder;
        const QStringList lines = record.text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const bool heading = i == 0 && PlainTextImporter::looksLikeHeading(lines.at(i));
            builder.addBlock(lines.at(i),
                             heading ? ArticleBlock::Kind::Heading : ArticleBlock::Kind::Paragraph,
                             heading ? 1 : 0);
        }
        article = builder.build(record.mediaType);
        if (article.text != record.text) {
            article.text = record.text;
            article.blocks = {
                ArticleBlock{0, int(record.text.size()), ArticleBlock::Kind::Paragraph, 0, record.direction}};
        }
    }
    article.title = record.title;
    article.language = record.language;
    article.baseDirection = record.direction;
    article.mediaType = record.mediaType;
    article.sourcePath = record.sourcePath;
    article.encoding = record.encoding;
    return article;
}

} // namespace hashiya
