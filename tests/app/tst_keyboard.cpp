// Everything from the keyboard, in the real window offscreen, driven by key presses only: next / previous
// annotation through the highlights in reading order, the find bar's focus round trip, the Tab order, F6
// between the panes, every menu opening on Alt + its mnemonic, and accessible names on every focusable
// widget.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "articleview/articleview.h"
#include "editors/noteeditor.h"
#include "editors/tageditor.h"
#include "findbar/findbar.h"
#include "ui/annotationpanel.h"
#include "ui/articlepane.h"
#include "ui/findcontroller.h"
#include "ui/mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

// The letter after a single '&' ("Ear&lier" → 'l'), folded to lower case; a null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget *widget)
{
    return widget ? u"%1 \"%2\" (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                            widget->objectName(), widget->accessibleName())
                  : u"no widget"_s;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nextAndPreviousAnnotationWalkTheHighlightsInReadingOrder();
    void findBarOpensAndClosesBackToTheArticle();
    void tabVisitsArticleFindBarAndPanelInOrder();
    void f6MovesBetweenThePanes();
    void everyMenuOpensWithAltAndItsMnemonic_data();
    void everyMenuOpensWithAltAndItsMnemonic();
    void noTwoItemsOfAMenuShareAMnemonic();
    void everyFocusableWidgetHasAnAccessibleName();

private:
    /// Highlights [start, end) with Ctrl+1 and leaves the note with Escape, as a reader would.
    void highlight(int start, int end);
    QWidget *pressAndFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    WindowFixture m_fixture;
};

void TestKeyboard::initTestCase()
{
    m_fixture.isolate();
    m_fixture.setWindowSize(QSize(1000, 600));
    m_fixture.setWait(WindowFixture::Wait::Active);
}

void TestKeyboard::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
}

void TestKeyboard::cleanup()
{
    m_fixture.cleanup();
}

void TestKeyboard::highlight(int start, int end)
{
    ArticleView *view = m_fixture.window()->articleView();
    view->setSelection(start, end);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
}

QWidget *TestKeyboard::pressAndFocus(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    return QApplication::focusWidget();
}

void TestKeyboard::nextAndPreviousAnnotationWalkTheHighlightsInReadingOrder()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"lipsum.he.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    AnnotationPanel *panel = window->annotationPanel();
    const int length = int(view->text().size());
    QVERIFY(length > 20000);
    // Three passages far apart, highlighted out of reading order: the middle one last.
    const QList<int> starts{100, length / 2, length - 200};
    QList<QUuid> ids(3);
    for (int i : {2, 0, 1}) {
        highlight(starts.at(i), starts.at(i) + 12);
        ids[i] = panel->currentAnnotation();
        QVERIFY(!ids.at(i).isNull());
    }
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(panel->currentAnnotation(), ids.at(1));

    const auto expectCurrent = [&](int index) {
        QCOMPARE(panel->currentAnnotation(), ids.at(index));
        // The highlight is the active one and on screen (the article scrolled to it when it had to).
        QVERIFY(view->activeHighlight() >= 0);
        const QVector<QRect> rects = view->rangeRects(starts.at(index), starts.at(index) + 12);
        QVERIFY(!rects.isEmpty());
        QVERIFY(view->viewport()->rect().intersects(rects.constFirst()));
    };
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    expectCurrent(0);
    // At the first highlight it stops and says so, rather than jumping to the end of the article.
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    expectCurrent(0);
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    expectCurrent(1);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    expectCurrent(2);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    expectCurrent(2);
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    // The keys stay with the article: the reader keeps reading where the highlight is.
    QCOMPARE(QApplication::focusWidget(), view);
}

void TestKeyboard::findBarOpensAndClosesBackToTheArticle()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    FindBar *bar = window->articlePane()->findBar();
    FindController *find = window->articlePane()->find();
    QCOMPARE(QApplication::focusWidget(), view);

    QWidget *query = pressAndFocus(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QCOMPARE(query->objectName(), u"findQuery"_s);
    typeText(query, u"روسيا"_s);
    QTRY_VERIFY(find->matches().size() >= 2);
    const int first = find->currentMatch();
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(find->currentMatch(), (first + 1) % int(find->matches().size()));
    QTest::keyClick(query, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(find->currentMatch(), first);

    QCOMPARE(pressAndFocus(Qt::Key_Escape), view);
    QVERIFY(!bar->isVisible());
    // Open again: the focus is back in the query, its text selected to be typed over.
    QCOMPARE(pressAndFocus(Qt::Key_F, Qt::ControlModifier), query);
    QCOMPARE(static_cast<QLineEdit *>(query)->selectedText(), u"روسيا"_s);
    QCOMPARE(pressAndFocus(Qt::Key_Escape), view);
}

void TestKeyboard::tabVisitsArticleFindBarAndPanelInOrder()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    AnnotationPanel *panel = window->annotationPanel();
    highlight(10, 20); // an annotation is current, so the tag field is enabled
    QCOMPARE(QApplication::focusWidget(), view);
    QWidget *query = pressAndFocus(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(pressAndFocus(Qt::Key_Tab, Qt::ShiftModifier), view);

    FindBar *bar = window->articlePane()->findBar();
    const QList<QWidget *> expected{query,
                                    bar->findChild<QWidget *>(u"findPrevious"_s),
                                    bar->findChild<QWidget *>(u"findNext"_s),
                                    bar->findChild<QWidget *>(u"findExactMarks"_s),
                                    bar->findChild<QWidget *>(u"findWholeWords"_s),
                                    bar->findChild<QWidget *>(u"findClose"_s),
                                    panel->filterField(),
                                    panel->tagFilter(),
                                    panel->styleFilter(),
                                    panel->listView(),
                                    panel->noteEditor(),
                                    panel->tagEditor()->input()};
    for (QWidget *widget : expected) {
        QWidget *focus = pressAndFocus(Qt::Key_Tab);
        QVERIFY2(focus == widget,
                 qPrintable(u"expected %1, got %2"_s.arg(describe(widget), describe(focus))));
    }
    // And back again with Shift+Tab, to the article.
    for (qsizetype i = expected.size() - 2; i >= 0; --i) {
        QWidget *focus = pressAndFocus(Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY2(focus == expected.at(i),
                 qPrintable(u"expected %1, got %2"_s.arg(describe(expected.at(i)), describe(focus))));
    }
    QCOMPARE(pressAndFocus(Qt::Key_Tab, Qt::ShiftModifier), view);

    // With the find bar closed, Tab goes from the article straight to the panel.
    QCOMPARE(pressAndFocus(Qt::Key_F, Qt::ControlModifier), query);
    QCOMPARE(pressAndFocus(Qt::Key_Escape), view);
    QCOMPARE(pressAndFocus(Qt::Key_Tab), panel->filterField());
}

void TestKeyboard::f6MovesBetweenThePanes()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    AnnotationPanel *panel = window->annotationPanel();
    QCOMPARE(QApplication::focusWidget(), view);

    QCOMPARE(pressAndFocus(Qt::Key_F6), panel->listView());
    QCOMPARE(pressAndFocus(Qt::Key_F6), view);
    QCOMPARE(pressAndFocus(Qt::Key_F6, Qt::ShiftModifier), panel->listView());
    QCOMPARE(pressAndFocus(Qt::Key_F6, Qt::ShiftModifier), view);

    // From anywhere in the panel (the filter field), F6 returns to the article.
    QCOMPARE(pressAndFocus(Qt::Key_Tab), panel->filterField());
    QCOMPARE(pressAndFocus(Qt::Key_F6), view);

    // With the find bar open it is a pane of its own, between the article and the panel.
    QWidget *query = pressAndFocus(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(query->objectName(), u"findQuery"_s);
    QCOMPARE(pressAndFocus(Qt::Key_F6), panel->listView());
    QCOMPARE(pressAndFocus(Qt::Key_F6), view);
    QCOMPARE(pressAndFocus(Qt::Key_F6), query);
    QCOMPARE(pressAndFocus(Qt::Key_F6, Qt::ShiftModifier), view);
}

void TestKeyboard::everyMenuOpensWithAltAndItsMnemonic_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("key");
    QTest::newRow("Alt+F opens File") << u"&File"_s << int(Qt::Key_F);
    QTest::newRow("Alt+E opens Edit") << u"&Edit"_s << int(Qt::Key_E);
    QTest::newRow("Alt+V opens View") << u"&View"_s << int(Qt::Key_V);
    QTest::newRow("Alt+A opens Annotate") << u"&Annotate"_s << int(Qt::Key_A);
    QTest::newRow("Alt+H opens Help") << u"&Help"_s << int(Qt::Key_H);
}

void TestKeyboard::everyMenuOpensWithAltAndItsMnemonic()
{
    QFETCH(QString, title);
    QFETCH(int, key);
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    QMenu *menu = nullptr;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->text() == title)
            menu = action->menu();
    }
    QVERIFY2(menu, qPrintable(title));
    QTest::keyClick(window->articleView(), Qt::Key(key), Qt::AltModifier);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(QApplication::activePopupWidget(), menu);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

void TestKeyboard::noTwoItemsOfAMenuShareAMnemonic()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    // The recent-files menu is filled when it opens; one file is in it now.
    QList<QMenu *> menus;
    QSet<QChar> topLetters;
    for (QAction *action : window->menuBar()->actions()) {
        const QChar letter = mnemonic(action->text());
        QVERIFY2(!letter.isNull(), qPrintable(u"no mnemonic in menu %1"_s.arg(action->text())));
        QVERIFY2(!topLetters.contains(letter), qPrintable(u"menu bar: %1 twice"_s.arg(letter)));
        topLetters.insert(letter);
        if (action->menu())
            menus.append(action->menu());
    }
    QVERIFY(menus.size() >= 5);
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        Q_EMIT menu->aboutToShow(); // menus filled on opening (Open Recent) are checked as they will be shown
        QHash<QChar, QString> taken;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu())
                menus.append(action->menu());
            const QChar letter = mnemonic(action->text());
            if (letter.isNull())
                continue;
            QVERIFY2(!taken.contains(letter),
                     qPrintable(u"%1: “%2” and “%3” share &%4"_s.arg(menu->title(), taken.value(letter),
                                                                     action->text(), letter)));
            taken.insert(letter, action->text());
        }
    }
}

void TestKeyboard::everyFocusableWidgetHasAnAccessibleName()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    highlight(10, 20);
    QTest::keyClick(window->articleView(), Qt::Key_F, Qt::ControlModifier); // the find bar too
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // What Tab can reach now; a hidden control (the notice's button) is named when it is shown.
        if (widget->focusPolicy() == Qt::NoFocus || widget->window() != window
            || !widget->isVisibleTo(window))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QAccessibleInterface *article = QAccessible::queryAccessibleInterface(window->articleView());
    QVERIFY(!article->text(QAccessible::Description).isEmpty());
    // The article's text itself is there for a screen reader, and so is the selection.
    QAccessibleTextInterface *text = article->textInterface();
    QVERIFY(text);
    const QString &articleText = window->articleView()->text();
    QCOMPARE(text->characterCount(), int(articleText.size()));
    QCOMPARE(text->text(0, 40), articleText.left(40));
    window->articleView()->setSelection(5, 15);
    int start = -1;
    int end = -1;
    text->selection(0, &start, &end);
    QCOMPARE(std::pair(start, end), std::pair(5, 15));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
