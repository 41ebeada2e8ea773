#include "article/plaintextimporter.h"

#include "article/articlebuilder.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isClosingQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case 0x00BB: // »
    case 0x2019: // ’
    case 0x201D: // ”
    case 0x203A: // ›
        return true;
    default:
        return false;
    }
}

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case 0x061F: // ؟ Arabic question mark
    case 0x06D4: // ۔ Urdu full stop
    case 0x2026: // …
        return true;
    default:
        return false;
    }
}

} // namespace

bool PlainTextImporter::looksLikeHeading(QStringView block)
{
    QStringView line = block.trimmed();
    if (line.isEmpty() || line.size() > 200 || line.contains(QChar::LineSeparator) || line.contains(u'\n'))
        return false;
    while (!line.isEmpty() && isClosingQuote(line.back()))
        line.chop(1);
    return !line.isEmpty() && !isSentenceEnd(line.back());
}

Article PlainTextImporter::import(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // U+2029 is a paragraph separator by definition: a block break, not a wrap inside a paragraph.
    text.replace(QChar::ParagraphSeparator, u"\n\n"_s);
    text.replace(QChar(0x0085), QLatin1Char('\n')); // NEL, from EBCDIC-era files

    // The text ends without trailing white space.
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);

    ArticleBuilder builder;
    QString block;
    const auto flush = [&] {
        if (block.isEmpty())
            return;
        const bool heading = builder.blockCount() == 0 && looksLikeHeading(block);
        // A title line often carries stray spaces; a heading's text is what the reader sees as the title.
        builder.addBlock(heading ? block.trimmed() : block,
                         heading ? ArticleBlock::Kind::Heading : ArticleBlock::Kind::Paragraph,
                         heading ? 1 : 0);
        block.clear();
    };

    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        if (isBlank(line)) {
            flush();
            continue;
        }
        if (!block.isEmpty())
            block.append(QChar::LineSeparator); // a hard wrap inside a paragraph, not a block break
        block.append(line);
    }
    flush();
    return builder.build(u"text/plain"_s);
}

} // namespace hashiya
