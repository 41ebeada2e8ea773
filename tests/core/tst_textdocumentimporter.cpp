#include "article/articleloader.h"
#include "article/qtextdocumentimporter.h"

#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

struct Expected {
    QString text;
    ArticleBlock::Kind kind;
    int level;
    Qt::LayoutDirection direction;
};

void verifyBlocks(const Article &article, const QVector<Expected> &expected)
{
    QCOMPARE(article.blocks.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ArticleBlock &block = article.blocks[i];
        QCOMPARE(article.text.mid(block.start, block.length), expected[i].text);
        QCOMPARE(block.kind, expected[i].kind);
        QCOMPARE(block.level, expected[i].level);
        QCOMPARE(block.direction, expected[i].direction);
    }
}

} // namespace

class TestTextDocumentImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void htmlStructure()
    {
        // (No raw string literal here: moc's tokenizer does not understand them.)
        const QString html =
            u"<html><head><title> المريخ - مقالة </title>"
            "<link rel=\"stylesheet\" href=\"https://example.invalid/style.css\"></head>"
            "<body dir=\"rtl\"><h1>المريخ</h1><p>المريخ هو <b>الكوكب</b> الرابع<br>من الشمس.</p>"
            "<img src=\"https://example.invalid/mars.png\"><h2>Mars in English</h2>"
            "<blockquote>قال الفلكي: إنه أحمر.</blockquote>"
            "<ul><li>بند أول</li><li>Second item</li></ul><p>   </p><pre>code line</pre></body></html>"_s;
        const Article article = QTextDocumentImporter::importHtml(html);
        QCOMPARE(article.title, u"المريخ - مقالة"_s);
        QCOMPARE(article.mediaType, u"text/html"_s);
        QCOMPARE(article.language, u"ar"_s);
        verifyBlocks(article, {{u"المريخ"_s, ArticleBlock::Kind::Heading, 1, Qt::RightToLeft},
                               {u"المريخ هو الكوكب الرابع\u2028من الشمس."_s, ArticleBlock::Kind::Paragraph, 0,
                                Qt::RightToLeft},
                               {u"Mars in English"_s, ArticleBlock::Kind::Heading, 2, Qt::LeftToRight},
                               {u"قال الفلكي: إنه أحمر."_s, ArticleBlock::Kind::Quote, 1, Qt::RightToLeft},
                               {u"بند أول"_s, ArticleBlock::Kind::ListItem, 1, Qt::RightToLeft},
                               {u"Second item"_s, ArticleBlock::Kind::ListItem, 1, Qt::LeftToRight},
                               {u"code line"_s, ArticleBlock::Kind::Preformatted, 0, Qt::LeftToRight}});
    }

    void markdownStructure()
    {
        const QString markdown = u"# عنوان المقال\n\nفقرة أولى *مائلة*.\n\n> اقتباس من\n> سطرين\n\n"
                                 "- بند\n- item\n  - nested بند\n\n## Section\n\nنص."_s;
        const Article article = QTextDocumentImporter::importMarkdown(markdown);
        QCOMPARE(article.title, u"عنوان المقال"_s);
        QCOMPARE(article.mediaType, u"text/markdown"_s);
        verifyBlocks(article, {{u"عنوان المقال"_s, ArticleBlock::Kind::Heading, 1, Qt::RightToLeft},
                               {u"فقرة أولى مائلة."_s, ArticleBlock::Kind::Paragraph, 0, Qt::RightToLeft},
                               {u"اقتباس من سطرين"_s, ArticleBlock::Kind::Quote, 1, Qt::RightToLeft},
                               {u"بند"_s, ArticleBlock::Kind::ListItem, 1, Qt::RightToLeft},
                               {u"item"_s, ArticleBlock::Kind::ListItem, 1, Qt::LeftToRight},
                               {u"nested بند"_s, ArticleBlock::Kind::ListItem, 2, Qt::LeftToRight},
                               {u"Section"_s, ArticleBlock::Kind::Heading, 2, Qt::LeftToRight},
                               {u"نص."_s, ArticleBlock::Kind::Paragraph, 0, Qt::RightToLeft}});
    }

    void titleFallsBackToFirstHeading()
    {
        const Article article =
            QTextDocumentImporter::importHtml(u"<p>مقدمة قصيرة.</p><h2>الفصل الأول</h2>"_s);
        QCOMPARE(article.title, u"الفصل الأول"_s);
    }

    void loaderReadsLegacyHtml()
    {
        const LoadResult result =
            ArticleLoader::loadFile(QStringLiteral(HASHIYA_CORPUS "/legacy/news.iso-8859-6.ar.html"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.mediaType, u"text/html"_s);
        QCOMPARE(result.article.encoding, u"ISO-8859-6"_s);
        QCOMPARE(result.article.title, u"ISO-8859-6"_s);
        QCOMPARE(result.article.blocks.size(), 1);
        QCOMPARE(result.article.blocks.first().direction, Qt::RightToLeft);
        QVERIFY(result.article.text.startsWith(u"أعلنت كتائب الشهيد"_s));
    }

    void savedWikipediaPage()
    {
        QFile file(QStringLiteral(HASHIYA_CORPUS "/wikipedia-mars.ar.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Article article = QTextDocumentImporter::importHtml(QString::fromUtf8(file.readAll()));
        QVERIFY(article.title.contains(u"المريخ"_s));
        QVERIFY(article.blocks.size() > 100);
        QCOMPARE(article.baseDirection, Qt::RightToLeft);
        QCOMPARE(article.language, u"ar"_s);
        int headings = 0;
        for (const ArticleBlock &block : article.blocks) {
            QVERIFY(!article.text.mid(block.start, block.length).contains(u'\n'));
            headings += block.kind == ArticleBlock::Kind::Heading;
        }
        QVERIFY(headings > 5);
        QVERIFY(!article.text.contains(QChar::ObjectReplacementCharacter));
        QVERIFY(article.text.contains(u"الكوكب الرابع"_s));
    }
};

// Not GUI-less: QTextDocument's HTML parser resolves fonts, which needs a QGuiApplication (offscreen here).
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTextDocumentImporter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_textdocumentimporter.moc"
