#include "editors/noteeditor.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "typetext.h"
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using hashiya::testing::typeText;

using hashiya::NoteEditor;

/** Drives the note editor with real key and focus events in a shown window. */
class TestNoteEditor : public QObject
{
    Q_OBJECT

private:
    struct Window {
        QWidget window;
        NoteEditor *editor = nullptr;
        QLineEdit *other = nullptr;
    };

    static void setUp(Window &w)
    {
        auto *layout = new QVBoxLayout(&w.window);
        w.editor = new NoteEditor(&w.window);
        w.other = new QLineEdit(&w.window);
        layout->addWidget(w.editor);
        layout->addWidget(w.other);
        w.editor->setPauseInterval(60);
        w.window.resize(400, 300);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        w.editor->setFocus();
        QTRY_VERIFY(w.editor->hasFocus());
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setFont(QFont(u"DejaVu Sans"_s, 10)); }

    void oneEmissionPerPause_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("latin word typed fast") << u"abc"_s;
        QTest::newRow("arabic word typed fast") << u"مصدر"_s;
    }

    void oneEmissionPerPause()
    {
        QFETCH(QString, typed);
        Window w;
        setUp(w);
        QSignalSpy edited(w.editor, &NoteEditor::noteEdited);
        typeText(w.editor, typed);
        QCOMPARE(edited.count(), 0); // nothing per letter
        QVERIFY(w.editor->hasPendingEdit());
        QTRY_COMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), typed);
        QVERIFY(!w.editor->hasPendingEdit()); // nothing more is on its way
        w.editor->flush();
        QCOMPARE(edited.count(), 1); // unchanged text is not reported again
    }

    void twoBurstsGiveTwoEmissions()
    {
        Window w;
        setUp(w);
        QSignalSpy edited(w.editor, &NoteEditor::noteEdited);
        typeText(w.editor, u"abc"_s);
        QTRY_COMPARE(edited.count(), 1);
        typeText(w.editor, u" def"_s);
        QCOMPARE(edited.count(), 1);
        QTRY_COMPARE(edited.count(), 2);
        QCOMPARE(edited.at(1).at(0).toString(), u"abc def"_s);
    }

    void flushesAtOnce_data()
    {
        QTest::addColumn<bool>("byFocusOut");
        QTest::newRow("focus moves to another widget") << true;
        QTest::newRow("application calls flush()") << false;
    }

    void flushesAtOnce()
    {
        QFETCH(bool, byFocusOut);
        Window w;
        setUp(w);
        w.editor->setPauseInterval(60 * 1000); // the timer cannot be what reports it
        QSignalSpy edited(w.editor, &NoteEditor::noteEdited);
        typeText(w.editor, u"quick"_s);
        QCOMPARE(edited.count(), 0);
        if (byFocusOut) {
            w.other->setFocus();
            QTRY_VERIFY(w.other->hasFocus());
        } else {
            w.editor->flush();
        }
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), u"quick"_s);
        QVERIFY(!w.editor->hasPendingEdit());
    }

    void setNoteEmitsNothing_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("english note") << u"Check the minister's quote."_s;
        QTest::newRow("arabic note") << u"تحقق من الاقتباس"_s;
        QTest::newRow("empty note") << QString();
    }

    void setNoteEmitsNothing()
    {
        QFETCH(QString, note);
        Window w;
        setUp(w);
        QSignalSpy edited(w.editor, &NoteEditor::noteEdited);
        typeText(w.editor, u"pending"_s); // a pending edit is forgotten, not reported later
        w.editor->setNote(note);
        QCOMPARE(w.editor->note(), note);
        QVERIFY(!w.editor->hasPendingEdit());
        w.editor->flush();
        w.other->setFocus();
        QTRY_VERIFY(w.other->hasFocus());
        QCOMPARE(edited.count(), 0);
    }

    void windowShortcutsAreNotConsumed_data()
    {
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("Ctrl+Z reaches the window's Undo") << QKeySequence(u"Ctrl+Z"_s);
        QTest::newRow("Ctrl+Shift+Z reaches the window's Redo") << QKeySequence(u"Ctrl+Shift+Z"_s);
        QTest::newRow("Ctrl+Y reaches the window's Redo") << QKeySequence(u"Ctrl+Y"_s);
        QTest::newRow("Ctrl+T reaches the window's Tags action") << QKeySequence(u"Ctrl+T"_s);
    }

    void windowShortcutsAreNotConsumed()
    {
        QFETCH(QKeySequence, shortcut);
        Window w;
        auto *action = new QAction(u"window action"_s, &w.window);
        action->setShortcut(shortcut);
        w.window.addAction(action);
        setUp(w);
        QSignalSpy triggered(action, &QAction::triggered);
        QSignalSpy edited(w.editor, &NoteEditor::noteEdited);
        w.editor->setPauseInterval(60 * 1000);
        typeText(w.editor, u"typed"_s);
        QTest::keySequence(w.editor, shortcut);
        QCOMPARE(triggered.count(), 1);
        // The typing was reported first, so the window's undo undoes it as one step.
        QCOMPARE(edited.count(), 1);
        QCOMPARE(w.editor->note(), u"typed"_s); // the editor did not undo anything itself
    }

    void escapeFlushesAndSignals()
    {
        Window w;
        auto *action = new QAction(u"close find bar"_s, &w.window);
        action->setShortcut(QKeySequence(Qt::Key_Escape));
        w.window.addAction(action);
        setUp(w);
        w.editor->setPauseInterval(60 * 1000);
        QSignalSpy escape(w.editor, &NoteEditor::escapePressed);
        QSignalSpy edited(w.editor, &NoteEditor::noteEdited);
        QSignalSpy triggered(action, &QAction::triggered);
        typeText(w.editor, u"x"_s);
        QTest::keyClick(w.editor, Qt::Key_Escape);
        QCOMPARE(escape.count(), 1);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(triggered.count(), 0); // the editor claims Escape before window shortcuts
    }

    void paragraphDirectionIsPerParagraph_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("interfaceDirection");
        QTest::newRow("english interface") << Qt::LeftToRight;
        QTest::newRow("arabic interface") << Qt::RightToLeft;
    }

    void paragraphDirectionIsPerParagraph()
    {
        QFETCH(Qt::LayoutDirection, interfaceDirection);
        Window w;
        w.window.setLayoutDirection(interfaceDirection);
        setUp(w);
        w.editor->setFont(QFont(u"Noto Naskh Arabic"_s, 12));
        QFile corpus(QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt"));
        QVERIFY(corpus.open(QIODevice::ReadOnly));
        const QString arabic = QString::fromUtf8(corpus.readLine()).trimmed();
        QVERIFY(!arabic.isEmpty());
        w.editor->setNote(arabic % u"\nThe minister (Olivia Rouamba) said this to Sputnik."_s);

        const QTextBlock first = w.editor->document()->firstBlock();
        const QTextBlock second = first.next();
        QCOMPARE(first.textDirection(), Qt::RightToLeft);
        QCOMPARE(second.textDirection(), Qt::LeftToRight);
        QVERIFY(first.layout()->textOption().textDirection() != Qt::LeftToRight);

        // Where the laid-out lines start: the Arabic paragraph at the right edge, the English one at the
        // left.
        QTextCursor cursor(first);
        const QRect arabicStart = w.editor->cursorRect(cursor);
        cursor = QTextCursor(second);
        const QRect englishStart = w.editor->cursorRect(cursor);
        const int width = w.editor->viewport()->width();
        QVERIFY2(arabicStart.x() > width * 3 / 4, qPrintable(QString::number(arabicStart.x())));
        QVERIFY2(englishStart.x() < width / 4, qPrintable(QString::number(englishStart.x())));
    }
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
