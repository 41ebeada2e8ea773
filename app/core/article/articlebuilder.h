#pragma once

#include "article/article.h"

#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace hashiya {

/**
 * Assembles an Article from block texts the importers find: joins them with '\n', records each block's
 * range and inline spans, and derives what every importer derives the same way — block directions, base
 * direction, language and a title — unless the source said so itself.
 */
class ArticleBuilder final
{
public:
    /** Appends a block; any '\n' or '\r' inside becomes U+2028 so no '\n' lies inside a block. Empty is
     * skipped. */
    void addBlock(QString text, ArticleBlock::Kind kind = ArticleBlock::Kind::Paragraph, int level = 0);
    /** The same, with inline spans given relative to `text`, and a direction and language the source stated
     * (an HTML dir / lang); without a direction the block takes its first strong character's. Spans that
     * do not fit the text are dropped. */
    void addBlock(QString text, const QVector<InlineSpan> &spans, ArticleBlock::Kind kind, int level = 0,
                  std::optional<Qt::LayoutDirection> direction = std::nullopt, const QString &language = {});
    /** A title known from the source (an HTML <title>); otherwise build() takes the first heading. */
    void setTitle(const QString &title) { m_title = title; }
    /** The article's language as the source states it (<html lang>); otherwise build() guesses it. */
    void setLanguage(const QString &language) { m_language = language; }
    /** The base direction the source states (<html dir>); otherwise build() takes the majority's. */
    void setBaseDirection(std::optional<Qt::LayoutDirection> direction) { m_baseDirection = direction; }
    int blockCount() const { return int(m_article.blocks.size()); }

    /** Finishes the article: directions, language, title. The builder is empty afterwards. */
    Article build(const QString &mediaType);

    /** Up to about `maximumLength` characters of a paragraph, cut at a space (or a grapheme) with "…". */
    static QString shortTitle(QStringView paragraph, int maximumLength = 80);
    /** The text as a one-line title: U+2028 and runs of white space become single spaces. */
    static QString oneLine(QStringView text);

private:
    Article m_article;
    std::vector<std::optional<Qt::LayoutDirection>> m_directions; // per block, as the source stated
    QString m_title;
    QString m_language;
    std::optional<Qt::LayoutDirection> m_baseDirection;
};

} // namespace hashiya
