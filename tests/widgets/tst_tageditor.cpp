#include "editors/tagchip.h"
#include "editors/tageditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "typetext.h"
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using hashiya::testing::typeText;

using hashiya::TagChip;
using hashiya::TagEditor;

/** Drives the tag editor with real keys and clicks, offscreen, and checks where the chips land. */
class TestTagEditor : public QObject
{
    Q_OBJECT

private:
    struct Window {
        QWidget window;
        TagEditor *editor = nullptr;
    };

    static void setUp(Window &w, int width = 420, Qt::LayoutDirection direction = Qt::LeftToRight)
    {
        w.window.setLayoutDirection(direction);
        auto *layout = new QVBoxLayout(&w.window);
        w.editor = new TagEditor(&w.window);
        layout->addWidget(w.editor);
        layout->addStretch();
        w.window.resize(width, 240);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        w.editor->focusInput();
        QTRY_VERIFY(w.editor->input()->hasFocus());
    }

    static void saveGrab(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("HASHIYA_SAVE_GRABS"))
            widget->grab().save(QDir::temp().filePath(u"panel-"_s + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setFont(QFont(u"DejaVu Sans"_s, 10)); }

    void enterAddsTag_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("latin tag") << u"verified"_s << u"verified"_s;
        QTest::newRow("arabic tag with spaces") << u"بحاجة إلى مصدر"_s << u"بحاجة إلى مصدر"_s;
        QTest::newRow("surrounding and repeated spaces dropped")
            << u"  needs   source "_s << u"needs source"_s;
    }

    void enterAddsTag()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        Window w;
        setUp(w);
        QSignalSpy added(w.editor, &TagEditor::tagAdded);
        typeText(w.editor->input(), typed);
        QTest::keyClick(w.editor->input(), Qt::Key_Return);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toString(), expected);
        QVERIFY(w.editor->input()->text().isEmpty());
    }

    void blankOrDuplicateNotEmitted_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("only spaces") << u"   "_s;
        QTest::newRow("same tag in other case") << u"VERIFIED"_s;
        QTest::newRow("same arabic tag") << u"بحاجة إلى مصدر"_s;
    }

    void blankOrDuplicateNotEmitted()
    {
        QFETCH(QString, typed);
        Window w;
        setUp(w);
        w.editor->setTags({u"verified"_s, u"بحاجة إلى مصدر"_s});
        QSignalSpy added(w.editor, &TagEditor::tagAdded);
        typeText(w.editor->input(), typed);
        QTest::keyClick(w.editor->input(), Qt::Key_Return);
        QCOMPARE(added.count(), 0);
        QCOMPARE(w.editor->tags().size(), 2);
    }

    void completionAddsTag_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("offered");
        QTest::addColumn<bool>("byMouse");
        QTest::newRow("prefix, chosen with Enter") << u"ver"_s << u"verified"_s << false;
        QTest::newRow("prefix, clicked") << u"ver"_s << u"verified"_s << true;
        QTest::newRow("middle of the name, other case") << u"RIF"_s << u"verified"_s << false;
        QTest::newRow("arabic word inside the name, chosen with Enter")
            << u"مصدر"_s << u"بحاجة إلى مصدر"_s << false;
        QTest::newRow("arabic word inside the name, clicked") << u"مصدر"_s << u"بحاجة إلى مصدر"_s << true;
    }

    void completionAddsTag()
    {
        QFETCH(QString, typed);
        QFETCH(QString, offered);
        QFETCH(bool, byMouse);
        Window w;
        setUp(w);
        w.editor->setCompletions({u"disputed"_s, u"verified"_s, u"بحاجة إلى مصدر"_s});
        QSignalSpy added(w.editor, &TagEditor::tagAdded);
        typeText(w.editor->input(), typed);
        QAbstractItemView *popup = w.editor->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), offered);
        saveGrab(popup, u"completion"_s);

        if (byMouse) {
            const QRect item = popup->visualRect(popup->model()->index(0, 0));
            QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, item.center());
        } else {
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Return);
        }
        QTRY_COMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toString(), offered);
        QTRY_VERIFY(w.editor->input()->text().isEmpty());
        QVERIFY(!popup->isVisible());
        // Whatever the events still queued, the name was asked for once only.
        QCoreApplication::processEvents();
        QCOMPARE(added.count(), 1);
    }

    void shownTagsAreNotOffered()
    {
        Window w;
        setUp(w);
        w.editor->setCompletions({u"verified"_s, u"very old"_s});
        w.editor->setTags({u"Verified"_s});
        typeText(w.editor->input(), u"ver"_s);
        QAbstractItemView *popup = w.editor->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), u"very old"_s);
    }

    void backspaceOnEmptyRemovesLast()
    {
        Window w;
        setUp(w);
        w.editor->setTags({u"claim"_s, u"بحاجة إلى مصدر"_s});
        QSignalSpy removed(w.editor, &TagEditor::tagRemoved);
        typeText(w.editor->input(), u"ab"_s);
        QTest::keyClick(w.editor->input(), Qt::Key_Backspace);
        QTest::keyClick(w.editor->input(), Qt::Key_Backspace);
        QCOMPARE(removed.count(), 0); // those deleted typed letters
        QTest::keyClick(w.editor->input(), Qt::Key_Backspace);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), u"بحاجة إلى مصدر"_s);
    }

    void chipRemoveButtonRemovesThatTag_data()
    {
        QTest::addColumn<int>("chip");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("first chip, english interface") << 0 << Qt::LeftToRight;
        QTest::newRow("arabic chip, arabic interface") << 1 << Qt::RightToLeft;
        QTest::newRow("last chip") << 2 << Qt::LeftToRight;
    }

    void chipRemoveButtonRemovesThatTag()
    {
        QFETCH(int, chip);
        QFETCH(Qt::LayoutDirection, direction);
        Window w;
        setUp(w, 520, direction);
        const QStringList tags{u"verified"_s, u"بحاجة إلى مصدر"_s, u"disputed"_s};
        w.editor->setTags(tags);
        QCOMPARE(w.editor->chips().size(), 3);
        QSignalSpy removed(w.editor, &TagEditor::tagRemoved);
        // The application answers at once, from inside the click, as its undo command does.
        connect(w.editor, &TagEditor::tagRemoved, w.editor, [&](const QString &tag) {
            QStringList rest = w.editor->tags();
            rest.removeAll(tag);
            w.editor->setTags(rest);
        });
        TagChip *target = w.editor->chips().at(chip);
        QCOMPARE(target->tag(), tags.at(chip));
        QVERIFY(target->removeButton()->isVisible());
        QTest::mouseClick(target->removeButton(), Qt::LeftButton);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), tags.at(chip));
        QCOMPARE(w.editor->chips().size(), 2);
    }

    void accessibleNames()
    {
        Window w;
        setUp(w);
        w.editor->setTags({u"بحاجة إلى مصدر"_s});
        QVERIFY(!w.editor->input()->accessibleName().isEmpty());
        TagChip *chip = w.editor->chips().constFirst();
        QVERIFY(chip->accessibleName().contains(u"بحاجة إلى مصدر"_s));
        QVERIFY(chip->removeButton()->accessibleName().contains(u"بحاجة إلى مصدر"_s));
    }

    void escapeSignals()
    {
        Window w;
        setUp(w);
        QSignalSpy escape(w.editor, &TagEditor::escapePressed);
        QTest::keyClick(w.editor->input(), Qt::Key_Escape);
        QCOMPARE(escape.count(), 1);
    }

    void chipsFlowInReadingOrder_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("english interface: first chip at the left") << Qt::LeftToRight;
        QTest::newRow("arabic interface: first chip at the right") << Qt::RightToLeft;
    }

    void chipsFlowInReadingOrder()
    {
        QFETCH(Qt::LayoutDirection, direction);
        Window w;
        setUp(w, 240, direction);
        w.editor->setTags({u"verified"_s, u"بحاجة إلى مصدر"_s, u"disputed"_s, u"claim"_s});
        QTRY_COMPARE(w.editor->chips().size(), 4);
        QTRY_VERIFY(w.editor->chips().constLast()->isVisible());
        saveGrab(&w.window, direction == Qt::RightToLeft ? u"tags-rtl"_s : u"tags-ltr"_s);

        const QList<TagChip *> chips = w.editor->chips();
        const QRect first = chips.at(0)->geometry();
        const QRect second = chips.at(1)->geometry();
        const int width = w.editor->width();
        if (direction == Qt::RightToLeft) {
            QVERIFY2(first.right() >= width - 2, qPrintable(QString::number(first.right())));
            QVERIFY(second.right() < first.left());
        } else {
            QVERIFY2(first.left() <= 1, qPrintable(QString::number(first.left())));
            QVERIFY(second.left() > first.right());
        }
        // 240 pixels cannot hold four chips and the field: the rest wraps onto lower lines.
        QVERIFY(chips.constLast()->geometry().top() > first.bottom());
        QVERIFY(w.editor->input()->geometry().top() > first.bottom());
        // And the editor is as tall as its wrapped lines, so nothing is clipped.
        QVERIFY(w.editor->height() >= w.editor->input()->geometry().bottom());
        for (const TagChip *chip : chips)
            QVERIFY(w.editor->rect().contains(chip->geometry()));
    }

    void wideEditorKeepsOneLine()
    {
        Window w;
        setUp(w, 900);
        w.editor->setTags({u"verified"_s, u"بحاجة إلى مصدر"_s});
        QTRY_VERIFY(w.editor->chips().constLast()->isVisible());
        const QRect first = w.editor->chips().constFirst()->geometry();
        QCOMPARE(w.editor->chips().constLast()->geometry().center().y(), first.center().y());
        // The field takes the rest of the line.
        QVERIFY(w.editor->input()->geometry().right() >= w.editor->width() - 2);
        saveGrab(&w.window, u"tags-wide"_s);
    }
};

QTEST_MAIN(TestTagEditor)
#include "tst_tageditor.moc"
