#include "article/articleloader.h"
#include "article/qtextdocumentimporter.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

// Markdown's structure and inline spans as Qt's own Markdown reader gives them.
class TestArticleStructureMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spans_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("href");
        QTest::newRow("*italic* is emphasis")
            << int(InlineSpan::Kind::Emphasis) << u"مائلة جدا"_s << QString();
        QTest::newRow("**bold** is strong") << int(InlineSpan::Kind::Strong) << u"غامقة"_s << QString();
        QTest::newRow("`code` is code") << int(InlineSpan::Kind::Code) << u"git log"_s << QString();
        QTest::newRow("[link](url) keeps its href")
            << int(InlineSpan::Kind::Link) << u"ناسا"_s << u"https://www.nasa.gov/mars"_s;
    }

    void spans()
    {
        QFETCH(int, kind);
        QFETCH(QString, words);
        QFETCH(QString, href);
        const Article article = QTextDocumentImporter::importMarkdown(
            u"# عنوان **المقال**\n\nفقرة فيها *مائلة جدا* و**غامقة** و`git log` وموقع [ناسا](https://www.nasa.gov/mars).\n"_s);
        bool found = false;
        for (const InlineSpan &span : article.spans) {
            QVERIFY(span.kind != InlineSpan::Kind::Strong
                    || article.text.mid(span.start, span.length) != u"المقال"_s);
            if (int(span.kind) == kind && article.text.mid(span.start, span.length) == words) {
                QCOMPARE(span.href, href);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(article.text));
    }

    void tableRows()
    {
        const Article article = QTextDocumentImporter::importMarkdown(
            u"| الكوكب | الترتيب |\n|---|---|\n| المريخ | **4** |\n| الأرض | 3 |\n\nبعد الجدول.\n"_s);
        QStringList rows;
        for (const ArticleBlock &block : article.blocks) {
            if (block.kind == ArticleBlock::Kind::TableRow)
                rows.append(article.text.mid(block.start, block.length) + u'/'
                            + QString::number(block.level));
        }
        QCOMPARE(rows, (QStringList{u"الكوكب\tالترتيب/1"_s, u"المريخ\t4/0"_s, u"الأرض\t3/0"_s}));
        QVERIFY(article.text.endsWith(u"بعد الجدول."_s));
        bool bold = false;
        for (const InlineSpan &span : article.spans)
            bold = bold
                   || (span.kind == InlineSpan::Kind::Strong
                       && article.text.mid(span.start, span.length) == u"4"_s);
        QVERIFY(bold);
    }

    void loaderKeepsMarkdownStructure()
    {
        const LoadResult result =
            ArticleLoader::loadBytes(u"# عنوان\n\n> اقتباس *مؤكد*\n\n- بند\n"_s.toUtf8(), u"/tmp/note.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.blocks.size(), 3);
        QCOMPARE(result.article.blocks.at(1).kind, ArticleBlock::Kind::Quote);
        QCOMPARE(result.article.blocks.at(2).kind, ArticleBlock::Kind::ListItem);
        QCOMPARE(result.article.spans.size(), 1);
        QCOMPARE(result.article.text.mid(result.article.spans.at(0).start, result.article.spans.at(0).length),
                 u"مؤكد"_s);
    }
};

// QTextDocument's Markdown reader resolves fonts, which needs a QGuiApplication (offscreen here).
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestArticleStructureMarkdown test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_articlestructuremarkdown.moc"
