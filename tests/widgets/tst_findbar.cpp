// The find bar, driven with real keys and clicks offscreen: debounced queries, Enter / Shift+Enter / Escape,
// options, result texts, the field's direction following what is typed.
#include "articleview/articleview.h"
#include "findbar/findbar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "typetext.h"
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using hashiya::ArticleView;
using hashiya::FindBar;
using hashiya::testing::typeText;

namespace {

bool warningRed(const QColor &c)
{
    return c.red() - c.green() > 80 && c.red() - c.blue() > 80;
}

} // namespace

/** The find bar on its own, in a window with an F3 action as the application has. */
class TestFindBar : public QObject
{
    Q_OBJECT

private:
    struct Window {
        QWidget window;
        FindBar *bar = nullptr;
        QLineEdit *query = nullptr;
        QAction *findNext = nullptr;
        QAction *escapeAction = nullptr;
    };

    static void setUp(Window &w, Qt::LayoutDirection direction = Qt::LeftToRight)
    {
        w.window.setLayoutDirection(direction);
        auto *layout = new QVBoxLayout(&w.window);
        layout->addStretch();
        w.bar = new FindBar(&w.window);
        layout->addWidget(w.bar);
        w.query = w.bar->findChild<QLineEdit *>(u"findQuery"_s);
        QVERIFY(w.query);
        // The application owns F3 and may bind Escape elsewhere in the window.
        w.findNext = new QAction(&w.window);
        w.findNext->setShortcut(QKeySequence(Qt::Key_F3));
        w.window.addAction(w.findNext);
        w.escapeAction = new QAction(&w.window);
        w.escapeAction->setShortcut(QKeySequence(Qt::Key_Escape));
        w.window.addAction(w.escapeAction);
        w.window.resize(720, 120);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        w.bar->focusQuery();
        QTRY_VERIFY(w.query->hasFocus());
    }

    static void typeAndSettle(Window &w, const QString &text)
    {
        QSignalSpy queries(w.bar, &FindBar::queryChanged);
        typeText(w.query, text);
        QTRY_COMPARE(queries.count(), 1);
    }

    static void saveGrab(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("HASHIYA_SAVE_GRABS"))
            widget->grab().save(QDir::temp().filePath(u"findbar-"_s + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFont font(u"Noto Sans"_s, 10);
        font.setFamilies({u"Noto Sans"_s, u"Noto Naskh Arabic"_s, u"Noto Sans Hebrew"_s});
        QApplication::setFont(font);
    }

    void queryReportedOnceAfterTypingPauses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("latin word") << u"Putin"_s;
        QTest::newRow("arabic word") << u"الاتفاق"_s;
        QTest::newRow("vocalised arabic word") << u"مَسْؤُولِيَّة"_s;
        QTest::newRow("two words with a space") << u"وزير الدفاع"_s;
    }
    void queryReportedOnceAfterTypingPauses()
    {
        QFETCH(QString, typed);
        Window w;
        setUp(w);
        QSignalSpy queries(w.bar, &FindBar::queryChanged);
        typeText(w.query, typed);
        QCOMPARE(w.bar->query(), typed);
        QCOMPARE(queries.count(), 0); // not on every key: the finder would run once per letter
        QTRY_COMPARE(queries.count(), 1);
        QCOMPARE(queries.at(0).at(0).toString(), typed);
    }

    void fieldDirectionFollowsWhatIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Qt::LayoutDirection>("barDirection");
        QTest::addColumn<Qt::LayoutDirection>("expected");
        QTest::newRow("arabic typed in an english interface reads right to left")
            << u"مسؤولية"_s << Qt::LeftToRight << Qt::RightToLeft;
        QTest::newRow("hebrew typed reads right to left") << u"שלום"_s << Qt::LeftToRight << Qt::RightToLeft;
        QTest::newRow("english typed in an arabic interface reads left to right")
            << u"Putin"_s << Qt::RightToLeft << Qt::LeftToRight;
        QTest::newRow("arabic followed by an english name keeps the first strong direction")
            << u"قال Putin"_s << Qt::LeftToRight << Qt::RightToLeft;
        QTest::newRow("digits then arabic reads right to left")
            << u"2024 عام"_s << Qt::LeftToRight << Qt::RightToLeft;
    }
    void fieldDirectionFollowsWhatIsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(Qt::LayoutDirection, barDirection);
        QFETCH(Qt::LayoutDirection, expected);
        Window w;
        setUp(w, barDirection);
        typeText(w.query, typed);
        QCOMPARE(w.query->text(), typed);
        QCOMPARE(w.query->layoutDirection(), expected);
        // Emptied, the field follows the interface again.
        w.query->selectAll();
        QTest::keyClick(w.query, Qt::Key_Backspace);
        QVERIFY(w.query->text().isEmpty());
        QCOMPARE(w.query->layoutDirection(), barDirection);
    }

    void enterAndEscapeKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<QString>("expected"); // next, previous or close
        QTest::newRow("Enter asks for the next match")
            << int(Qt::Key_Return) << Qt::KeyboardModifiers() << u"next"_s;
        QTest::newRow("keypad Enter asks for the next match")
            << int(Qt::Key_Enter) << Qt::KeyboardModifiers(Qt::KeypadModifier) << u"next"_s;
        QTest::newRow("Shift+Enter asks for the previous match")
            << int(Qt::Key_Return) << Qt::KeyboardModifiers(Qt::ShiftModifier) << u"previous"_s;
        QTest::newRow("Escape asks to close, before the window's Escape shortcut")
            << int(Qt::Key_Escape) << Qt::KeyboardModifiers() << u"close"_s;
    }
    void enterAndEscapeKeys()
    {
        QFETCH(int, key);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(QString, expected);
        Window w;
        setUp(w);
        typeAndSettle(w, u"الحكومة"_s);
        QSignalSpy next(w.bar, &FindBar::nextRequested);
        QSignalSpy previous(w.bar, &FindBar::previousRequested);
        QSignalSpy close(w.bar, &FindBar::closeRequested);
        QSignalSpy queries(w.bar, &FindBar::queryChanged);
        QSignalSpy windowEscape(w.escapeAction, &QAction::triggered);
        QTest::keyClick(w.query, Qt::Key(key), modifiers);
        QCOMPARE(next.count(), expected == u"next"_s ? 1 : 0);
        QCOMPARE(previous.count(), expected == u"previous"_s ? 1 : 0);
        QCOMPARE(close.count(), expected == u"close"_s ? 1 : 0);
        QCOMPARE(queries.count(), 0); // the query was already reported
        QCOMPARE(windowEscape.count(), 0);
        QCOMPARE(w.query->text(), u"الحكومة"_s);
    }

    void enterWhileTypingReportsTheQueryAtOnce()
    {
        Window w;
        setUp(w);
        QSignalSpy queries(w.bar, &FindBar::queryChanged);
        QSignalSpy next(w.bar, &FindBar::nextRequested);
        typeText(w.query, u"روسيا"_s);
        QTest::keyClick(w.query, Qt::Key_Return);
        QCOMPARE(queries.count(), 1);
        QCOMPARE(queries.at(0).at(0).toString(), u"روسيا"_s);
        QCOMPARE(next.count(), 0); // the new query's find picks its first match itself
        // The pending report was made, not left to the pause: the next Enter steps to the next match.
        QTest::keyClick(w.query, Qt::Key_Return);
        QCOMPARE(next.count(), 1);
        QCOMPARE(queries.count(), 1);
    }

    void functionKeysAreLeftToTheApplication()
    {
        Window w;
        setUp(w);
        typeAndSettle(w, u"word"_s);
        QSignalSpy next(w.bar, &FindBar::nextRequested);
        QSignalSpy action(w.findNext, &QAction::triggered);
        QTest::keyClick(w.query, Qt::Key_F3);
        QCOMPARE(action.count(), 1);
        QCOMPARE(next.count(), 0);
    }

    void escapeFromAnOptionCloses()
    {
        Window w;
        setUp(w);
        auto *whole = w.bar->findChild<QCheckBox *>(u"findWholeWords"_s);
        QVERIFY(whole);
        whole->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(whole->hasFocus());
        QSignalSpy close(w.bar, &FindBar::closeRequested);
        QTest::keyClick(whole, Qt::Key_Escape);
        QCOMPARE(close.count(), 1);
    }

    void buttonsClicked_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("expected");
        QTest::newRow("previous button asks for the previous match") << u"findPrevious"_s << u"previous"_s;
        QTest::newRow("next button asks for the next match") << u"findNext"_s << u"next"_s;
        QTest::newRow("close button asks to close") << u"findClose"_s << u"close"_s;
    }
    void buttonsClicked()
    {
        QFETCH(QString, button);
        QFETCH(QString, expected);
        Window w;
        setUp(w, Qt::RightToLeft);
        auto *tool = w.bar->findChild<QToolButton *>(button);
        QVERIFY(tool);
        QVERIFY(!tool->icon().isNull());
        QVERIFY(!tool->accessibleName().isEmpty());
        QSignalSpy next(w.bar, &FindBar::nextRequested);
        QSignalSpy previous(w.bar, &FindBar::previousRequested);
        QSignalSpy close(w.bar, &FindBar::closeRequested);
        QTest::mouseClick(tool, Qt::LeftButton, {}, tool->rect().center());
        QCOMPARE(next.count(), expected == u"next"_s ? 1 : 0);
        QCOMPARE(previous.count(), expected == u"previous"_s ? 1 : 0);
        QCOMPARE(close.count(), expected == u"close"_s ? 1 : 0);
    }

    void optionsToggled()
    {
        Window w;
        setUp(w);
        auto *exact = w.bar->findChild<QCheckBox *>(u"findExactMarks"_s);
        auto *whole = w.bar->findChild<QCheckBox *>(u"findWholeWords"_s);
        QVERIFY(exact && whole);
        QSignalSpy options(w.bar, &FindBar::optionsChanged);

        QTest::mouseClick(exact, Qt::LeftButton, {}, exact->rect().center());
        QCOMPARE(options.count(), 1);
        QCOMPARE(options.last().at(0).toBool(), true);
        QCOMPARE(options.last().at(1).toBool(), false);

        QTest::mouseClick(whole, Qt::LeftButton, {}, whole->rect().center());
        QCOMPARE(options.count(), 2);
        QCOMPARE(options.last().at(0).toBool(), true);
        QCOMPARE(options.last().at(1).toBool(), true);

        whole->setFocus(Qt::TabFocusReason);
        QTest::keyClick(whole, Qt::Key_Space);
        QCOMPARE(options.count(), 3);
        QCOMPARE(options.last().at(1).toBool(), false);
        QVERIFY(w.bar->exactMarksAndHamza());
        QVERIFY(!w.bar->wholeWords());

        // Restoring saved settings is not a change the reader made.
        w.bar->setOptions(false, true);
        QCOMPARE(options.count(), 3);
        QVERIFY(!w.bar->exactMarksAndHamza());
        QVERIFY(w.bar->wholeWords());
        QVERIFY(!exact->isChecked());
    }

    void resultTexts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warning");
        QTest::newRow("third of seventeen shows its number counted from one")
            << u"في"_s << 2 << 17 << u"3 of 17"_s << false;
        QTest::newRow("the only match") << u"روسيا"_s << 0 << 1 << u"1 of 1"_s << false;
        QTest::newRow("last of many") << u"ال"_s << 4999 << 5000 << u"5000 of 5000"_s << false;
        QTest::newRow("no matches warns") << u"zzz"_s << -1 << 0 << u"No matches"_s << true;
        QTest::newRow("matches but none current") << u"في"_s << -1 << 17 << u"17 matches"_s << false;
        QTest::newRow("one match none current") << u"في"_s << -1 << 1 << u"1 match"_s << false;
        QTest::newRow("current out of range counts as none")
            << u"في"_s << 17 << 17 << u"17 matches"_s << false;
        QTest::newRow("empty query shows nothing") << QString() << -1 << 0 << QString() << false;
    }
    void resultTexts()
    {
        QFETCH(QString, query);
        QFETCH(int, current);
        QFETCH(int, total);
        QFETCH(QString, expected);
        QFETCH(bool, warning);
        Window w;
        setUp(w);
        auto *label = w.bar->findChild<QLabel *>(u"findResult"_s);
        QVERIFY(label);
        const QColor normal = label->palette().color(QPalette::WindowText);
        QVERIFY(!warningRed(normal));
        if (!query.isEmpty())
            typeAndSettle(w, query);
        w.bar->setResult(current, total);
        QCOMPARE(w.bar->resultText(), expected);
        QCOMPARE(label->text(), expected);
        QCOMPARE(warningRed(label->palette().color(QPalette::WindowText)), warning);
        saveGrab(w.bar, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));

        // Emptying the query empties the result at once, warning gone.
        w.query->selectAll();
        QTest::keyClick(w.query, Qt::Key_Delete);
        QCOMPARE(label->text(), QString());
        QVERIFY(!warningRed(label->palette().color(QPalette::WindowText)));
    }

    void focusQuerySelectsTheQuery()
    {
        Window w;
        setUp(w);
        typeAndSettle(w, u"الاتفاق"_s);
        auto *close = w.bar->findChild<QToolButton *>(u"findClose"_s);
        close->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!w.query->hasFocus());
        w.bar->focusQuery();
        QTRY_VERIFY(w.query->hasFocus());
        QCOMPARE(w.query->selectedText(), u"الاتفاق"_s);
        // Typing now replaces the old query.
        QSignalSpy queries(w.bar, &FindBar::queryChanged);
        typeText(w.query, u"روسيا"_s);
        QCOMPARE(w.bar->query(), u"روسيا"_s);
        QTRY_COMPARE(queries.count(), 1);
    }

    void setQueryReportsAtOnceAndOnlyChanges()
    {
        Window w;
        setUp(w);
        QSignalSpy queries(w.bar, &FindBar::queryChanged);
        w.bar->setQuery(u"بوتين"_s);
        QCOMPARE(queries.count(), 1);
        QCOMPARE(w.bar->query(), u"بوتين"_s);
        QCOMPARE(w.query->layoutDirection(), Qt::RightToLeft);
        w.bar->setQuery(u"بوتين"_s);
        QCOMPARE(queries.count(), 1);
    }

    void everyControlHasAnAccessibleName()
    {
        Window w;
        setUp(w);
        const QList<QWidget *> children =
            w.bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(children.size() >= 7);
        for (QWidget *child : children) {
            if (child->objectName().startsWith(u"find"_s))
                QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName()));
        }
        QCOMPARE(w.bar->findChild<QCheckBox *>(u"findExactMarks"_s)->accessibleName(),
                 u"Match vowel marks and hamza exactly"_s);
    }

    void barUnderAnArticle()
    {
        // The bar where the application puts it, under an article with its matches painted, for a look.
        QWidget window;
        window.setLayoutDirection(Qt::RightToLeft);
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *view = new ArticleView(&window);
        QFont font(u"Noto Naskh Arabic"_s);
        font.setPointSize(14);
        view->setArticleFont(font);
        auto *bar = new FindBar(&window);
        layout->addWidget(view);
        layout->addWidget(bar);
        window.resize(760, 360);
        const QString text = u"أعلنت الحكومة أن الاتفاق مع روسيا يشمل التعاون العسكري.\n"
                             u"وقال Vladimir Putin إن الاتفاق مهم، وإن روسيا ستدعم الحكومة.\n"
                             u"ورحّبت الحكومةُ بالزيارة."_s;
        view->setContent(text, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bar->setQuery(u"الحكومة"_s);
        QVector<std::pair<int, int>> ranges;
        for (int at = int(text.indexOf(u"الحكوم"_s)); at >= 0; at = int(text.indexOf(u"الحكوم"_s, at + 1)))
            ranges.append({at, at + 7});
        QCOMPARE(ranges.size(), 3);
        ranges.last().second += 1; // the vocalised one ends with its damma
        view->setFindMatches(ranges);
        view->setCurrentFindMatch(1);
        bar->setResult(1, int(ranges.size()));
        QCOMPARE(bar->resultText(), u"2 of 3"_s);
        QCOMPARE(view->findMatchCount(), 3);
        saveGrab(&window, u"under-article"_s);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
