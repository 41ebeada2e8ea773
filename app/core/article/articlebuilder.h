#pragma once

#include "article/article.h"

#include <QString>
#include <QStringView>

namespace hashiya {

/**
 * Assembles an Article from block texts the importers find: joins them with '\n', records each block's
 * range, and derives what every importer derives the same way — block directions, base direction, language
 * and a title.
 */
class ArticleBuilder final
{
public:
    /** Appends a block; any '\n' or '\r' inside becomes U+2028 so no '\n' lies inside a block. Empty is
     * skipped. */
    void addBlock(QString text, ArticleBlock::Kind kind = ArticleBlock::Kind::Paragraph, int level = 0);
    /** A title known from the source (an HTML <title>); otherwise build() takes the first heading. */
    void setTitle(const QString &title) { m_title = title; }
    int blockCount() const { return int(m_article.blocks.size()); }

    /** Finishes the article: directions, language, title. The builder is empty afterwards. */
    Article build(const QString &mediaType);

    /** Up to about `maximumLength` characters of a paragraph, cut at a space (or a grapheme) with "…". */
    static QString shortTitle(QStringView paragraph, int maximumLength = 80);
    /** The text as a one-line title: U+2028 and runs of white space become single spaces. */
    static QString oneLine(QStringView text);

private:
    Article m_article;
    QString m_title;
};

} // namespace hashiya
