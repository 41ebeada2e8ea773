// End to end: opening a large article, or a new version of one, happens on a worker thread. The window keeps
// painting meanwhile, a close asked for meanwhile waits until the article is in, and the window does not take
// its own worker's commits for another program's (which would clear the undo history).
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "annotation/annotationstore.h"
#include "articleview/articleview.h"
#include "library/librarywatcher.h"
#include "ui/documentcontroller.h"
#include "ui/interfacelanguage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

/// The corpus article repeated to about `megabytes` MB of UTF-8: a long report, paragraph after paragraph.
QByteArray longArticle(int megabytes)
{
    QFile file(corpusFile(u"burkina-faso-russia.ar.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray one = file.readAll().trimmed() + "\n\n";
    QByteArray all;
    all.reserve(megabytes * 1024 * 1024 + one.size());
    for (int i = 0; all.size() < megabytes * 1024 * 1024; ++i)
        all += "الجزء " + QByteArray::number(i + 1) + "\n\n" + one;
    return all;
}

} // namespace

class TestResponsiveOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void windowKeepsTurningWhileALargeArticleOpens();
    void closeDuringTheOpenWaitsForTheArticle();
    void ownWorkerIsNotAnotherProgram();

private:
    WindowFixture m_fixture;
};

void TestResponsiveOpen::initTestCase()
{
    m_fixture.isolate();
    qputenv("HASHIYA_LANGUAGE", "en");
    InterfaceLanguage::install(*QCoreApplication::instance());
}

void TestResponsiveOpen::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
    QVERIFY2(m_fixture.showWindow(), m_fixture.failure());
}

void TestResponsiveOpen::cleanup()
{
    m_fixture.cleanup();
}

void TestResponsiveOpen::windowKeepsTurningWhileALargeArticleOpens()
{
    const QString path = m_fixture.writeFile(u"تقرير طويل.txt"_s, longArticle(4));
    QVERIFY(!path.isEmpty());
    // A zero-interval timer fires on every turn of the event loop: if it fires during openFile(), the window
    // could paint (and answer the window manager) while the file was read, parsed and indexed.
    int turns = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&turns] { ++turns; });
    ticker.start();
    QVERIFY(m_fixture.window()->openFile(path));
    ticker.stop();
    QVERIFY2(turns > 0, "the event loop did not run while the article was opened");

    ArticleView *view = m_fixture.window()->articleView();
    QVERIFY(view->text().size() > 1'500'000);
    QVERIFY(view->text().startsWith(u"الجزء 1"_s));
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM document"_s), 1);
    QCOMPARE(m_fixture.scalar(u"SELECT length(text) FROM document"_s), qint64(view->text().size()));
}

void TestResponsiveOpen::closeDuringTheOpenWaitsForTheArticle()
{
    const QString path = m_fixture.writeFile(u"تقرير طويل.txt"_s, longArticle(3));
    QVERIFY(!path.isEmpty());
    MainWindow *window = m_fixture.window();
    bool closedDuringOpen = false;
    bool opening = true;
    // Asked while the worker reads: the window stays until the article is in the library and shown.
    QTimer::singleShot(0, window, [&] {
        window->close();
        closedDuringOpen = opening && window->isVisible();
    });
    QVERIFY(window->openFile(path));
    opening = false;
    QVERIFY2(closedDuringOpen, "the close was not held while the article was opened");
    QVERIFY(window->articleView()->text().size() > 1'000'000);
    QTRY_VERIFY(!window->isVisible()); // and then it closes, as asked
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM document"_s), 1);
}

void TestResponsiveOpen::ownWorkerIsNotAnotherProgram()
{
    const QString path = m_fixture.copyCorpusFile(u"burkina-faso-russia.ar.txt"_s, u"مقال.txt"_s);
    QVERIFY(!path.isEmpty());
    MainWindow *window = m_fixture.window();
    QVERIFY(window->openFile(path));
    ArticleView *view = window->articleView();
    view->setFocus();
    view->setSelection(40, 52);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window->controller()->store()->annotations().size(), 1);
    QCOMPARE(window->undoStack()->count(), 1);

    // The file changes on disk and is opened again: the worker makes a new version on its own connection.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QVERIFY(file.write("\n\nفقرة أضيفت في المراجعة.\n") > 0);
    file.close();
    QVERIFY(window->openFile(path));
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM document"_s), 2);
    QVERIFY(view->text().endsWith(u"فقرة أضيفت في المراجعة."_s));
    QCOMPARE(window->controller()->store()->annotations().size(), 1);
    view->setFocus();
    view->setSelection(60, 70);
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const int steps = window->undoStack()->count();
    QVERIFY(steps >= 1);

    // The watcher's next poll sees the worker's commits: nothing to reload, and the history stays.
    auto *watcher = window->findChild<LibraryWatcher *>(u"libraryWatcher"_s);
    QVERIFY(watcher);
    watcher->check();
    QCOMPARE(window->undoStack()->count(), steps);
    QVERIFY(!window->statusBar()->currentMessage().contains(u"another program"_s));
    QCOMPARE(window->controller()->store()->annotations().size(), 2);
}

QTEST_MAIN(TestResponsiveOpen)
#include "tst_responsiveopen.moc"
