#include "articleview/articleview.h"
#include "articleviewtesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

const QString Text = u"زار الوفد موقع وكالة ناسا للفضاء ثم عاد إلى القاهرة مساء اليوم"_s;
const QString LinkWords = u"وكالة ناسا"_s;
const QString Href = u"https://www.nasa.gov/"_s;

ArticleView::Span linkSpan()
{
    return {int(Text.indexOf(LinkWords)), int(LinkWords.size()), ArticleView::Span::Kind::Link, Href};
}

QImage grabRange(ArticleView &view, int start, int end, const QString &name)
{
    return grabViewport(view, name).copy(boundsOf(view, start, end).adjusted(-3, -2, 3, 2));
}

} // namespace

class TestArticleViewLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strongIsBolder_data();
    void strongIsBolder();
    void spanEdgeInsideWordKeepsJoining_data();
    void spanEdgeInsideWordKeepsJoining();
    void linkDrawnInLinkColour();
    void clickOnLinkEmitsHref();
    void dragAcrossLinkSelectsAndEmitsNothing();
    void hoverShowsHandAndAddress();
    void spansCutAtBlockEdges();
};

void TestArticleViewLinks::strongIsBolder_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("Arabic word in Noto Naskh Arabic Bold") << u"القاهرة"_s;
    QTest::newRow("a second Arabic word") << u"الوفد"_s;
}

void TestArticleViewLinks::strongIsBolder()
{
    QFETCH(QString, word);
    const int start = int(Text.indexOf(word));
    const int end = start + int(word.size());
    ArticleView plain;
    QVERIFY(showArticle(plain, Text, blocksOf(Text)));
    const QRect regular = boundsOf(plain, start, end);
    const QImage regularImage = grabRange(plain, start, end, u"links-regular"_s);

    ArticleView bold;
    bold.setArticleFont(testArticleFont());
    bold.resize(800, 600);
    bold.setContent(Text, blocksOf(Text), {{start, end - start, ArticleView::Span::Kind::Strong, {}}});
    bold.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bold));
    const QRect strong = boundsOf(bold, start, end);
    QVERIFY2(strong.width() > regular.width(),
             qPrintable(u"bold %1 px, regular %2 px"_s.arg(strong.width()).arg(regular.width())));
    // More ink, too: the bold face's strokes are thicker.
    const auto dark = [](const QColor &c) {
        return qGray(c.rgb()) < 128;
    };
    const QImage strongImage = grabRange(bold, start, end, u"links-bold"_s);
    QVERIFY(countPixels(strongImage, strongImage.rect(), dark)
            > countPixels(regularImage, regularImage.rect(), dark));
}

void TestArticleViewLinks::spanEdgeInsideWordKeepsJoining_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("strong from the middle of a word") << int(ArticleView::Span::Kind::Strong);
    QTest::newRow("emphasis from the middle of a word") << int(ArticleView::Span::Kind::Emphasis);
    QTest::newRow("code from the middle of a word") << int(ArticleView::Span::Kind::Code);
}

void TestArticleViewLinks::spanEdgeInsideWordKeepsJoining()
{
    QFETCH(int, kind);
    // A font change cutting "المؤتمر" would shape its two halves apart (isolated and final forms): the view
    // widens the span to the whole word instead, so the word is drawn exactly as with a span over all of it.
    const QString text = u"افتتح المؤتمر الدولي أعماله"_s;
    const QString word = u"المؤتمر"_s;
    const int start = int(text.indexOf(word));
    const auto show = [&](ArticleView &view, int from, int to) {
        view.setArticleFont(testArticleFont());
        view.resize(800, 300);
        view.setContent(text, blocksOf(text), {{from, to - from, ArticleView::Span::Kind(kind), {}}});
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    };
    ArticleView inside;
    QVERIFY(show(inside, start + 2, start + 5));
    ArticleView whole;
    QVERIFY(show(whole, start, start + int(word.size())));
    QCOMPARE(grabViewport(inside, u"span-inside-word"_s), grabViewport(whole, u"span-whole-word"_s));
    QCOMPARE(inside.rangeRects(start, start + int(word.size())),
             whole.rangeRects(start, start + int(word.size())));
}

void TestArticleViewLinks::linkDrawnInLinkColour()
{
    ArticleView view;
    view.setArticleFont(testArticleFont());
    view.resize(800, 300);
    view.setContent(Text, blocksOf(Text), {linkSpan()});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ArticleView::Span link = linkSpan();
    const QImage image = grabViewport(view, u"link"_s);
    const QColor linkColour = view.palette().color(QPalette::Link);
    const auto linkish = [&](const QColor &c) {
        return qAbs(c.red() - linkColour.red()) < 60 && qAbs(c.green() - linkColour.green()) < 60
               && qAbs(c.blue() - linkColour.blue()) < 60 && c != QColor(Qt::white);
    };
    QVERIFY(countPixels(image, boundsOf(view, link.start, link.end()), linkish) > 20);
    const int other = int(Text.indexOf(u"القاهرة"_s));
    QCOMPARE(countPixels(image, boundsOf(view, other, other + 7), linkish), 0);
    QCOMPARE(view.linkAt(link.start + 2), Href);
    QVERIFY(view.linkAt(other).isEmpty());
}

void TestArticleViewLinks::clickOnLinkEmitsHref()
{
    ArticleView view;
    view.setArticleFont(testArticleFont());
    view.resize(800, 300);
    view.setContent(Text, blocksOf(Text), {linkSpan()});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy links(&view, &ArticleView::linkActivated);
    const ArticleView::Span link = linkSpan();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, boundsOf(view, link.start, link.end()).center());
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).at(0).toString(), Href);
    QVERIFY(!view.hasSelection());

    const int other = int(Text.indexOf(u"القاهرة"_s));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, boundsOf(view, other, other + 7).center());
    QCOMPARE(links.size(), 1); // a click beside a link is no click on it
}

void TestArticleViewLinks::dragAcrossLinkSelectsAndEmitsNothing()
{
    ArticleView view;
    view.setArticleFont(testArticleFont());
    view.resize(800, 300);
    view.setContent(Text, blocksOf(Text), {linkSpan()});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy links(&view, &ArticleView::linkActivated);
    const ArticleView::Span link = linkSpan();
    // From inside the link to the word after it: a selection, not a click.
    drag(view.viewport(), leadingEdge(view, link.start + 1, Qt::RightToLeft),
         trailingEdge(view, link.end() + 3, Qt::RightToLeft));
    QCOMPARE(links.size(), 0);
    QVERIFY(view.hasSelection());
    QVERIFY(view.selectedText().contains(u"ناسا"_s));
}

void TestArticleViewLinks::hoverShowsHandAndAddress()
{
    ArticleView view;
    view.setArticleFont(testArticleFont());
    view.resize(800, 300);
    view.setContent(Text, blocksOf(Text), {linkSpan()});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ArticleView::Span link = linkSpan();
    QCOMPARE(view.viewport()->cursor().shape(), Qt::IBeamCursor);
    QTest::mouseMove(view.viewport(), boundsOf(view, link.start, link.end()).center());
    QTRY_COMPARE(view.viewport()->cursor().shape(), Qt::PointingHandCursor);
    QCOMPARE(view.viewport()->toolTip(), Href);
    const int other = int(Text.indexOf(u"القاهرة"_s));
    QTest::mouseMove(view.viewport(), boundsOf(view, other, other + 7).center());
    QTRY_COMPARE(view.viewport()->cursor().shape(), Qt::IBeamCursor);
    QVERIFY(view.viewport()->toolTip().isEmpty());
}

void TestArticleViewLinks::spansCutAtBlockEdges()
{
    const QString text = u"فقرة أولى\nفقرة ثانية"_s;
    ArticleView view;
    view.setContent(text, blocksOf(text),
                    {{5, 9, ArticleView::Span::Kind::Strong, {}},
                     {-5, 3, ArticleView::Span::Kind::Code, {}},
                     {0, 2, ArticleView::Span::Kind::Emphasis, {}}});
    const QVector<ArticleView::Span> spans = view.spans();
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(0).start, 0); // sorted by start
    QCOMPARE(text.mid(spans.at(1).start, spans.at(1).length), u"أولى"_s);
    QCOMPARE(text.mid(spans.at(2).start, spans.at(2).length), u"فقرة"_s);
}

QTEST_MAIN(TestArticleViewLinks)
#include "tst_articleviewlinks.moc"
