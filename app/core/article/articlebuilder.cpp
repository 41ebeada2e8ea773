#include "article/articlebuilder.h"

#include "text/languageguesser.h"
#include "text/textboundaries.h"
#include "text/textdirection.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {

void ArticleBuilder::addBlock(QString text, ArticleBlock::Kind kind, int level)
{
    addBlock(std::move(text), {}, kind, level);
}

void ArticleBuilder::addBlock(QString text, const QVector<InlineSpan> &spans, ArticleBlock::Kind kind,
                              int level, std::optional<Qt::LayoutDirection> direction,
                              const QString &language)
{
    if (text.isEmpty())
        return;
    // Line breaks become U+2028; "\r\n" shrinks to one character, so span offsets go through a map.
    QString clean;
    clean.reserve(text.size());
    std::vector<int> map(std::size_t(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        map[std::size_t(i)] = int(clean.size());
        const QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // the '\n' that follows makes the one separator
        clean.append(c == u'\r' || c == u'\n' ? QChar(QChar::LineSeparator) : c);
    }
    map[std::size_t(text.size())] = int(clean.size());

    if (!m_article.blocks.isEmpty())
        m_article.text.append(QLatin1Char('\n'));
    ArticleBlock block;
    block.start = int(m_article.text.size());
    block.length = int(clean.size());
    block.kind = kind;
    block.level = level;
    block.language = language;
    for (const InlineSpan &span : spans) {
        if (span.start < 0 || span.length <= 0 || span.end() > text.size())
            continue;
        InlineSpan placed = span;
        placed.start = block.start + map[std::size_t(span.start)];
        placed.length = map[std::size_t(span.end())] - map[std::size_t(span.start)];
        if (placed.length > 0)
            m_article.spans.append(placed);
    }
    m_article.text.append(clean);
    m_article.blocks.append(block);
    m_directions.push_back(direction);
}

Article ArticleBuilder::build(const QString &mediaType)
{
    Article article = std::move(m_article);
    m_article = {};
    article.mediaType = mediaType;

    // With no strong character at all Unicode's default paragraph level (P3) is left-to-right.
    article.baseDirection =
        m_baseDirection ? *m_baseDirection : majorityDirection(article.text, Qt::LeftToRight);
    Qt::LayoutDirection previous = article.baseDirection;
    for (qsizetype i = 0; i < article.blocks.size(); ++i) {
        ArticleBlock &block = article.blocks[i];
        const auto stated = i < qsizetype(m_directions.size()) ? m_directions[std::size_t(i)] : std::nullopt;
        block.direction =
            stated ? *stated
                   : firstStrongDirection(QStringView(article.text).mid(block.start, block.length), previous);
        previous = block.direction;
    }
    std::stable_sort(article.spans.begin(), article.spans.end(),
                     [](const InlineSpan &a, const InlineSpan &b) { return a.start < b.start; });
    article.language = m_language.isEmpty() ? LanguageGuesser::guess(article.text) : m_language;
    m_directions.clear();
    m_language.clear();
    m_baseDirection.reset();

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
