#include "article/articlebuilder.h"

#include "text/languageguesser.h"
#include "text/textboundaries.h"
#include "text/textdirection.h"

using namespace Qt::StringLiterals;

namespace hashiya {

void ArticleBuilder::addBlock(QString text, ArticleBlock::Kind kind, int level)
{
    if (text.isEmpty())
        return;
    text.replace(u"\r\n"_s, QString(QChar::LineSeparator));
    text.replace(QLatin1Char('\r'), QChar::LineSeparator);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (!m_article.blocks.isEmpty())
        m_article.text.append(QLatin1Char('\n'));
    ArticleBlock block;
    block.start = int(m_article.text.size());
    block.length = int(text.size());
    block.kind = kind;
    block.level = level;
    m_article.text.append(text);
    m_article.blocks.append(block);
}

Article ArticleBuilder::build(const QString &mediaType)
{
    Article article = std::move(m_article);
    m_article = {};
    article.mediaType = mediaType;

    // With no strong character at all Unicode's default paragraph level (P3) is left-to-right.
    article.baseDirection = majorityDirection(article.text, Qt::LeftToRight);
    Qt::LayoutDirection previous = article.baseDirection;
    for (ArticleBlock &block : article.blocks) {
        block.direction =
            firstStrongDirection(QStringView(article.text).mid(block.start, block.length), previous);
        previous = block.direction;
    }
    article.language = LanguageGuesser::guess(article.text);

    article.title = oneLine(m_title);
    m_title.clear();
    for (const ArticleBlock &block : std::as_const(article.blocks)) {
        if (!article.title.isEmpty())
            break;
        if (block.kind == ArticleBlock::Kind::Heading)
            article.title = oneLine(QStringView(article.text).mid(block.start, block.length));
    }
    if (article.title.isEmpty() && !article.blocks.isEmpty())
        article.title =
            shortTitle(QStringView(article.text).mid(article.blocks[0].start, article.blocks[0].length));
    return article;
}

QString ArticleBuilder::oneLine(QStringView text)
{
    QString line = text.toString();
    line.replace(QChar::LineSeparator, QLatin1Char(' '));
    return line.simplified();
}

QString ArticleBuilder::shortTitle(QStringView paragraph, int maximumLength)
{
    const QString line = oneLine(paragraph);
    if (line.size() <= maximumLength)
        return line;
    int cut = int(line.lastIndexOf(QLatin1Char(' '), maximumLength));
    if (cut < maximumLength / 2) // one very long word (a URL): cut inside it, never inside a grapheme
        cut = TextBoundaries::snapToGrapheme(line, maximumLength, false);
    QString title = line.left(cut).trimmed();
    // Do not leave a comma or a dash hanging before the ellipsis.
    while (!title.isEmpty() && (title.back().isPunct() || title.back().isSpace()))
        title.chop(1);
    return title + QChar(0x2026);
}

} // namespace hashiya
