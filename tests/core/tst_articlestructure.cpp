#include "article/articlestructure.h"
#include "article/htmlimporter.h"
#include "article/storedarticle.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

Article sample()
{
    return HtmlImporter::import(u"<html lang=\"ar\" dir=\"rtl\"><body><article><h1>عنوان</h1>"
                                "<p>فقرة فيها <em>تأكيد</em> و<a href=\"https://example.org/x\">رابط</a>.</p>"
                                "<p dir=\"ltr\" lang=\"en\">English <code>code</code></p>"
                                "<table><tr><th>أ</th><th>ب</th></tr><tr><td>1</td><td>2</td></tr></table>"
                                "</article></body></html>"_s);
}

} // namespace

class TestArticleStructure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        const Article article = sample();
        QCOMPARE(article.blocks.size(), 5);
        QCOMPARE(article.spans.size(), 3);
        const QString json = ArticleStructure::toJson(article);
        QVERIFY(json.startsWith(u"{\"blocks\":"_s));
        QVector<ArticleBlock> blocks;
        QVector<InlineSpan> spans;
        ArticleStructure::fromJson(json, int(article.text.size()), &blocks, &spans);
        QCOMPARE(blocks, article.blocks);
        QCOMPARE(spans, article.spans);
        QCOMPARE(blocks.at(2).language, u"en"_s);
        QCOMPARE(blocks.at(2).direction, Qt::LeftToRight);
        QCOMPARE(blocks.at(3).kind, ArticleBlock::Kind::TableRow);
        QCOMPARE(blocks.at(3).level, 1);
    }

    void storedArticleKeepsSpans()
    {
        const Article article = sample();
        DocumentRecord record;
        record.text = article.text;
        record.structure = ArticleStructure::toJson(article);
        record.mediaType = article.mediaType;
        record.direction = article.baseDirection;
        const Article stored = articleFromRecord(record);
        QCOMPARE(stored.blocks, article.blocks);
        QCOMPARE(stored.spans, article.spans);
    }

    void oldArrayFormRead()
    {
        const QString text = u"عنوان\nفقرة"_s;
        const QString json = u"[{\"start\":0,\"length\":5,\"kind\":1,\"level\":1,\"rtl\":true},"
                             "{\"start\":6,\"length\":4,\"kind\":0,\"level\":0,\"rtl\":false}]"_s;
        QVector<ArticleBlock> blocks;
        QVector<InlineSpan> spans{InlineSpan{0, 1, InlineSpan::Kind::Strong, {}}};
        ArticleStructure::fromJson(json, int(text.size()), &blocks, &spans);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).kind, ArticleBlock::Kind::Heading);
        QCOMPARE(blocks.at(0).level, 1);
        QCOMPARE(blocks.at(1).direction, Qt::LeftToRight);
        QVERIFY(spans.isEmpty());
    }

    void garbageDropped_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("blocks");
        QTest::addColumn<int>("spans");
        // The text is "abcdefghij\nklmno" (16 characters): blocks [0,10) and [11,16).
        const QString good =
            u"{\"start\":0,\"length\":10,\"kind\":0},{\"start\":11,\"length\":5,\"kind\":0}"_s;
        const auto object = [&](const QString &spans) -> QString {
            return u"{\"blocks\":["_s + good + u"],\"spans\":["_s + spans + u"]}"_s;
        };
        QTest::newRow("not JSON at all") << u"]]{{ not json"_s << 0 << 0;
        QTest::newRow("a number") << u"42"_s << 0 << 0;
        QTest::newRow("block past the text's end")
            << u"[{\"start\":0,\"length\":10},{\"start\":11,\"length\":50}]"_s << 1 << 0;
        QTest::newRow("overlapping block")
            << u"[{\"start\":0,\"length\":10},{\"start\":5,\"length\":3}]"_s << 1 << 0;
        QTest::newRow("negative start") << u"[{\"start\":-4,\"length\":2}]"_s << 0 << 0;
        QTest::newRow("unknown block kind becomes a paragraph")
            << u"[{\"start\":0,\"length\":10,\"kind\":99}]"_s << 1 << 0;
        QTest::newRow("good span kept")
            << object(u"{\"start\":1,\"length\":3,\"kind\":\"strong\"}"_s) << 2 << 1;
        QTest::newRow("span across two blocks")
            << object(u"{\"start\":8,\"length\":5,\"kind\":\"em\"}"_s) << 2 << 0;
        QTest::newRow("span past the end")
            << object(u"{\"start\":12,\"length\":40,\"kind\":\"em\"}"_s) << 2 << 0;
        QTest::newRow("span of unknown kind")
            << object(u"{\"start\":1,\"length\":3,\"kind\":\"blink\"}"_s) << 2 << 0;
        QTest::newRow("link without href")
            << object(u"{\"start\":1,\"length\":3,\"kind\":\"link\"}"_s) << 2 << 0;
        QTest::newRow("empty span") << object(u"{\"start\":1,\"length\":0,\"kind\":\"code\"}"_s) << 2 << 0;
        QTest::newRow("span in the gap between blocks")
            << object(u"{\"start\":10,\"length\":1,\"kind\":\"code\"}"_s) << 2 << 0;
        QTest::newRow("spans given out of order are sorted")
            << object(u"{\"start\":12,\"length\":2,\"kind\":\"em\"},"
                      "{\"start\":1,\"length\":2,\"kind\":\"link\",\"href\":\"https://example.org\"}"_s)
            << 2 << 2;
    }

    void garbageDropped()
    {
        QFETCH(QString, json);
        QFETCH(int, blocks);
        QFETCH(int, spans);
        const QString text = u"abcdefghij\nklmno"_s;
        QVector<ArticleBlock> readBlocks;
        QVector<InlineSpan> readSpans;
        ArticleStructure::fromJson(json, int(text.size()), &readBlocks, &readSpans);
        QCOMPARE(readBlocks.size(), blocks);
        QCOMPARE(readSpans.size(), spans);
        for (const ArticleBlock &block : std::as_const(readBlocks))
            QVERIFY(block.start >= 0 && block.end() <= text.size());
        for (int i = 1; i < readSpans.size(); ++i)
            QVERIFY(readSpans.at(i - 1).start <= readSpans.at(i).start);
    }
};

QTEST_GUILESS_MAIN(TestArticleStructure)
#include "tst_articlestructure.moc"
