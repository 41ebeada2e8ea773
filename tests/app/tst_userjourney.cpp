// End to end: the user's steps of the foundation issue, in the real main window on the offscreen platform,
// from opening the corpus article to quitting, reopening and exporting with the real binary.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "annotation/annotationmodel.h"
#include "annotation/annotationstore.h"
#include "articleview/articleview.h"
#include "editors/noteeditor.h"
#include "editors/tageditor.h"
#include "library/documentstore.h"
#include "ui/annotationpanel.h"
#include "ui/documentcontroller.h"
#include "ui/mainwindow.h"
#include "ui/readersettings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

class TestUserJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void highlightNoteTagUndoQuitAndReopen();
    void doubleClickHighlightsAVocalisedWordWhole();
    void panelFiltersAndJumps();
    void deleteFromListAndUndo();
    void badFileGetsAMessageAndChangesNothing();
    void contextMenuRestylesCopiesAndRemoves();
    void dropRecentAndZoomAreRemembered();
    void quittingMidNoteKeepsTheNote();
    void latinParagraphReadsLeftToRight();
    void noteUndoesOneStepPerPause();

private:
    static QPoint centerOf(ArticleView *view, int start, int end);
    static void waitForFocus(QWidget *expected);

    WindowFixture m_fixture;
    QString m_article;
};

void TestUserJourney::initTestCase()
{
    m_fixture.isolate();
}

void TestUserJourney::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
    m_article = m_fixture.copyCorpusFile(u"burkina-faso-russia.ar.txt"_s, u"بوركينا فاسو.txt"_s);
    QVERIFY2(!m_article.isEmpty(), m_fixture.failure());
}

void TestUserJourney::cleanup()
{
    m_fixture.cleanup();
}

QPoint TestUserJourney::centerOf(ArticleView *view, int start, int end)
{
    const QVector<QRect> rects = view->rangeRects(start, end);
    return rects.isEmpty() ? QPoint(-1, -1) : rects.constFirst().center();
}

void TestUserJourney::waitForFocus(QWidget *expected)
{
    QTRY_VERIFY(QApplication::focusWidget() == expected
                || expected->isAncestorOf(QApplication::focusWidget()));
}

void TestUserJourney::highlightNoteTagUndoQuitAndReopen()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    AnnotationPanel *panel = window->annotationPanel();
    const QString text = view->text();

    // Drag over a name in the second paragraph, right to left as an Arabic reader does.
    const QString name = u"أوليفيا روامبا"_s;
    const int start = int(text.indexOf(name));
    QVERIFY(start > 0);
    const int end = start + int(name.size());
    const QVector<QRect> rects = view->rangeRects(start, end);
    QVERIFY(!rects.isEmpty());
    const QRect first = rects.constFirst();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(first.right() - 1, first.center().y()));
    QTest::mouseMove(view->viewport(), QPoint(first.center().x(), first.center().y()));
    QTest::mouseMove(view->viewport(), QPoint(first.left() + 1, first.center().y()));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(first.left() + 1, first.center().y()));
    QVERIFY(view->hasSelection());
    QCOMPARE(view->selectedText(), name);

    // Ctrl+1: a highlight of style 1, selected in the panel, the note editor focused.
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    AnnotationStore *store = window->controller()->store();
    QCOMPARE(store->annotations().size(), 1);
    const Annotation created = store->annotations().constFirst();
    QCOMPARE(created.start, start);
    QCOMPARE(created.end, end);
    QCOMPARE(created.quote.exact, name);
    QCOMPARE(view->highlightCount(), 1);
    QCOMPARE(panel->currentAnnotation(), created.id);
    waitForFocus(panel->noteEditor());

    // Typing writes the note; it is saved without a save step.
    typeText(QApplication::focusWidget(), u"وزيرة الخارجية — check the title"_s);
    QTRY_COMPARE(store->find(created.id)->note, u"وزيرة الخارجية — check the title"_s);

    // Ctrl+T, a tag and Enter; a second tag; Backspace in the empty field removes the last one.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    waitForFocus(panel->tagEditor());
    typeText(QApplication::focusWidget(), u"verified"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(store->find(created.id)->tags, QStringList{u"verified"_s});
    typeText(QApplication::focusWidget(), u"بحاجة إلى مصدر"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(store->find(created.id)->tags, (QStringList{u"verified"_s, u"بحاجة إلى مصدر"_s}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QCOMPARE(store->find(created.id)->tags, QStringList{u"verified"_s});

    // Escape returns to the article.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    waitForFocus(view);

    // Undo takes back the untag, then the tag; redo puts them back.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->find(created.id)->tags, (QStringList{u"verified"_s, u"بحاجة إلى مصدر"_s}));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->find(created.id)->tags, QStringList{u"verified"_s});
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store->find(created.id)->tags, QStringList{u"verified"_s});

    // A second highlight across an Arabic/English boundary is not needed here; one across two words of the
    // first paragraph, restyled from the keyboard with nothing selected.
    const QString phrase = u"التعاون العسكري الروسي"_s;
    const int phraseStart = int(text.indexOf(phrase));
    view->setSelection(phraseStart, phraseStart + int(phrase.size()));
    QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(store->annotations().size(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keyClick(view, Qt::Key_5, Qt::ControlModifier);
    const int phraseRow = store->indexOf(panel->currentAnnotation());
    QCOMPARE(store->annotations().at(phraseRow).styleId, window->controller()->styles().at(4).id);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->annotations().at(phraseRow).styleId, window->controller()->styles().at(2).id);

    // Clicking the first highlight selects its annotation in the panel.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centerOf(view, start, end));
    QTRY_COMPARE(panel->currentAnnotation(), created.id);

    // Read on a little, then quit with Ctrl+Q.
    view->scrollToPosition(int(text.indexOf(u"وأعلنت روامبا"_s)));
    const int readingPosition = view->firstVisiblePosition();
    QVERIFY(readingPosition > 0);
    QTest::keyClick(view, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window->isVisible());
    m_fixture.reset();

    // Starting again on the same text from another path brings everything back.
    const QString elsewhere = m_fixture.filePath(u"copy.txt"_s);
    QVERIFY(QFile::copy(m_article, elsewhere));
    QVERIFY2(m_fixture.openArticle(elsewhere), m_fixture.failure());
    window = m_fixture.window();
    view = window->articleView();
    store = window->controller()->store();
    QCOMPARE(store->annotations().size(), 2);
    QCOMPARE(view->highlightCount(), 2);
    const Annotation *reopened = store->find(created.id);
    QVERIFY(reopened);
    QCOMPARE(reopened->note, u"وزيرة الخارجية — check the title"_s);
    QCOMPARE(reopened->tags, QStringList{u"verified"_s});
    QCOMPARE(window->controller()->model()->rowCount(), 2);
    // The reading position comes back: its line is the first one on screen (the panel's width may differ
    // by a few pixels from the last session, so the line may wrap elsewhere; the passage must not move away).
    QCOMPARE(window->controller()->document().readingPosition, readingPosition);
    QTRY_VERIFY(view->firstVisiblePosition() <= readingPosition);
    const QVector<QRect> positionRects = view->rangeRects(readingPosition, readingPosition + 1);
    QVERIFY(!positionRects.isEmpty());
    QVERIFY2(positionRects.constFirst().top() >= 0
                 && positionRects.constFirst().bottom() < QFontMetrics(view->displayFont()).height() * 3,
             qPrintable(QString::number(positionRects.constFirst().top())));
    const QString documentId = window->controller()->document().uuid.toString(QUuid::WithoutBraces);
    m_fixture.closeLibrary(); // let the binary have the file to itself, as a second program would

    // The exports see the same: W3C JSON with the note and tag bodies, Markdown with the quote and tags.
    const QString libraryPath = m_fixture.libraryPath();
    const auto json =
        runHashiya({u"export"_s, u"--format"_s, u"json"_s, u"--document"_s, documentId}, libraryPath);
    QCOMPARE(json.exitCode, 0);
    const QJsonArray items =
        QJsonDocument::fromJson(json.out).object().value(u"first"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    bool sawNote = false;
    bool sawTag = false;
    for (const QJsonValue &item : items) {
        for (const QJsonValue &body : item.toObject().value(u"body"_s).toArray()) {
            const QJsonObject object = body.toObject();
            sawNote = sawNote
                      || (object.value(u"purpose"_s) == u"commenting"_s
                          && object.value(u"value"_s) == u"وزيرة الخارجية — check the title"_s);
            sawTag =
                sawTag
                || (object.value(u"purpose"_s) == u"tagging"_s && object.value(u"value"_s) == u"verified"_s);
        }
    }
    QVERIFY(sawNote);
    QVERIFY(sawTag);
    const auto markdown = runHashiya({u"export"_s, u"--format"_s, u"markdown"_s}, libraryPath);
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY(markdown.outText().contains(u"> "_s + name));
    QVERIFY(markdown.outText().contains(u"#verified"_s));
    const auto list = runHashiya({u"list"_s}, libraryPath);
    QVERIFY(list.outText().startsWith(documentId + u"\t2\t"_s));
}

void TestUserJourney::doubleClickHighlightsAVocalisedWordWhole()
{
    const QString path =
        m_fixture.writeFile(u"vocalised.txt"_s, u"قَالَ الْمُتَحَدِّثُ بِاسْمِ الْوِزَارَةِ إِنَّ الِاجْتِمَاعَ مُهِمٌّ.\n"_s.toUtf8());
    QVERIFY2(m_fixture.openArticle(path), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    const QString word = u"الْوِزَارَةِ"_s;
    const int start = int(view->text().indexOf(word));
    QVERIFY(start > 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centerOf(view, start, start + int(word.size())));
    QCOMPARE(view->selectionStart(), start);
    QCOMPARE(view->selectionEnd(), start + int(word.size()));
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    const Annotation annotation = window->controller()->store()->annotations().constFirst();
    QCOMPARE(annotation.quote.exact, word);
}

void TestUserJourney::panelFiltersAndJumps()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    AnnotationPanel *panel = window->annotationPanel();
    const QString text = view->text();
    const struct {
        QString quote;
        int style;
        QString tag;
    } wanted[] = {{u"بوركينا فاسو"_s, 1, u"place"_s},
                  {u"توماس سانكارا"_s, 2, u"person"_s},
                  {u"روسيا"_s, 1, u"place"_s}};
    for (const auto &w : wanted) {
        const int start = int(text.lastIndexOf(w.quote));
        view->setSelection(start, start + int(w.quote.size()));
        QTest::keyClick(view, Qt::Key(Qt::Key_0 + w.style), Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
        typeText(QApplication::focusWidget(), w.tag);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }
    QListView *list = panel->listView();
    QCOMPARE(list->model()->rowCount(), 3);
    // Reading order, whatever the order of creation.
    int previous = -1;
    for (int row = 0; row < 3; ++row) {
        const int startOfRow = list->model()->index(row, 0).data(AnnotationModel::StartRole).toInt();
        QVERIFY(startOfRow > previous);
        previous = startOfRow;
    }
    typeText(panel->filterField(), u"سانكارا"_s);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    panel->filterField()->clear();
    QTRY_COMPARE(list->model()->rowCount(), 3);
    panel->tagFilter()->setCurrentIndex(panel->tagFilter()->findText(u"place"_s));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    panel->tagFilter()->setCurrentIndex(0);
    panel->styleFilter()->setCurrentIndex(2); // the second style
    QTRY_COMPARE(list->model()->rowCount(), 1);
    panel->styleFilter()->setCurrentIndex(0);

    // Choosing the last annotation in the list scrolls the article to it.
    view->scrollToPosition(0);
    const QModelIndex last = list->model()->index(2, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(last).center());
    const int lastStart = last.data(AnnotationModel::StartRole).toInt();
    QTRY_VERIFY(
        !view->rangeRects(lastStart, lastStart + 1).isEmpty()
        && view->viewport()->rect().intersects(view->rangeRects(lastStart, lastStart + 1).constFirst()));
    QCOMPARE(view->activeHighlight(),
             window->controller()->highlightForAnnotation(panel->currentAnnotation()));
}

void TestUserJourney::deleteFromListAndUndo()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    AnnotationPanel *panel = window->annotationPanel();
    const QString quote = u"وكالة “سبوتنيك” الروسية"_s;
    const int start = int(view->text().indexOf(quote));
    view->setSelection(start, start + int(quote.size()));
    QTest::keyClick(view, Qt::Key_4, Qt::ControlModifier);
    typeText(QApplication::focusWidget(), u"source?"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    typeText(QApplication::focusWidget(), u"needs source"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    AnnotationStore *store = window->controller()->store();
    const QUuid id = panel->currentAnnotation();
    QCOMPARE(store->find(id)->note, u"source?"_s); // focus left the note: saved at once

    panel->focusList();
    QTest::keyClick(panel->listView(), Qt::Key_Delete);
    QCOMPARE(store->annotations().size(), 0);
    QCOMPARE(view->highlightCount(), 0);
    QTest::keyClick(panel->listView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->annotations().size(), 1);
    QCOMPARE(store->find(id)->note, u"source?"_s);
    QCOMPARE(store->find(id)->tags, QStringList{u"needs source"_s});
    QCOMPARE(view->highlightCount(), 1);

    // The library holds what the window shows.
    AnnotationStore fresh(m_fixture.library(), window->controller()->document().id);
    QCOMPARE(fresh.annotations().size(), 1);
    QCOMPARE(fresh.annotations().constFirst().tags, QStringList{u"needs source"_s});
}

void TestUserJourney::badFileGetsAMessageAndChangesNothing()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    const QString before = window->articleView()->text();
    QVERIFY(!window->openFile(m_fixture.filePath(u"no such file.txt"_s)));
    const QString empty = m_fixture.filePath(u"empty.txt"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    QVERIFY(!window->openFile(empty));
    QCOMPARE(window->articleView()->text(), before);
    QCOMPARE(DocumentStore(m_fixture.library()).list().size(), 1);
}

namespace {

/// Runs `step` on the popup menu once it is open (QMenu::exec blocks the test until the menu closes).
void whenMenuOpens(const std::function<void(QMenu *)> &step)
{
    QTimer::singleShot(50, [step] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        step(menu);
        menu->close();
    });
}

QAction *findAction(QMenu *menu, const QString &text)
{
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace

void TestUserJourney::contextMenuRestylesCopiesAndRemoves()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    const QString quote = u"توماس سانكارا"_s;
    const int start = int(view->text().indexOf(quote));
    view->setSelection(start, start + int(quote.size()));
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    AnnotationStore *store = window->controller()->store();
    const QUuid id = store->annotations().constFirst().id;
    const QPoint point = centerOf(view, start, start + int(quote.size()));
    const auto rightClick = [&] {
        QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &event);
    };

    // Style › Question
    whenMenuOpens([](QMenu *menu) {
        QAction *style = findAction(menu, u"Style"_s);
        QVERIFY(style && style->menu());
        QAction *question = findAction(style->menu(), u"Question"_s);
        QVERIFY(question);
        question->trigger();
    });
    rightClick();
    QCOMPARE(store->find(id)->styleId, window->controller()->styles().at(3).id);

    // Copy Quote
    whenMenuOpens([](QMenu *menu) { findAction(menu, u"Copy Quote"_s)->trigger(); });
    rightClick();
    QCOMPARE(QApplication::clipboard()->text(), quote);

    // Remove Highlight, then undo brings it back with its style
    whenMenuOpens([](QMenu *menu) { findAction(menu, u"Remove Highlight"_s)->trigger(); });
    rightClick();
    QVERIFY(!store->find(id));
    QCOMPARE(view->highlightCount(), 0);
    window->undoStack()->undo();
    QVERIFY(store->find(id));
    QCOMPARE(store->find(id)->styleId, window->controller()->styles().at(3).id);
}

void TestUserJourney::dropRecentAndZoomAreRemembered()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    // Dropping a file on the window opens it.
    const QString other = m_fixture.filePath(u"hebrew.txt"_s);
    QVERIFY(QFile::copy(corpusFile(u"lipsum.he.txt"_s), other));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    const QPoint where = window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    QVERIFY(window->articleView()->text().startsWith(u"ל"_s)
            || window->windowFilePath().endsWith(u"hebrew.txt"_s));
    QCOMPARE(window->windowFilePath(), QFileInfo(other).absoluteFilePath());

    // Both files are in File › Open Recent, the latest first.
    const QStringList recent = ReaderSettings::recentFiles();
    QVERIFY(recent.size() >= 2);
    QCOMPARE(recent.at(0), QFileInfo(other).absoluteFilePath());
    QCOMPARE(recent.at(1), QFileInfo(m_article).absoluteFilePath());

    // Zoom in twice with Ctrl++ (and Ctrl+=); the next window starts at that zoom.
    ArticleView *view = window->articleView();
    const int before = view->zoom();
    const qreal size = view->displayFont().pointSizeF();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view->zoom(), before + 2);
    QVERIFY(view->displayFont().pointSizeF() > size);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), before + 1);
    m_fixture.reset();
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    window = m_fixture.window();
    QCOMPARE(window->articleView()->zoom(), before + 1);
    window->articleView()->setZoom(0);
}

void TestUserJourney::quittingMidNoteKeepsTheNote()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    const QString quote = u"الاتحاد الأفريقي"_s;
    const int start = int(view->text().indexOf(quote));
    view->setSelection(start, start + int(quote.size()));
    QTest::keyClick(view, Qt::Key_4, Qt::ControlModifier);
    typeText(QApplication::focusWidget(), u"أي قمة؟"_s);
    const qint64 documentId = window->controller()->document().id;
    // No pause: quit at once. The note is written before the window goes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window->isVisible());
    m_fixture.reset();
    AnnotationStore store(m_fixture.library(), documentId);
    QCOMPARE(store.annotations().size(), 1);
    QCOMPARE(store.annotations().constFirst().note, u"أي قمة؟"_s);
}

void TestUserJourney::latinParagraphReadsLeftToRight()
{
    const QString path = m_fixture.writeFile(
        u"mixed.txt"_s, u"قال المتحدث إن الاجتماع سيعقد غداً في العاصمة.\n\n"
                        "Reuters reported that the meeting would take place in Ouagadougou.\n\n"
                        "2024 عام حافل بالأحداث في المنطقة كلها.\n"_s.toUtf8());
    QVERIFY2(m_fixture.openArticle(path), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    const QString text = view->text();
    const auto firstRect = [&](const QString &needle) {
        const int at = int(text.indexOf(needle));
        return view->rangeRects(at, at + int(needle.size())).constFirst();
    };
    const QRect english = firstRect(u"Reuters"_s);
    const QRect arabic = firstRect(u"قال"_s);
    const QRect digitsFirst = firstRect(u"عام"_s);
    const int middle = view->viewport()->width() / 2;
    QVERIFY2(english.left() < middle, "the English paragraph starts at the left");
    QVERIFY2(arabic.right() > middle, "the Arabic paragraph starts at the right");
    QVERIFY2(digitsFirst.right() > middle, "a paragraph opening with digits is still Arabic");
}

void TestUserJourney::noteUndoesOneStepPerPause()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    const QString quote = u"سبوتنيك"_s;
    const int start = int(view->text().indexOf(quote));
    view->setSelection(start, start + int(quote.size()));
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    NoteEditor *note = window->annotationPanel()->noteEditor();
    AnnotationStore *store = window->controller()->store();
    const QUuid id = window->annotationPanel()->currentAnnotation();

    typeText(note, u"وكالة روسية"_s);
    QTRY_COMPARE(store->find(id)->note, u"وكالة روسية"_s); // a pause: one step
    typeText(note, u" — state media"_s);
    QTRY_COMPARE(store->find(id)->note, u"وكالة روسية — state media"_s); // another pause: another step

    // Undo in the note editor takes back the last burst of typing, not a letter.
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->find(id)->note, u"وكالة روسية"_s);
    QCOMPARE(note->note(), u"وكالة روسية"_s);
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->find(id)->note, QString());
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(note->note(), u"وكالة روسية"_s);
    // One more undo past the notes removes the highlight itself.
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!store->find(id));
    QCOMPARE(view->highlightCount(), 0);
}

QTEST_MAIN(TestUserJourney)
#include "tst_userjourney.moc"
