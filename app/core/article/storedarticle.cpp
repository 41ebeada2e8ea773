#include "article/storedarticle.h"

#include "article/articlebuilder.h"
#include "article/articlestructure.h"
#include "article/plaintextimporter.h"

namespace hashiya {

using namespace Qt::StringLiterals;

Article articleFromRecord(const DocumentRecord &record)
{
    Article article;
    if (!record.structure.isEmpty()) {
        article.text = record.text;
        ArticleStructure::fromJson(record.structure, int(record.text.size()), &article.blocks,
                                   &article.spans);
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
            article.spans.clear();
            article.blocks = {ArticleBlock{
                0, int(record.text.size()), ArticleBlock::Kind::Paragraph, 0, record.direction, {}}};
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
