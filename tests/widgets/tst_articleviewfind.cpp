// The article view's find-match layer: painted where the matches are and nowhere else, the current one
// stronger and brought on screen, cleared cleanly, cheap in thousands, over highlights and under the
// selection.
#include "helpers/articleviewtesthelpers.h"

#include <QHash>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

using Ranges = QVector<std::pair<int, int>>;

/// The amber wash or the current match's orange, and nothing of the five highlight styles (yellow, salmon,
/// green, blue, purple), of black text or of a white base.
bool findTinted(const QColor &c)
{
    return c.red() > 200 && c.red() - c.blue() > 60 && c.green() - c.blue() > 25 && c.red() - c.green() > 20;
}

/// The current match's deep orange over a white base, as opposed to the light amber of the others.
bool currentOrange(const QColor &c)
{
    return c.red() > 225 && c.green() > 105 && c.green() < 175 && c.blue() < 95;
}

Ranges occurrences(const QString &text, const QString &needle)
{
    Ranges ranges;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
        ranges.append({int(at), int(at + needle.size())});
    return ranges;
}

/// The most common colour inside the rectangles: the background there, blended over the base.
QColor backgroundIn(const QImage &image, const QVector<QRect> &rects)
{
    QHash<QRgb, int> counts;
    for (const QRect &rect : rects) {
        const QRect area = rect.adjusted(2, 2, -2, -2).intersected(image.rect());
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                ++counts[image.pixel(x, y)];
        }
    }
    QRgb best = qRgb(0, 0, 0);
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor(best);
}

int distance(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
}

int countIn(const QImage &image, const QVector<QRect> &rects, const std::function<bool(const QColor &)> &test)
{
    int count = 0;
    for (const QRect &rect : rects)
        count += countPixels(image, rect, test);
    return count;
}

/// Pixels passing the test outside every rectangle (each grown by a pixel or two for antialiasing).
int countOutside(const QImage &image, const QVector<QRect> &rects,
                 const std::function<bool(const QColor &)> &test)
{
    QImage mask(image.size(), QImage::Format_Mono);
    mask.fill(0);
    for (const QRect &rect : rects) {
        const QRect grown = rect.adjusted(-2, -2, 2, 2).intersected(image.rect());
        for (int y = grown.top(); y <= grown.bottom(); ++y) {
            for (int x = grown.left(); x <= grown.right(); ++x)
                mask.setPixel(x, y, 1);
        }
    }
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (mask.pixelIndex(x, y) == 0 && test(QColor(image.pixel(x, y))))
                ++count;
        }
    }
    return count;
}

/// A long article: the corpus' paragraphs over and over, each numbered so the blocks differ.
QString longArticle(int copies)
{
    const QStringList paragraphs = corpusText().split(u'\n', Qt::SkipEmptyParts);
    QString text;
    for (int i = 0; i < copies; ++i) {
        for (const QString &paragraph : paragraphs)
            text += QString::number(i) + u" - "_s + paragraph + u'\n';
    }
    return text;
}

QVector<QRect> allRects(const ArticleView &view, const Ranges &ranges)
{
    QVector<QRect> rects;
    for (const auto &[start, end] : ranges)
        rects += view.rangeRects(start, end);
    return rects;
}

const QString Vocalised =
    u"قال المسؤولُ إنّ المسؤولية مَسْؤُولِيَّة الجميع، وإن الحكومة تتحمل المسؤولية كاملة.\n"
    u"وأضاف Vladimir Putin أن الاتفاق مع بوركينا فاسو مهم، وأن روسيا تدعم بوركينا فاسو."_s;

} // namespace

class TestArticleViewFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsMatchesWhereTheirTextIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("expected");
        QTest::newRow("every occurrence of an arabic word in the corpus")
            << corpusText() << u"بوركينا"_s << 9;
        QTest::newRow("a word inside other words, joined letters around it")
            << corpusText() << u"العسكري"_s << int(occurrences(corpusText(), u"العسكري"_s).size());
        QTest::newRow("vocalised word piece with all its marks") << Vocalised << u"مَسْؤُولِيَّة"_s << 1;
        QTest::newRow("english name inside an arabic paragraph") << Vocalised << u"Putin"_s << 1;
        QTest::newRow("phrase across a space and a bidi run") << Vocalised << u"بوركينا فاسو"_s << 2;
    }
    void paintsMatchesWhereTheirTextIs()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, expected);
        ArticleView view;
        QVERIFY(showArticle(view, text, blocksOf(text)));
        const Ranges ranges = occurrences(text, needle);
        QCOMPARE(ranges.size(), expected);
        view.setFindMatches(ranges);
        QCOMPARE(view.findMatchCount(), expected);
        QCOMPARE(view.currentFindMatch(), -1);
        const QImage image =
            grabViewport(view, u"find-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));

        int onScreen = 0;
        for (const auto &[start, end] : ranges) {
            const QVector<QRect> rects = view.rangeRects(start, end);
            QVERIFY(!rects.isEmpty());
            if (!view.viewport()->rect().contains(boundsOf(view, start, end)))
                continue;
            ++onScreen;
            int area = 0;
            for (const QRect &rect : rects)
                area += rect.width() * rect.height();
            // Most of the match's box is washed (the rest is its ink); none of it the current's orange.
            QVERIFY2(countIn(image, rects, findTinted) > area / 3, qPrintable(text.mid(start, end - start)));
            QCOMPARE(countIn(image, rects, currentOrange), 0);
        }
        QVERIFY(onScreen > 0);
        QCOMPARE(countOutside(image, allRects(view, ranges), findTinted), 0);
    }

    void currentMatchIsStrongerAndBroughtOnScreen_data()
    {
        QTest::addColumn<int>("which"); // -1 = the last match
        QTest::addColumn<bool>("fromEnd");
        QTest::addColumn<bool>("expectScroll");
        QTest::newRow("match far below the screen is centred") << 40 << false << true;
        QTest::newRow("last match of the article") << -1 << false << true;
        QTest::newRow("first match after reading the end scrolls back up") << 0 << true << true;
        QTest::newRow("match already on screen leaves the view still") << 1 << false << false;
    }
    void currentMatchIsStrongerAndBroughtOnScreen()
    {
        QFETCH(int, which);
        QFETCH(bool, fromEnd);
        QFETCH(bool, expectScroll);
        const QString text = longArticle(12);
        ArticleView view;
        QVERIFY(showArticle(view, text, blocksOf(text)));
        const Ranges ranges = occurrences(text, u"بوركينا"_s);
        QCOMPARE(ranges.size(), 12 * 9);
        view.setFindMatches(ranges);
        if (fromEnd) {
            view.scrollToPosition(int(text.size()) - 1);
            QVERIFY(view.verticalScrollBar()->value() > 0);
        }
        const int index = which < 0 ? int(ranges.size()) - 1 : which;
        const int before = view.verticalScrollBar()->value();
        view.setCurrentFindMatch(index);
        QCOMPARE(view.currentFindMatch(), index);
        const int after = view.verticalScrollBar()->value();
        QCOMPARE(after != before, expectScroll);

        const auto [start, end] = ranges.at(index);
        const QRect bounds = boundsOf(view, start, end);
        QVERIFY2(view.viewport()->rect().contains(bounds), qPrintable(QString::number(bounds.y())));
        const QScrollBar *bar = view.verticalScrollBar();
        if (expectScroll && after > bar->minimum() && after < bar->maximum()) {
            // In the middle, where the eye finds it, not on the bottom line.
            QVERIFY(qAbs(bounds.center().y() - view.viewport()->height() / 2) < bounds.height() * 2);
        }
        const QImage image = grabViewport(view, u"find-current-"_s + QString::number(index));
        const QVector<QRect> current = view.rangeRects(start, end);
        QVERIFY(countIn(image, current, currentOrange) > 0);
        // The other matches on screen keep the light wash.
        int others = 0;
        for (int i = 0; i < ranges.size(); ++i) {
            if (i == index
                || !view.viewport()->rect().contains(boundsOf(view, ranges[i].first, ranges[i].second)))
                continue;
            ++others;
            const QVector<QRect> rects = view.rangeRects(ranges[i].first, ranges[i].second);
            QVERIFY(countIn(image, rects, findTinted) > 0);
            QCOMPARE(countIn(image, rects, currentOrange), 0);
            QVERIFY(distance(backgroundIn(image, rects), backgroundIn(image, current)) > 60);
        }
        QVERIFY(others > 0);
    }

    void currentMatchCanBeUnset()
    {
        ArticleView view;
        QVERIFY(showArticle(view, Vocalised, blocksOf(Vocalised)));
        const Ranges ranges = occurrences(Vocalised, u"المسؤولية"_s);
        QCOMPARE(ranges.size(), 2);
        view.setFindMatches(ranges);
        view.setCurrentFindMatch(1);
        const QVector<QRect> rects = view.rangeRects(ranges[1].first, ranges[1].second);
        QTRY_VERIFY(countIn(grabViewport(view, u"find-current-set"_s), rects, currentOrange) > 0);
        view.setCurrentFindMatch(-1);
        QCOMPARE(view.currentFindMatch(), -1);
        const QImage image = grabViewport(view, u"find-current-unset"_s);
        QCOMPARE(countIn(image, rects, currentOrange), 0);
        QVERIFY(countIn(image, rects, findTinted) > 0);
        // An index past the end means none, not a crash.
        view.setCurrentFindMatch(7);
        QCOMPARE(view.currentFindMatch(), -1);
        // New matches start with none current.
        view.setCurrentFindMatch(0);
        view.setFindMatches(ranges);
        QCOMPARE(view.currentFindMatch(), -1);
    }

    void clearingRemovesThePaint_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("clearFindMatches") << u"clear"_s;
        QTest::newRow("an empty list of matches") << u"empty"_s;
        QTest::newRow("a new article") << u"content"_s;
    }
    void clearingRemovesThePaint()
    {
        QFETCH(QString, how);
        const QString text = corpusText();
        ArticleView view;
        QVERIFY(showArticle(view, text, blocksOf(text)));
        const Ranges ranges = occurrences(text, u"فاسو"_s);
        view.setFindMatches(ranges);
        view.setCurrentFindMatch(0);
        QVERIFY(countPixels(grabViewport(view, u"find-before-clear"_s), view.viewport()->rect(), findTinted)
                > 0);
        if (how == u"clear"_s)
            view.clearFindMatches();
        else if (how == u"empty"_s)
            view.setFindMatches({});
        else
            view.setContent(text, blocksOf(text));
        QCOMPARE(view.findMatchCount(), 0);
        QCOMPARE(view.currentFindMatch(), -1);
        const QImage image = grabViewport(view, u"find-cleared-"_s + how);
        QCOMPARE(countPixels(image, image.rect(), findTinted), 0);
    }

    void thousandsOfMatches()
    {
        // A long article and a two-letter query: tens of thousands of matches, set in one pass, and only
        // the screen's worth painted.
        const QString text = longArticle(100);
        ArticleView view;
        QVERIFY(showArticle(view, text, blocksOf(text)));
        const Ranges ranges = occurrences(text, u"ال"_s);
        QVERIFY(ranges.size() > 10000);
        view.setFindMatches(ranges);
        QCOMPARE(view.findMatchCount(), int(ranges.size()));
        QImage image = grabViewport(view, u"find-thousands-top"_s);
        QVERIFY(countPixels(image, image.rect(), findTinted) > 1000);

        const int last = int(ranges.size()) - 1;
        view.setCurrentFindMatch(last);
        const QRect bounds = boundsOf(view, ranges[last].first, ranges[last].second);
        QVERIFY(view.viewport()->rect().contains(bounds));
        QVERIFY(view.verticalScrollBar()->value() > view.verticalScrollBar()->maximum() / 2);
        image = grabViewport(view, u"find-thousands-end"_s);
        QVERIFY(countIn(image, view.rangeRects(ranges[last].first, ranges[last].second), currentOrange) > 0);

        view.clearFindMatches();
        image = grabViewport(view, u"find-thousands-cleared"_s);
        QCOMPARE(countPixels(image, image.rect(), findTinted), 0);
    }

    void highlightsUnderMatchesStayVisible_data()
    {
        QTest::addColumn<QColor>("highlight");
        QTest::newRow("green term under a match") << QColor(u"#a5d6a7"_s);
        QTest::newRow("blue question under a match") << QColor(u"#90caf9"_s);
        QTest::newRow("yellow highlight under a match") << QColor(u"#fff176"_s);
        QTest::newRow("purple disputed under a match") << QColor(u"#ce93d8"_s);
    }
    void highlightsUnderMatchesStayVisible()
    {
        QFETCH(QColor, highlight);
        const QString text = u"الحكومة أعلنت أن الحكومة ستدعم الحكومة في كل شيء"_s;
        ArticleView view;
        QVERIFY(showArticle(view, text, blocksOf(text)));
        const Ranges ranges = occurrences(text, u"الحكومة"_s);
        QCOMPARE(ranges.size(), 3);
        // The first occurrence: highlighted and matched; the second matched only; the third highlighted only.
        view.addHighlight({1, ranges[0].first, ranges[0].second, highlight});
        view.addHighlight({2, ranges[2].first, ranges[2].second, highlight});
        view.setFindMatches({ranges[0], ranges[1]});
        const QImage image = grabViewport(view, u"find-over-highlight"_s);
        const QColor both = backgroundIn(image, view.rangeRects(ranges[0].first, ranges[0].second));
        const QColor matchOnly = backgroundIn(image, view.rangeRects(ranges[1].first, ranges[1].second));
        const QColor highlightOnly = backgroundIn(image, view.rangeRects(ranges[2].first, ranges[2].second));
        QVERIFY(findTinted(matchOnly));
        QVERIFY(!findTinted(highlightOnly));
        // Both layers show where they meet: it is neither the wash alone nor the highlight alone.
        QVERIFY2(distance(both, matchOnly) > 20, qPrintable(both.name() + u' ' + matchOnly.name()));
        QVERIFY2(distance(both, highlightOnly) > 20, qPrintable(both.name() + u' ' + highlightOnly.name()));
        // And the match is the top layer: the blend leans to the wash's hue.
        QVERIFY(both.red() >= both.blue());
    }

    void selectionIsDrawnOverMatches()
    {
        const QString text = corpusText();
        ArticleView view;
        QPalette palette = view.palette();
        palette.setColor(QPalette::Highlight, QColor(30, 90, 200));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        view.setPalette(palette);
        QVERIFY(showArticle(view, text, blocksOf(text)));
        const Ranges ranges = occurrences(text, u"بوركينا"_s);
        view.setFindMatches(ranges);
        view.setCurrentFindMatch(0);
        view.setSelection(ranges[0].first, ranges[0].second + 5);
        const QImage image = grabViewport(view, u"find-under-selection"_s);
        const QVector<QRect> rects = view.rangeRects(ranges[0].first, ranges[0].second);
        QCOMPARE(backgroundIn(image, rects), QColor(30, 90, 200));
        QCOMPARE(countIn(image, rects, currentOrange), 0);
    }

    void darkPaletteKeepsMatchesReadable()
    {
        ArticleView view;
        QPalette palette = view.palette();
        palette.setColor(QPalette::Base, QColor(32, 33, 36));
        palette.setColor(QPalette::Text, QColor(232, 234, 237));
        view.setPalette(palette);
        QVERIFY(showArticle(view, Vocalised, blocksOf(Vocalised)));
        const Ranges ranges = occurrences(Vocalised, u"بوركينا"_s);
        view.setFindMatches(ranges);
        view.setCurrentFindMatch(1);
        const QImage image = grabViewport(view, u"find-dark"_s);
        const QColor base(32, 33, 36);
        const QVector<QRect> wash = view.rangeRects(ranges[0].first, ranges[0].second);
        const QVector<QRect> current = view.rangeRects(ranges[1].first, ranges[1].second);
        const QColor washColor = backgroundIn(image, wash);
        const QColor currentColor = backgroundIn(image, current);
        QVERIFY2(distance(washColor, base) > 60, qPrintable(washColor.name()));
        QVERIFY(washColor.red() > washColor.green() && washColor.green() > washColor.blue());
        QVERIFY2(distance(currentColor, washColor) > 60, qPrintable(currentColor.name()));
        // The light text still shows inside both: brighter than either background.
        const auto lightText = [](const QColor &c) {
            return c.lightness() > 200 && c.saturation() < 80;
        };
        QVERIFY(countIn(image, wash, lightText) > 0);
        QVERIFY(countIn(image, current, lightText) > 0);
        QVERIFY(currentColor.lightness() < 150);
    }

    void rangesAreTakenAsGiven_data()
    {
        QTest::addColumn<Ranges>("ranges");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("painted");
        QTest::newRow("unsorted matches are all kept") << Ranges{{40, 45}, {4, 9}, {20, 25}} << 3 << true;
        QTest::newRow("a match past the end of the text is clamped")
            << Ranges{{4, 9}, {150, 400}} << 2 << true;
        QTest::newRow("overlapping matches keep their count") << Ranges{{4, 12}, {8, 16}} << 2 << true;
        QTest::newRow("empty and reversed ranges paint nothing but count")
            << Ranges{{5, 5}, {9, 3}} << 2 << false;
    }
    void rangesAreTakenAsGiven()
    {
        QFETCH(Ranges, ranges);
        QFETCH(int, count);
        QFETCH(bool, painted);
        ArticleView view;
        QVERIFY(showArticle(view, Vocalised, blocksOf(Vocalised)));
        view.setFindMatches(ranges);
        QCOMPARE(view.findMatchCount(), count);
        for (int i = 0; i < count; ++i)
            view.setCurrentFindMatch(i);
        const QImage image = grabViewport(view, u"find-odd-ranges"_s);
        QCOMPARE(view.currentFindMatch(), count - 1);
        QCOMPARE(countPixels(image, image.rect(), findTinted) > 0, painted);
    }
};

QTEST_MAIN(TestArticleViewFind)
#include "tst_articleviewfind.moc"
