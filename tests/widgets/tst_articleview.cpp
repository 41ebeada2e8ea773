// The article view's selection, clicks, context menu and keyboard, driven by real mouse and key events.
#include "helpers/articleviewtesthelpers.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

const QString VocalisedBlock = u"افتتح الرئيس أعمال الْمُؤْتَمَرِ الدولي في القاهرة"_s;
const QString VocalisedWord = u"الْمُؤْتَمَرِ"_s;

/// The corpus article as the app opens it: non-empty lines joined with one '\n', a heading first, all RTL.
std::pair<QString, QVector<ArticleView::Block>> openedArticle()
{
    QStringList lines = corpusText().split(u'\n');
    lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    const QString text = lines.join(u'\n');
    QVector<ArticleView::Block> blocks;
    int start = 0;
    for (const QString &line : std::as_const(lines)) {
        const auto kind =
            blocks.isEmpty() ? ArticleView::Block::Kind::Heading : ArticleView::Block::Kind::Paragraph;
        blocks.append({start, int(line.size()), kind, blocks.isEmpty() ? 1 : 0, Qt::RightToLeft});
        start += int(line.size()) + 1;
    }
    return {text, blocks};
}

/// The start of the visual line holding position: the smallest start from which the range up to position
/// still lies on one line (a ligature's second letter has no rectangle of its own, so the range is measured).
int lineStartOf(const ArticleView &view, const QVector<ArticleView::Block> &blocks, int position)
{
    int low = 0;
    for (const ArticleView::Block &block : blocks) {
        if (block.start <= position)
            low = block.start;
    }
    const int lineTop = boundsOf(view, position, position + 1).top();
    int high = position;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (boundsOf(view, middle, position + 1).top() < lineTop)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

/// Empty when the line holding position is the first line on screen and firstVisiblePosition() is its start.
QString firstLineProblem(const ArticleView &view, const QVector<ArticleView::Block> &blocks, int position)
{
    const int lineStart = lineStartOf(view, blocks, position);
    const QRect line = boundsOf(view, position, position + 1);
    if (view.firstVisiblePosition() != lineStart)
        return u"firstVisiblePosition %1, line start %2"_s.arg(view.firstVisiblePosition()).arg(lineStart);
    if (line.top() < 0 || line.top() > line.height())
        return u"line of %1 at y %2, not at the top"_s.arg(position).arg(line.top());
    if (lineStart > 0 && boundsOf(view, 0, lineStart).bottom() >= 0)
        return u"the text above the line reaches y %1"_s.arg(boundsOf(view, 0, lineStart).bottom());
    return {};
}

bool isGraphemeBoundary(const QString &text, int position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(position);
    return finder.isAtBoundary();
}

} // namespace

class TestArticleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dragSelectsWords_data();
    void dragSelectsWords();
    void doubleClickSelectsWord_data();
    void doubleClickSelectsWord();
    void tripleClickSelectsBlock();
    void shiftClickExtends();
    void dragAfterDoubleClickExtendsByWords();
    void selectionNeverEndsInsideCluster_data();
    void selectionNeverEndsInsideCluster();
    void clickOnHighlight_data();
    void clickOnHighlight();
    void rightClickRequestsContextMenu();
    void dragBeyondEdgeAutoScrolls();
    void positionAtOutsideText();
    void keyboard();
    void lineSeparatorBreaksLineAndCopiesAsNewline();
    void restoredPositionIsFirstLine_data();
    void restoredPositionIsFirstLine();
};

void TestArticleView::dragSelectsWords_data()
{
    QTest::addColumn<QString>("fromWord");
    QTest::addColumn<QString>("toWord");
    QTest::addColumn<bool>("backwards");

    QTest::newRow("drag over Arabic words selects them whole") << u"وزيرة"_s << u"الخارجية"_s << false;
    QTest::newRow("drag backwards over Arabic words selects the same") << u"وزيرة"_s << u"الخارجية"_s << true;
    QTest::newRow("drag across two blocks") << u"روسيا"_s << u"وتواجه"_s << false;
    QTest::newRow("drag backwards across two blocks") << u"روسيا"_s << u"وتواجه"_s << true;
}

void TestArticleView::dragSelectsWords()
{
    QFETCH(QString, fromWord);
    QFETCH(QString, toWord);
    QFETCH(bool, backwards);

    const QString text = corpusText();
    QVERIFY(!text.isEmpty());
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));

    const int start = int(text.indexOf(fromWord));
    const int end = int(text.indexOf(toWord, start)) + int(toWord.size());
    QVERIFY(start >= 0 && end > start);
    view.scrollToPosition(start);
    const QPoint startPoint = leadingEdge(view, start, Qt::RightToLeft);
    const QPoint endPoint = trailingEdge(view, end - 1, Qt::RightToLeft);
    QVERIFY(view.viewport()->rect().contains(startPoint));
    QVERIFY(view.viewport()->rect().contains(endPoint));

    QSignalSpy changed(&view, &ArticleView::selectionChanged);
    if (backwards)
        drag(view.viewport(), endPoint, startPoint);
    else
        drag(view.viewport(), startPoint, endPoint);

    QVERIFY(changed.count() >= 1);
    QCOMPARE(view.selectionStart(), start);
    QCOMPARE(view.selectionEnd(), end);
    QCOMPARE(view.selectedText(), text.mid(start, end - start));
}

void TestArticleView::doubleClickSelectsWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("customFinder");

    QTest::newRow("vocalised word selected whole") << VocalisedBlock << VocalisedWord << false;
    QTest::newRow("vocalised word selected whole by a custom WordFinder")
        << VocalisedBlock << VocalisedWord << true;
    QTest::newRow("corpus word selected whole") << corpusText() << u"سانكارا"_s << false;
    QTest::newRow("English name in Arabic text")
        << u"قال Vladimir Putin إن الاتفاق مهم"_s << u"Vladimir"_s << false;
}

void TestArticleView::doubleClickSelectsWord()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(bool, customFinder);

    ArticleView view;
    int finderCalls = 0;
    if (customFinder) {
        // Words are runs between spaces: a finder unlike the built-in one, to prove it is the one used.
        view.setWordFinder([&finderCalls](const QString &s, int position) -> std::pair<int, int> {
            ++finderCalls;
            if (position < 0 || position >= s.size() || s.at(position).isSpace())
                return {-1, -1};
            int start = position;
            while (start > 0 && !s.at(start - 1).isSpace())
                --start;
            int end = position;
            while (end < s.size() && !s.at(end).isSpace())
                ++end;
            return {start, end};
        });
    }
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(word));
    QVERIFY(start >= 0);
    view.scrollToPosition(start);
    const QPoint point = boundsOf(view, start, start + int(word.size())).center();

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, point);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, point);

    QCOMPARE(view.selectionStart(), start);
    QCOMPARE(view.selectionEnd(), start + int(word.size()));
    QCOMPARE(view.selectedText(), word);
    QCOMPARE(finderCalls > 0, customFinder);
}

void TestArticleView::tripleClickSelectsBlock()
{
    const QString text = corpusText();
    const QVector<ArticleView::Block> blocks = blocksOf(text);
    ArticleView view;
    QVERIFY(showArticle(view, text, blocks));
    const ArticleView::Block &block = blocks.at(1);
    const int word = int(text.indexOf(u"الشؤون"_s, block.start));
    const QPoint point = boundsOf(view, word, word + 6).center();

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, point);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(view.selectedText(), u"الشؤون"_s);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);

    QCOMPARE(view.selectionStart(), block.start);
    QCOMPARE(view.selectionEnd(), block.start + block.length);
}

void TestArticleView::shiftClickExtends()
{
    const QString text = corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(u"أوليفيا"_s));
    const int last = int(text.indexOf(u"الاهتمام"_s)) + 7;

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, leadingEdge(view, start, Qt::RightToLeft));
    QVERIFY(!view.hasSelection());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      trailingEdge(view, last, Qt::RightToLeft));
    QCOMPARE(view.selectionStart(), start);
    QCOMPARE(view.selectionEnd(), last + 1);

    // A second Shift+click moves the free end and keeps the anchor.
    const int nearer = int(text.indexOf(u"روامبا"_s, start));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      trailingEdge(view, nearer + 5, Qt::RightToLeft));
    QCOMPARE(view.selectionStart(), start);
    QCOMPARE(view.selectionEnd(), nearer + 6);
}

void TestArticleView::dragAfterDoubleClickExtendsByWords()
{
    const QString text = VocalisedBlock;
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int first = int(text.indexOf(u"أعمال"_s));
    const int other = int(text.indexOf(u"الدولي"_s));
    const QPoint from = boundsOf(view, first, first + 5).center();
    const QPoint to = boundsOf(view, other, other + 6).center(); // the middle of a word, not its edge

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);

    QCOMPARE(view.selectionStart(), first);
    QCOMPARE(view.selectionEnd(), other + 6);
}

void TestArticleView::selectionNeverEndsInsideCluster_data()
{
    QTest::addColumn<qreal>("fraction");
    QTest::addColumn<bool>("backwards");
    for (const qreal fraction : {0.08, 0.2, 0.33, 0.45, 0.5, 0.62, 0.75, 0.9}) {
        const QByteArray percent = QByteArray::number(qRound(fraction * 100));
        QTest::newRow(
            QByteArray("drag into vocalised word at " + percent + "% keeps marks with letters").constData())
            << fraction << false;
        QTest::newRow(QByteArray("drag backwards into vocalised word at " + percent + "%").constData())
            << fraction << true;
    }
}

void TestArticleView::selectionNeverEndsInsideCluster()
{
    QFETCH(qreal, fraction);
    QFETCH(bool, backwards);

    const QString text = VocalisedBlock;
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int word = int(text.indexOf(VocalisedWord));
    const QRect wordRect = boundsOf(view, word, word + int(VocalisedWord.size()));
    const QPoint inside(wordRect.left() + qRound(wordRect.width() * fraction), wordRect.center().y());
    const QPoint outside = backwards ? leadingEdge(view, 0, Qt::RightToLeft)
                                     : trailingEdge(view, int(text.size()) - 1, Qt::RightToLeft);

    drag(view.viewport(), outside, inside);

    QVERIFY(view.hasSelection());
    QVERIFY2(isGraphemeBoundary(text, view.selectionStart()),
             qPrintable(QString::number(view.selectionStart())));
    QVERIFY2(isGraphemeBoundary(text, view.selectionEnd()), qPrintable(QString::number(view.selectionEnd())));
    const int inner = backwards ? view.selectionEnd() : view.selectionStart();
    QVERIFY(inner >= word && inner <= word + VocalisedWord.size());
    if (inner < text.size())
        QVERIFY(text.at(inner).category() != QChar::Mark_NonSpacing);
}

void TestArticleView::clickOnHighlight_data()
{
    QTest::addColumn<QString>("clickedWord");
    QTest::addColumn<int>("expectedId");

    QTest::newRow("click on a highlight emits its id") << u"روامبا"_s << 1;
    QTest::newRow("click on nested highlights emits the innermost") << u"الاهتمام"_s << 2;
    QTest::newRow("click outside every highlight emits nothing") << u"الخبر"_s << -1;
}

void TestArticleView::clickOnHighlight()
{
    QFETCH(QString, clickedWord);
    QFETCH(int, expectedId);

    const QString text = corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int outerStart = int(text.indexOf(u"أوليفيا"_s));
    const int outerEnd = int(text.indexOf(u"لبلادها"_s));
    const int inner = int(text.indexOf(u"الاهتمام"_s));
    view.addHighlight({1, outerStart, outerEnd, QColor(255, 210, 0)});
    view.addHighlight({2, inner, inner + 8, QColor(80, 160, 255)});
    view.setSelection(0, 10);

    QSignalSpy clicked(&view, &ArticleView::highlightClicked);
    const int word = int(text.indexOf(clickedWord));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, boundsOf(view, word, word + 3).center());

    QVERIFY(!view.hasSelection());
    if (expectedId < 0) {
        QCOMPARE(clicked.count(), 0);
    } else {
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), expectedId);
    }
}

void TestArticleView::rightClickRequestsContextMenu()
{
    const QString text = corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int highlighted = int(text.indexOf(u"سبوتنيك"_s));
    view.addHighlight({7, highlighted, highlighted + 7, QColor(255, 120, 120)});
    view.setSelection(0, 12);

    QSignalSpy requested(&view, &ArticleView::contextMenuRequested);
    const QPoint point = boundsOf(view, highlighted + 2, highlighted + 3).center();
    const QPoint global = view.viewport()->mapToGlobal(point);
    // QTest delivers mouse events straight to the widget, so the window's own context-menu event is sent by
    // hand.
    QTest::mousePress(view.viewport(), Qt::RightButton, {}, point);
    QContextMenuEvent menu(QContextMenuEvent::Mouse, point, global);
    QCoreApplication::sendEvent(view.viewport(), &menu);
    QTest::mouseRelease(view.viewport(), Qt::RightButton, {}, point);

    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toPoint(), global);
    QCOMPARE(requested.first().at(1).toInt(), highlighted + 2);
    QCOMPARE(requested.first().at(2).toInt(), 7);
    QCOMPARE(view.selectionStart(), 0); // a right click outside the selection leaves it alone
    QCOMPARE(view.selectionEnd(), 12);

    const int plain = int(text.indexOf(u"الخبر"_s));
    const QPoint plainPoint = boundsOf(view, plain, plain + 1).center();
    QContextMenuEvent plainMenu(QContextMenuEvent::Mouse, plainPoint,
                                view.viewport()->mapToGlobal(plainPoint));
    QCoreApplication::sendEvent(view.viewport(), &plainMenu);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(1).toInt(), plain);
    QCOMPARE(requested.last().at(2).toInt(), -1);
}

void TestArticleView::dragBeyondEdgeAutoScrolls()
{
    QString text;
    for (int i = 0; i < 10; ++i)
        text += corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const int start = int(text.indexOf(u"وزيرة"_s));
    const QPoint from = leadingEdge(view, start, Qt::RightToLeft);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), from + QPoint(-40, 40));
    const int before = view.selectionEnd();
    // Held below the bottom edge: the view scrolls on its own and the selection follows.
    QTest::mouseMove(view.viewport(), QPoint(from.x(), view.viewport()->height() + 30));
    QTRY_VERIFY(view.verticalScrollBar()->value() > view.viewport()->height());
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {},
                        QPoint(from.x(), view.viewport()->height() + 30));
    QCOMPARE(view.selectionStart(), start);
    QVERIFY(view.selectionEnd() > before + 500);
    QVERIFY(view.selectionEnd() >= view.firstVisiblePosition());
}

void TestArticleView::positionAtOutsideText()
{
    const QString text = VocalisedBlock;
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    QCOMPARE(view.positionAt(QPoint(5, 5)), -1);                               // in the margin
    QCOMPARE(view.positionAt(QPoint(400, view.viewport()->height() - 5)), -1); // below the text
    const QPoint first = leadingEdge(view, 0, Qt::RightToLeft);
    QCOMPARE(view.positionAt(first), 0);
    const int word = int(text.indexOf(VocalisedWord));
    QVERIFY(isGraphemeBoundary(text, view.positionAt(boundsOf(view, word, word + 5).center())));
}

void TestArticleView::keyboard()
{
    QString text;
    for (int i = 0; i < 30; ++i)
        text += corpusText();
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    view.setFocus();

    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectionStart(), 0);
    QCOMPARE(view.selectionEnd(), text.size());

    view.setSelection(0, 30);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), text.left(30));

    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.hasSelection());

    QSignalSpy position(&view, &ArticleView::firstVisiblePositionChanged);
    QScrollBar *bar = view.verticalScrollBar();
    QTest::keyClick(&view, Qt::Key_PageDown);
    const int afterPage = bar->value();
    QVERIFY(afterPage > 0);
    QTest::keyClick(&view, Qt::Key_Down);
    QVERIFY(bar->value() > afterPage);
    QTest::keyClick(&view, Qt::Key_Space);
    QVERIFY(bar->value() > afterPage + view.viewport()->height() / 2);
    QTRY_COMPARE(position.count(), 1); // debounced: one report once scrolling stops
    QCOMPARE(position.first().first().toInt(), view.firstVisiblePosition());

    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(bar->value(), bar->maximum());
    const QRect last = boundsOf(view, int(text.size()) - 5, int(text.size()));
    QVERIFY(view.viewport()->rect().contains(last));
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(view.firstVisiblePosition(), 0);
}

void TestArticleView::lineSeparatorBreaksLineAndCopiesAsNewline()
{
    const QString text = u"السطر الأول"_s + QChar::LineSeparator + u"السطر الثاني"_s;
    ArticleView view;
    QVERIFY(showArticle(view, text, blocksOf(text)));
    const QRect first = boundsOf(view, 0, 5);
    const QRect second = boundsOf(view, 12, 17);
    QVERIFY(second.top() >= first.bottom());
    view.selectAll();
    QCOMPARE(view.selectedText(), u"السطر الأول\nالسطر الثاني"_s);
}

void TestArticleView::restoredPositionIsFirstLine_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("widthChange");
    QTest::newRow("line start in the second block") << 273 << 0;
    QTest::newRow("middle of a line in the second block") << 300 << 0;
    QTest::newRow("start of the second block") << 73 << 0;
    QTest::newRow("late in the second block") << 600 << 0;
    QTest::newRow("in the heading") << 10 << 0;
    QTest::newRow("third block") << 900 << 0;
    QTest::newRow("saved wider, restored 14 px narrower") << 273 << -14;
    QTest::newRow("saved narrower, restored 14 px wider") << 400 << 14;
}

void TestArticleView::restoredPositionIsFirstLine()
{
    QFETCH(int, position);
    QFETCH(int, widthChange);
    const auto [text, blocks] = openedArticle();
    QVector<ArticleView::Highlight> highlights;
    for (int start = 40; start + 12 < text.size(); start += 150)
        highlights.append({start, start, start + 12, QColor(255, 220, 0)});

    // Shown and exposed while empty, so the scroll bar only appears once the article is in.
    ArticleView view;
    view.setArticleFont(testArticleFont());
    view.resize(880, 756);
    view.setContent(QString(), {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.verticalScrollBar()->isVisible());
    const QSize roomy = view.viewport()->size();
    QCOMPARE(roomy, QSize(878, 754));

    // As the app restores a reading position: no event loop between these calls.
    view.setContent(text, blocks);
    view.setHighlights(highlights);
    view.scrollToPosition(position);
    QCOMPARE(view.viewport()->size(), roomy); // the scroll bar shows only once the event loop runs
    QString problem = firstLineProblem(view, blocks, position);
    QVERIFY2(problem.isEmpty(), qPrintable(u"immediately: "_s + problem));

    // The scroll bar appears, the viewport narrows and the view relayouts keeping the line at the top.
    QTRY_VERIFY(view.verticalScrollBar()->isVisible());
    QTRY_VERIFY(view.viewport()->width() < roomy.width());
    QCoreApplication::processEvents();
    const int narrowed = view.viewport()->width();
    problem = firstLineProblem(view, blocks, position);
    QVERIFY2(problem.isEmpty(), qPrintable(u"after the scroll bar appeared: "_s + problem));

    // Saving firstVisiblePosition() and scrolling back to it is a fixed point.
    const int saved = view.firstVisiblePosition();
    view.scrollToPosition(saved);
    QCOMPARE(view.firstVisiblePosition(), saved);
    problem = firstLineProblem(view, blocks, saved);
    QVERIFY2(problem.isEmpty(), qPrintable(u"restored at the same width: "_s + problem));

    if (widthChange != 0) {
        // The article reopened in a window a little narrower or wider: the saved position's line is first.
        view.resize(view.width() + widthChange, view.height());
        QTRY_COMPARE(view.viewport()->width(), narrowed + widthChange);
        view.setContent(text, blocks);
        view.setHighlights(highlights);
        view.scrollToPosition(saved);
        problem = firstLineProblem(view, blocks, saved);
        QVERIFY2(problem.isEmpty(), qPrintable(u"restored at another width: "_s + problem));
        QCoreApplication::processEvents();
        problem = firstLineProblem(view, blocks, saved);
        QVERIFY2(problem.isEmpty(), qPrintable(u"restored at another width, later: "_s + problem));
        const int again = view.firstVisiblePosition();
        view.scrollToPosition(again);
        QCOMPARE(view.firstVisiblePosition(), again);
    }
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
