// The article view's painting (highlights, alignment, block kinds), lazy layout of a big text, and zoom.
#include "helpers/articleviewtesthelpers.h"

#include <QAccessible>
#include <QHash>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

const QString BidiBlock = u"قال Vladimir Putin إن الاتفاق مهم للبلدين"_s;

bool greenish(const QColor &c)
{
    return c.green() - c.red() > 40 && c.green() - c.blue() > 40;
}

bool strongGreen(const QColor &c)
{
    return c.green() - c.red() > 95 && c.green() - c.blue() > 95;
}

bool reddish(const QColor &c)
{
    return c.red() > 220 && c.green() < 175 && c.blue() < 175 && c.green() > 110;
}

bool blended(const QColor &c) // red then blue, both translucent, over white
{
    return c.red() > 115 && c.red() < 175 && c.green() < 115 && c.blue() > 165;
}

bool orange(const QColor &c)
{
    return c.red() > 200 && c.green() > 120 && c.green() < 215 && c.blue() < 110;
}

/// The most common colour inside the rectangles: the highlight's fill, blended over the base.
QRgb backgroundIn(const QImage &image, const QVector<QRect> &rects)
{
    QHash<QRgb, int> counts;
    for (const QRect &rect : rects) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                ++counts[image.pixel(x, y)];
        }
    }
    QRgb best = qRgb(255, 255, 255);
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QRect shrunk(const QRect &rect, int by)
{
    return rect.adjusted(by, by, -by, -by);
}

/// About 20,000 short blocks made from the corpus' sentences, each numbered so none repeats.
QString bigArticle(int blocks)
{
    const QString corpus = corpusText();
    const QStringList sentences = corpus.simplified().split(u'.', Qt::SkipEmptyParts);
    QString text;
    for (int i = 0; i < blocks; ++i) {
        text += u"فقرة "_s + QString::number(i) + u": "_s + sentences.at(i % sentences.size()).trimmed()
                + u".\n\n"_s;
    }
    text += u"الخاتمة الأخيرة للمقال"_s;
    return text;
}

} // namespace

class TestArticleViewRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightAcrossBidiBoundary();
    void highlightInsideWordKeepsJoining_data();
    void highlightInsideWordKeepsJoining();
    void everyVisibleCharacterHasItsRectangle_data();
    void everyVisibleCharacterHasItsRectangle();
    void overlappingHighlightsBothVisible();
    void activeHighlightIsStronger();
    void addUpdateRemoveRepaint();
    void flashRangePulses();
    void selectionUsesPalette();
    void blockAlignment_data();
    void blockAlignment();
    void blockKinds();
    void tableCellsStartAtTheirColumn_data();
    void tableCellsStartAtTheirColumn();
    void lazyLayoutOnBigText();
    void readingPositionStableWhenEstimatesCorrected();
    void zoomKeepsPosition();
    void accessibilityDoesNotCrash();
};

void TestArticleViewRendering::highlightAcrossBidiBoundary()
{
    ArticleView view;
    QVERIFY(showArticle(view, BidiBlock, blocksOf(BidiBlock)));
    const int end = int(BidiBlock.indexOf(u"Vladimir"_s)) + 8;
    view.addHighlight({1, 0, end, QColor(0, 170, 0)});
    const QImage image = grabViewport(view, u"bidi-highlight"_s);

    const QVector<QRect> pieces = view.rangeRects(0, end);
    QVERIFY2(pieces.size() >= 2, "an RTL word and an LTR word are two visual pieces"); // قال ... Vladimir
    for (const QRect &piece : pieces) {
        const QRect inner = shrunk(piece, 2);
        QVERIFY2(countPixels(image, inner, greenish) > inner.width() * inner.height() / 4,
                 qPrintable(u"no highlight in piece at x=%1"_s.arg(piece.x())));
    }
    // "Putin" sits visually between the two pieces and is not highlighted; nor is the rest of the line.
    const int putin = int(BidiBlock.indexOf(u"Putin"_s));
    QCOMPARE(countPixels(image, shrunk(boundsOf(view, putin, putin + 5), 2), greenish), 0);
    const int far = int(BidiBlock.indexOf(u"الاتفاق"_s));
    QCOMPARE(countPixels(image, shrunk(boundsOf(view, far, far + 7), 2), greenish), 0);
}

void TestArticleViewRendering::highlightInsideWordKeepsJoining_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("from"); // offsets inside the word
    QTest::addColumn<int>("to");

    const QString plain = u"افتتح المؤتمر الدولي أعماله"_s;
    const QString vocalised = u"افتتح الْمُؤْتَمَرِ الدولي أعماله"_s;
    QTest::newRow("middle letters of a joined word stay joined") << plain << u"المؤتمر"_s << 2 << 5;
    QTest::newRow("first letter of a word") << plain << u"المؤتمر"_s << 0 << 1;
    QTest::newRow("last letter of a word") << plain << u"المؤتمر"_s << 6 << 7;
    QTest::newRow("letter with its vowel marks in a vocalised word") << vocalised << u"الْمُؤْتَمَرِ"_s << 3 << 7;
}

void TestArticleViewRendering::highlightInsideWordKeepsJoining()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(int, from);
    QFETCH(int, to);

    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(word));
    const QRect area = boundsOf(view, start, start + int(word.size())).adjusted(-2, 0, 2, 0);
    const QImage before = grabViewport(view, u"word-plain"_s);
    view.addHighlight({3, start + from, start + to, QColor(0, 170, 0)});
    const QImage after = grabViewport(view, u"word-highlighted"_s);

    QVERIFY(countPixels(after, area, greenish) > 0);
    // Same shape: the highlight only changes the background, never how the word is shaped or joined. With the
    // highlight's colour discounted - ink coverage measured against each pixel's own background - every pixel
    // of the word carries the same ink as before, up to anti-aliasing rounding.
    const QVector<QRect> highlighted = view.rangeRects(start + from, start + to);
    const QColor fill = QColor(backgroundIn(highlighted.isEmpty() ? QImage() : after, highlighted));
    double worst = 0;
    int inked = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            bool under = false;
            for (const QRect &r : highlighted)
                under = under || r.contains(x, y);
            const double background = under ? qGray(fill.rgb()) : 255.0;
            const double inkBefore = 1.0 - qGray(before.pixel(x, y)) / 255.0;
            const double inkAfter = 1.0 - qGray(after.pixel(x, y)) / background;
            worst = qMax(worst, qAbs(inkBefore - inkAfter));
            inked += inkBefore > 0.5 ? 1 : 0;
        }
    }
    QVERIFY(inked > 50);
    QVERIFY2(worst < 0.12, qPrintable(u"ink differs by up to %1"_s.arg(worst)));
}

void TestArticleViewRendering::everyVisibleCharacterHasItsRectangle_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a lone digit in an Arabic line") << u"وقع الحادث في الساعة 5 صباحاً أمس"_s;
    QTest::newRow("a lone Arabic-Indic digit") << u"وقع الحادث في الساعة ٥ صباحاً أمس"_s;
    QTest::newRow("a year and a percentage") << u"ارتفعت الأسعار عام 2024 بنسبة 7% تقريباً"_s;
    QTest::newRow("a lone Latin letter") << u"النقطة A على الخريطة"_s;
    QTest::newRow("brackets and a digit") << u"انظر الملحق (3) في آخر التقرير"_s;
    QTest::newRow("a lone Arabic letter in English") << u"The letter ب is the second"_s;
    QTest::newRow("a lone digit in English") << u"Chapter 5 begins here"_s;
}

void TestArticleViewRendering::everyVisibleCharacterHasItsRectangle()
{
    // What find, print, accessibility and the selection handles draw over: each character's own piece of
    // the line, never an empty rectangle where a glyph is.
    QFETCH(QString, text);
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace())
            continue;
        const QVector<QRect> rects = view.rangeRects(i, i + 1);
        int width = 0;
        for (const QRect &rect : rects)
            width += rect.width();
        QVERIFY2(width >= 2, qPrintable(u"no rectangle for “%1” at %2"_s.arg(text.at(i)).arg(i)));
    }
    // A highlight on each character that is a digit or of the other script paints where its rectangle is.
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isDigit() && !(c.script() == QChar::Script_Latin)
            && !(c.script() == QChar::Script_Arabic && directionOf(text) == Qt::LeftToRight))
            continue;
        view.setHighlights({{1, i, i + 1, QColor(0, 170, 0)}});
        const QImage image = grabViewport(view, u"lone-%1"_s.arg(i));
        const QRect inner = shrunk(boundsOf(view, i, i + 1), 1);
        QVERIFY2(countPixels(image, inner, greenish) > 0,
                 qPrintable(u"no highlight painted on “%1” at %2"_s.arg(c).arg(i)));
    }
}

void TestArticleViewRendering::overlappingHighlightsBothVisible()
{
    const QString text = corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int outer = int(text.indexOf(u"وزيرة"_s));
    const int inner = int(text.indexOf(u"الشؤون"_s));
    const int outerEnd = int(text.indexOf(u"لبوركينا"_s));
    view.addHighlight({1, outer, outerEnd, QColor(255, 0, 0)});
    view.addHighlight({2, inner, inner + 6, QColor(0, 0, 255)});
    const QImage image = grabViewport(view, u"overlap"_s);

    QVERIFY(countPixels(image, shrunk(boundsOf(view, outer, outer + 5), 2), reddish) > 20);
    QVERIFY2(countPixels(image, shrunk(boundsOf(view, inner, inner + 6), 2), blended) > 20,
             "the inner highlight blends with the outer one: both colours show");
    QCOMPARE(view.highlightsAt(inner + 1), (QVector<int>{2, 1}));
    QCOMPARE(view.highlightsAt(outer), QVector<int>{1});
}

void TestArticleViewRendering::activeHighlightIsStronger()
{
    const QString text = corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(u"سبوتنيك"_s));
    view.addHighlight({5, start, start + 7, QColor(0, 170, 0)});
    const QRect area = boundsOf(view, start, start + 7).adjusted(-3, -3, 3, 3);
    QCOMPARE(countPixels(grabViewport(view, u"inactive"_s), area, strongGreen), 0);
    view.setActiveHighlight(5);
    QCOMPARE(view.activeHighlight(), 5);
    QVERIFY(countPixels(grabViewport(view, u"active"_s), area, strongGreen) > 20);
}

void TestArticleViewRendering::addUpdateRemoveRepaint()
{
    const QString text = corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(u"روامبا"_s));
    const QRect area = shrunk(boundsOf(view, start, start + 6), 2);
    const auto bluish = [](const QColor &c) {
        return c.blue() - c.red() > 40 && c.blue() - c.green() > 40;
    };

    view.addHighlight({9, start, start + 6, QColor(0, 170, 0)});
    QCOMPARE(view.highlightCount(), 1);
    QVERIFY(countPixels(grabViewport(view, u"added"_s), area, greenish) > 20);

    view.updateHighlight({9, start, start + 6, QColor(0, 0, 255)});
    QCOMPARE(view.highlightCount(), 1);
    const QImage updated = grabViewport(view, u"updated"_s);
    QVERIFY(countPixels(updated, area, bluish) > 20);
    QCOMPARE(countPixels(updated, area, greenish), 0);

    view.removeHighlight(9);
    QCOMPARE(view.highlightCount(), 0);
    const QImage removed = grabViewport(view, u"removed"_s);
    QCOMPARE(countPixels(removed, area, bluish), 0);
    QVERIFY(view.highlightsAt(start).isEmpty());

    view.setHighlights({{1, start, start + 6, QColor(0, 170, 0)}, {2, 0, 5, QColor(0, 170, 0)}});
    QCOMPARE(view.highlightCount(), 2);
    view.clearHighlights();
    QCOMPARE(view.highlightCount(), 0);
}

void TestArticleViewRendering::flashRangePulses()
{
    const QString text = corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(u"سانكارا"_s));
    view.scrollToPosition(start, true);
    const QRect area = shrunk(boundsOf(view, start, start + 7), 2);
    QVERIFY(view.viewport()->rect().contains(area));
    view.flashRange(start, start + 7);
    QTRY_VERIFY(countPixels(grabViewport(view, u"flash"_s), area, orange) > 20);
    QTRY_COMPARE(countPixels(grabViewport(view, u"flash-over"_s), area, orange), 0);
}

void TestArticleViewRendering::selectionUsesPalette()
{
    const QString text = corpusText();
    ArticleView view;
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(200, 0, 200));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    view.setPalette(dark);
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(u"وزيرة"_s));
    view.setSelection(start, start + 20);
    const QImage image = grabViewport(view, u"dark-selection"_s);
    const auto magenta = [](const QColor &c) {
        return c.red() > 150 && c.blue() > 150 && c.green() < 60;
    };
    QVERIFY(countPixels(image, shrunk(boundsOf(view, start, start + 20), 2), magenta) > 50);
    QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::black));
    const auto light = [](const QColor &c) {
        return qGray(c.rgb()) > 200;
    };
    const int other = int(text.indexOf(u"سانكارا"_s));
    QVERIFY(countPixels(image, boundsOf(view, other, other + 7), light) > 20); // white text on black
}

void TestArticleViewRendering::blockAlignment_data()
{
    QTest::addColumn<int>("blockIndex");
    QTest::addColumn<bool>("rightAligned");
    QTest::newRow("RTL block right-aligned") << 0 << true;
    QTest::newRow("LTR block left-aligned") << 1 << false;
    QTest::newRow("RTL block starting with a Latin name is still right-aligned") << 2 << true;
}

void TestArticleViewRendering::blockAlignment()
{
    QFETCH(int, blockIndex);
    QFETCH(bool, rightAligned);

    const QString text = u"أكدت الوزيرة أن التعاون ليس جديداً\n\nReuters reported that the talks ended.\n\n"
                         u"\u061C\"Sputnik\" هي وكالة أنباء روسية"_s;
    const QVector<ArticleView::Block> blocks = blocksOf(text);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).direction, Qt::LeftToRight);
    ArticleView view;
    QVERIFY(showArticle(view, text, blocks));
    grabViewport(view, u"alignment"_s);

    const int width = view.viewport()->width();
    const int column = qMin(view.maximumTextWidth(), width - 48);
    const int left = (width - column) / 2;
    const ArticleView::Block &block = blocks.at(blockIndex);
    const QRect first = boundsOf(view, block.start, block.start + 1);
    const QRect whole = boundsOf(view, block.start, block.start + block.length);
    if (rightAligned) {
        QVERIFY2(qAbs(whole.right() - (left + column - 1)) <= 2, qPrintable(QString::number(whole.right())));
        if (blockIndex == 0)
            QCOMPARE(first.right(), whole.right()); // the first letter is the rightmost
    } else {
        QVERIFY2(qAbs(whole.left() - left) <= 2, qPrintable(QString::number(whole.left())));
        QCOMPARE(first.left(), whole.left());
        QVERIFY(whole.right() < left + column / 2);
    }
}

void TestArticleViewRendering::blockKinds()
{
    using Kind = ArticleView::Block::Kind;
    const QString text = u"عنوان المقال\nفقرة عادية من النص\nاقتباس من التصريح\nبند في القائمة\ncode block"_s;
    QVector<ArticleView::Block> blocks = blocksOf(text);
    QCOMPARE(blocks.size(), 5);
    blocks[0].kind = Kind::Heading;
    blocks[0].level = 1;
    blocks[2].kind = Kind::Quote;
    blocks[3].kind = Kind::ListItem;
    blocks[3].level = 1;
    blocks[4].kind = Kind::Preformatted;
    ArticleView view;
    QVERIFY(showArticle(view, text, blocks));
    const QImage image = grabViewport(view, u"kinds"_s);

    const auto bounds = [&](int i) {
        return boundsOf(view, blocks[i].start, blocks[i].start + blocks[i].length);
    };
    QVERIFY(bounds(0).height() > bounds(1).height() * 1.3); // heading: larger
    QVERIFY(bounds(2).right() < bounds(1).right() - 15);    // quote: indented on the start (right) side
    QVERIFY(bounds(3).right() < bounds(1).right() - 15);    // list item: indented too
    // The quote's bar and the list's bullet are drawn in the indent, right of the text.
    const auto ink = [](const QColor &c) {
        return qGray(c.rgb()) < 230;
    };
    const QRect quoteIndent(bounds(2).right() + 3, bounds(2).top(), bounds(1).right() - bounds(2).right() - 3,
                            bounds(2).height());
    QVERIFY(countPixels(image, quoteIndent, ink) > 10);
    const QRect bulletIndent(bounds(3).right() + 3, bounds(3).top(),
                             bounds(1).right() - bounds(3).right() - 3, bounds(3).height());
    QVERIFY(countPixels(image, bulletIndent, ink) > 10);
    QVERIFY(bounds(4).left() < bounds(1).left() + 50 || blocks[4].direction == Qt::LeftToRight);
}

void TestArticleViewRendering::tableCellsStartAtTheirColumn_data()
{
    QTest::addColumn<QString>("row");
    QTest::newRow("Arabic row, short cells") << u"الأوج\t249232432 كيلومتر"_s;
    QTest::newRow("Arabic row, second cell starting with a number and longer than the first")
        << u"المسافة من الأرض\t54600000 كيلومتر، و401000000 كيلومتر"_s;
    QTest::newRow("Arabic row, three cells") << u"الكوكب\tالقطر\t6779 كم"_s;
    QTest::newRow("English row") << u"Aphelion\t249,232,432 km"_s;
}

void TestArticleViewRendering::tableCellsStartAtTheirColumn()
{
    QFETCH(QString, row);
    // The infobox of the corpus's Wikipedia page, row after row: each cell begins at its column's start edge
    // (the right one in Arabic), whatever the length of the cells before and after it.
    const QString text = u"فقرة قبل الجدول\n\n"_s + row;
    QVector<ArticleView::Block> blocks = blocksOf(text);
    QCOMPARE(blocks.size(), 2);
    blocks[1].kind = ArticleView::Block::Kind::TableRow;
    ArticleView view;
    QVERIFY(showArticle(view, text, blocks));
    grabViewport(view, u"table"_s);

    const ArticleView::Block &block = blocks.at(1);
    const QStringList cells = row.split(u'\t');
    const bool rtl = block.direction == Qt::RightToLeft;
    // The text column, centred in the viewport as blockAlignment() measures it, split into equal columns.
    const int width = view.viewport()->width();
    const int column = qMin(view.maximumTextWidth(), width - 48);
    const int left = (width - column) / 2;
    int start = block.start;
    for (int i = 0; i < cells.size(); ++i) {
        const QRect cell = boundsOf(view, start, start + int(cells.at(i).size()));
        const int edge = left + column * (rtl ? cells.size() - i : i) / int(cells.size());
        const QString where =
            u"cell %1: %2..%3, column edge %4"_s.arg(i).arg(cell.left()).arg(cell.right()).arg(edge);
        QVERIFY2(qAbs((rtl ? cell.right() + 1 : cell.left()) - edge) <= 3, qPrintable(where));
        // and it stays inside its column
        const int other = left + column * (rtl ? cells.size() - i - 1 : i + 1) / int(cells.size());
        QVERIFY2(rtl ? cell.left() >= other - 3 : cell.right() <= other + 3, qPrintable(where));
        start += int(cells.at(i).size()) + 1;
    }
}

void TestArticleViewRendering::lazyLayoutOnBigText()
{
    const QString text = bigArticle(20000);
    const QVector<ArticleView::Block> blocks = blocksOf(text);
    QCOMPARE(blocks.size(), 20001);
    ArticleView view;
    QVERIFY(showArticle(view, text, blocks));
    QCOMPARE(view.firstVisiblePosition(), 0);

    view.scrollToPosition(int(text.size()) - 1);
    const ArticleView::Block &last = blocks.last();
    const QVector<QRect> rects = view.rangeRects(last.start, last.start + last.length);
    QVERIFY(!rects.isEmpty());
    for (const QRect &rect : rects)
        QVERIFY2(view.viewport()->rect().contains(rect), qPrintable(u"%1,%2"_s.arg(rect.x()).arg(rect.y())));
    grabViewport(view, u"big-end"_s);

    // Ten thousand highlights, then one more at the end: it paints there and clicks find it.
    QVector<ArticleView::Highlight> many;
    for (int i = 0; i < 10000; ++i) {
        const ArticleView::Block &block = blocks.at(i * 2);
        many.append({100 + i, block.start, block.start + 4, QColor(255, 220, 0)});
    }
    view.setHighlights(many);
    const int word = int(text.lastIndexOf(u"الأخيرة"_s));
    view.addHighlight({1, word, word + 7, QColor(0, 170, 0)});
    QCOMPARE(view.highlightCount(), 10001);
    const QRect wordRect = boundsOf(view, word, word + 7);
    QVERIFY(countPixels(grabViewport(view, u"big-highlight"_s), shrunk(wordRect, 2), greenish) > 20);
    QSignalSpy clicked(&view, &ArticleView::highlightClicked);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, wordRect.center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 1);

    // Selecting there works as anywhere else.
    const int first = int(text.lastIndexOf(u"الخاتمة"_s));
    drag(view.viewport(), leadingEdge(view, first, Qt::RightToLeft),
         trailingEdge(view, word + 6, Qt::RightToLeft));
    QCOMPARE(view.selectedText(), u"الخاتمة الأخيرة"_s);
    view.removeHighlight(1);
    QCOMPARE(view.highlightCount(), 10000);
}

void TestArticleViewRendering::readingPositionStableWhenEstimatesCorrected()
{
    const QString text = bigArticle(3000);
    const QVector<ArticleView::Block> blocks = blocksOf(text);
    ArticleView view;
    QVERIFY(showArticle(view, text, blocks));
    const int target = blocks.at(2000).start;
    view.scrollToPosition(target);
    QCOMPARE(view.firstVisiblePosition(), target);
    const QRect before = boundsOf(view, target, target + 5);

    // Laying out blocks far above the reading position replaces their estimated heights: the text stays put.
    for (int i = 0; i < 1000; i += 50)
        view.rangeRects(blocks.at(i).start, blocks.at(i).start + blocks.at(i).length);
    QCOMPARE(view.firstVisiblePosition(), target);
    QCOMPARE(boundsOf(view, target, target + 5), before);

    // Scrolling up line by line through estimated blocks moves by whole lines, never jumps.
    view.setFocus();
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(&view, Qt::Key_Up);
    const int after = view.firstVisiblePosition();
    QVERIFY(after < target);
    QVERIFY(after > blocks.at(1980).start);
}

void TestArticleViewRendering::zoomKeepsPosition()
{
    QString text;
    for (int i = 0; i < 20; ++i)
        text += corpusText();
    const QVector<ArticleView::Block> blocks = blocksOf(text);
    ArticleView view;
    QVERIFY(showArticle(view, text, blocks));
    const int middle = blocks.at(blocks.size() / 2).start + 300;
    view.scrollToPosition(middle);
    const int before = view.firstVisiblePosition();
    QVERIFY(qAbs(before - middle) < 200);
    const int heightBefore = boundsOf(view, before, before + 1).height();

    QSignalSpy zoomed(&view, &ArticleView::zoomChanged);
    view.zoomIn();
    QCOMPARE(view.zoom(), 1);
    QCOMPARE(zoomed.count(), 1);
    QCOMPARE(zoomed.first().first().toInt(), 1);
    QVERIFY(qAbs(view.displayFont().pointSizeF() - 16 * 1.1) < 0.01);
    QCOMPARE(view.articleFont().pointSize(), 16);
    const int after = view.firstVisiblePosition();
    QVERIFY2(qAbs(after - before) < 200, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QVERIFY(boundsOf(view, after, after + 1).height() > heightBefore);

    QPoint center = view.viewport()->rect().center();
    QWheelEvent wheel(center, view.viewport()->mapToGlobal(center), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    QCOMPARE(view.zoom(), 2);
    QVERIFY(qAbs(view.firstVisiblePosition() - before) < 300);

    view.setZoom(0);
    QCOMPARE(zoomed.count(), 3);
    QVERIFY(qAbs(view.firstVisiblePosition() - before) < 300);
    const int heightAfter =
        boundsOf(view, view.firstVisiblePosition(), view.firstVisiblePosition() + 1).height();
    QVERIFY(qAbs(heightAfter - heightBefore)
            <= 1); // the same font again; only the line's rounding may differ
}

void TestArticleViewRendering::accessibilityDoesNotCrash()
{
    const QString text = corpusText();
    ArticleView view;
    view.setAccessibleName(u"Article"_s);
    QVERIFY(showArticle(view, text, blocksOf(text)));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), u"Article"_s);
    for (int i = 0; i < iface->childCount(); ++i)
        QVERIFY(iface->child(i));
    view.setSelection(0, 20);
    view.scrollToPosition(int(text.size()) - 1);
    QCOMPARE(view.selectedText(), text.left(20));
}

QTEST_MAIN(TestArticleViewRendering)
#include "tst_articleviewrendering.moc"
