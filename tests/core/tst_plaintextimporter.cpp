#include "article/plaintextimporter.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

QString readCorpus(const QString &name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus file");
    return QString::fromUtf8(file.readAll());
}

QStringList blockTexts(const Article &article)
{
    QStringList texts;
    for (const ArticleBlock &block : article.blocks)
        texts.append(article.text.mid(block.start, block.length));
    return texts;
}

// The invariants every imported article keeps, whatever the input.
void verifyStructure(const Article &article)
{
    QVERIFY(!article.blocks.isEmpty());
    QCOMPARE(article.blocks.first().start, 0);
    for (int i = 0; i < article.blocks.size(); ++i) {
        const ArticleBlock &block = article.blocks[i];
        QVERIFY(block.length > 0);
        QVERIFY(!article.text.mid(block.start, block.length).contains(u'\n'));
        if (i > 0) {
            QCOMPARE(block.start, article.blocks[i - 1].end() + 1);
            QCOMPARE(article.text.at(block.start - 1), u'\n');
        }
    }
    QCOMPARE(article.blocks.last().end(), int(article.text.size()));
    QVERIFY(!article.text.contains(u'\r'));
}

} // namespace

class TestPlainTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void corpusArticle()
    {
        const Article article = PlainTextImporter::import(readCorpus(u"burkina-faso-russia.ar.txt"_s));
        verifyStructure(article);
        QCOMPARE(article.title,
                 u"بوركينا فاسو تلجأ الى التعاون العسكري الروسي لمواجهة التهديدات الإرهابية"_s);
        QCOMPARE(article.blocks.size(), 4);
        QCOMPARE(article.blocks.first().kind, ArticleBlock::Kind::Heading);
        QCOMPARE(article.blocks.first().level, 1);
        for (int i = 1; i < article.blocks.size(); ++i)
            QCOMPARE(article.blocks[i].kind, ArticleBlock::Kind::Paragraph);
        for (const ArticleBlock &block : article.blocks)
            QCOMPARE(block.direction, Qt::RightToLeft);
        QCOMPARE(article.baseDirection, Qt::RightToLeft);
        QCOMPARE(article.language, u"ar"_s);
        QCOMPARE(article.mediaType, u"text/plain"_s);
        QVERIFY(article.text.endsWith(u"في كانون الثاني/يناير الماضي."_s));
    }

    void hebrewCorpus()
    {
        const Article article = PlainTextImporter::import(readCorpus(u"lipsum.he.txt"_s));
        verifyStructure(article);
        QCOMPARE(article.language, u"he"_s);
        QCOMPARE(article.baseDirection, Qt::RightToLeft);
    }

    void structure_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QString>("directions"); // one letter per block: R or L
        QTest::addColumn<bool>("headingFirst");
        const QString ls(QChar::LineSeparator);

        QTest::newRow("paragraph starting with a Latin letter is LTR")
            << u"عنوان المقال\n\nSputnik reported the visit, قالت الوزيرة.\n\nنص عربي بعده."_s
            << QStringList{u"عنوان المقال"_s, u"Sputnik reported the visit, قالت الوزيرة."_s,
                           u"نص عربي بعده."_s}
            << u"RLR"_s << true;
        QTest::newRow("CRLF line endings")
            << u"سطر العنوان\r\n\r\nفقرة أولى.\r\nتكملتها.\r\n\r\nفقرة ثانية.\r\n"_s
            << QStringList{u"سطر العنوان"_s, u"فقرة أولى."_s + ls + u"تكملتها."_s, u"فقرة ثانية."_s}
            << u"RRR"_s << true;
        QTest::newRow("old Mac CR line endings")
            << u"أولى.\r\rثانية."_s << QStringList{u"أولى."_s, u"ثانية."_s} << u"RR"_s << false;
        QTest::newRow("hard-wrapped paragraph keeps its wraps as U+2028")
            << u"هذه فقرة طويلة\nملفوفة يدويا\nعلى ثلاثة أسطر."_s
            << QStringList{u"هذه فقرة طويلة"_s + ls + u"ملفوفة يدويا"_s + ls + u"على ثلاثة أسطر."_s} << u"R"_s
            << false;
        QTest::newRow("runs of blank and white-space lines are one separator")
            << u"أولى.\n\n\n   \n\t\nثانية."_s << QStringList{u"أولى."_s, u"ثانية."_s} << u"RR"_s << false;
        QTest::newRow("leading blank lines and BOM are dropped")
            << u"\uFEFF\n\nالعنوان\n\nالنص."_s << QStringList{u"العنوان"_s, u"النص."_s} << u"RR"_s << true;
        QTest::newRow("U+2029 separates paragraphs")
            << u"أولى.\u2029ثانية."_s << QStringList{u"أولى."_s, u"ثانية."_s} << u"RR"_s << false;
        QTest::newRow("trailing white space at the end is dropped")
            << u"نص المقال.  \n\n \n"_s << QStringList{u"نص المقال."_s} << u"R"_s << false;
        QTest::newRow("neutral paragraph takes the previous direction")
            << u"English title\n\n2024 — 15:20\n\nنص عربي."_s
            << QStringList{u"English title"_s, u"2024 — 15:20"_s, u"نص عربي."_s} << u"LLR"_s << true;
        QTest::newRow("first line ending in Arabic question mark is not a heading")
            << u"هل تلجأ بوركينا فاسو إلى روسيا؟\n\nنص."_s
            << QStringList{u"هل تلجأ بوركينا فاسو إلى روسيا؟"_s, u"نص."_s} << u"RR"_s << false;
        QTest::newRow("first line ending in a full stop and a quote is not a heading")
            << u"قالت: «نعم.»\n\nنص."_s << QStringList{u"قالت: «نعم.»"_s, u"نص."_s} << u"RR"_s << false;
    }
    void structure()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, blocks);
        QFETCH(QString, directions);
        QFETCH(bool, headingFirst);
        const Article article = PlainTextImporter::import(input);
        verifyStructure(article);
        QCOMPARE(blockTexts(article), blocks);
        QString actual;
        for (const ArticleBlock &block : article.blocks)
            actual += block.direction == Qt::RightToLeft ? u'R' : u'L';
        QCOMPARE(actual, directions);
        QCOMPARE(article.blocks.first().kind == ArticleBlock::Kind::Heading, headingFirst);
        QCOMPARE(article.text, blocks.join(u'\n'));
    }

    void titleOfLongFirstParagraph()
    {
        const QString paragraph = readCorpus(u"burkina-faso-russia.ar.txt"_s).section(u"\n\n"_s, 1, 1);
        const Article article = PlainTextImporter::import(paragraph);
        QCOMPARE(article.blocks.first().kind, ArticleBlock::Kind::Paragraph);
        QVERIFY(article.title.endsWith(QChar(0x2026)));
        QVERIFY(article.title.size() <= 81);
        QVERIFY(article.title.size() > 40);
        // Cut at a word boundary: the title without its ellipsis is a prefix of the paragraph ending a word.
        const QString cut = article.title.chopped(1);
        QVERIFY(paragraph.startsWith(cut));
        QVERIFY(paragraph.at(cut.size()).isSpace() || paragraph.at(cut.size()).isPunct());
    }

    void baseDirectionByMajority_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Qt::LayoutDirection>("base");
        QTest::addColumn<QString>("language");
        QTest::newRow("English title over Arabic text is an RTL article")
            << u"Hashiya\n\nنص عربي طويل يتبع العنوان الإنجليزي القصير."_s << Qt::RightToLeft << u"ar"_s;
        QTest::newRow("English article with an Arabic word is LTR")
            << u"The word حاشية means a marginal note in Arabic."_s << Qt::LeftToRight << u"en"_s;
        QTest::newRow("digits only fall back to LTR") << u"2024"_s << Qt::LeftToRight << QString();
    }
    void baseDirectionByMajority()
    {
        QFETCH(QString, input);
        QFETCH(Qt::LayoutDirection, base);
        QFETCH(QString, language);
        const Article article = PlainTextImporter::import(input);
        QCOMPARE(article.baseDirection, base);
        QCOMPARE(article.language, language);
    }

    void emptyInputGivesNoBlocks()
    {
        const Article article = PlainTextImporter::import(u" \r\n\n\t"_s);
        QVERIFY(article.blocks.isEmpty());
        QVERIFY(article.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
