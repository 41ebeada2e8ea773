// Two running copies on one library: the window edits from the keyboard while the real binary's command line
// imports annotations into the same article; nobody's edit is lost and the window shows the outside ones.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "annotation/annotationmodel.h"
#include "annotation/annotationstore.h"
#include "articleview/articleview.h"
#include "editors/noteeditor.h"
#include "library/librarywatcher.h"
#include "ui/annotationpanel.h"
#include "ui/documentcontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStatusBar>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

/// A W3C Web Annotation file as another tool writes it: quote selectors with context, a note, a tag, fresh
/// ids; the target is the stored document by its urn:uuid.
QByteArray w3cAnnotations(const QUuid &document, const QString &text, int first, int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        const int start = 40 + (first + i) * 53 % (int(text.size()) - 100);
        const TextQuote quote = AnnotationStore::quoteFor(text, start, start + 9);
        QJsonObject note;
        note.insert(u"type"_s, u"TextualBody"_s);
        note.insert(u"value"_s, u"من سطر الأوامر %1"_s.arg(first + i));
        QJsonObject tag;
        tag.insert(u"type"_s, u"TextualBody"_s);
        tag.insert(u"purpose"_s, u"tagging"_s);
        tag.insert(u"value"_s, u"outside"_s);
        QJsonObject selector;
        selector.insert(u"type"_s, u"TextQuoteSelector"_s);
        selector.insert(u"exact"_s, quote.exact);
        selector.insert(u"prefix"_s, quote.prefix);
        selector.insert(u"suffix"_s, quote.suffix);
        QJsonObject target;
        target.insert(u"source"_s, QString(u"urn:uuid:"_s + document.toString(QUuid::WithoutBraces)));
        target.insert(u"selector"_s, selector);
        QJsonObject item;
        item.insert(u"id"_s, QString(u"urn:uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
        item.insert(u"type"_s, u"Annotation"_s);
        item.insert(u"body"_s, QJsonArray{note, tag});
        item.insert(u"target"_s, target);
        items.append(item);
    }
    return QJsonDocument(items).toJson();
}

} // namespace

class TestTwoInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void windowAndCommandLineWriteAtOnce_data();
    void windowAndCommandLineWriteAtOnce();
    void outsideChangeKeepsTheNoteBeingTypedAndClearsUndo();

private:
    QProcess *startImport(const QByteArray &json, int run);

    WindowFixture m_fixture;
    QString m_article;
};

void TestTwoInstances::initTestCase()
{
    m_fixture.isolate();
    m_fixture.setWait(WindowFixture::Wait::Active); // the test checks the application is active
}

void TestTwoInstances::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
    m_article = m_fixture.copyCorpusFile(u"burkina-faso-russia.ar.txt"_s, u"بوركينا فاسو.txt"_s);
    QVERIFY2(!m_article.isEmpty(), m_fixture.failure());
}

void TestTwoInstances::cleanup()
{
    m_fixture.cleanup();
}

QProcess *TestTwoInstances::startImport(const QByteArray &json, int run)
{
    const QString path = m_fixture.writeFile(u"annotations-%1.jsonld"_s.arg(run), json);
    if (path.isEmpty())
        return nullptr;
    auto *process = new QProcess(m_fixture.window());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"HASHIYA_LIBRARY"_s);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(HASHIYA_BINARY),
                   {u"--library"_s, m_fixture.libraryPath(), u"import-annotations"_s, path});
    return process;
}

void TestTwoInstances::windowAndCommandLineWriteAtOnce_data()
{
    QTest::addColumn<int>("runs");        // import-annotations runs of the command line, one after another
    QTest::addColumn<int>("perRun");      // annotations in each run's file
    QTest::addColumn<int>("windowEdits"); // at least this many highlights made with Ctrl+1 meanwhile

    QTest::newRow("ten small imports beside a hundred highlights") << 10 << 5 << 100;
    QTest::newRow("two large imports (reset path) beside sixty highlights") << 2 << 120 << 60;
}

void TestTwoInstances::windowAndCommandLineWriteAtOnce()
{
    QFETCH(int, runs);
    QFETCH(int, perRun);
    QFETCH(int, windowEdits);
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    DocumentController *controller = window->controller();
    const QString text = view->text();
    const QUuid document = controller->document().uuid;
    QCOMPARE(QGuiApplication::applicationState(), Qt::ApplicationActive);

    // The command line imports one file after another while the window makes its highlights.
    int started = 0;
    int finished = 0;
    QStringList failures;
    std::function<void()> next = [&] {
        QProcess *process = startImport(w3cAnnotations(document, text, started * perRun, perRun), started);
        ++started;
        if (!process) {
            failures.append(u"cannot write the annotations file"_s);
            ++finished;
            return;
        }
        QObject::connect(process, &QProcess::finished, window, [&, process, perRun](int code) {
            const QString out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (code != 0 || out != u"imported %1, already present 0, not anchored 0"_s.arg(perRun))
                failures.append(u"exit %1: %2 %3"_s.arg(code).arg(out, err));
            ++finished;
            if (started < runs)
                next();
        });
    };
    next();

    // The window keeps editing until the last import is done, so the two always write at the same time.
    int acknowledged = 0;
    int edits = 0;
    for (int i = 0; (i < windowEdits || finished < runs) && i < 3000; ++i, ++edits) {
        const int start = 30 + i * 41 % (int(text.size()) - 80);
        view->setFocus(Qt::OtherFocusReason);
        view->setSelection(start, start + 7);
        const int before = int(controller->store()->annotations().size());
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        // Acknowledged: committed and shown at once (outside rows may come in with the same event loop turn).
        if (controller->store()->annotations().size() > before
            && controller->store()->find(window->annotationPanel()->currentAnnotation()))
            ++acknowledged;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QApplication::processEvents(); // the command line's results, and the watcher's polls
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, runs, 120000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(acknowledged, edits);
    QVERIFY(edits >= windowEdits);

    // The window shows every outside annotation once the watcher has fired: list, count and highlights.
    const int total = edits + runs * perRun;
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM annotation"_s),
             qint64(total)); // as a third program reads it
    QTRY_COMPARE_WITH_TIMEOUT(controller->model()->rowCount(), total, 10000);
    QCOMPARE(int(controller->store()->annotations().size()), total);
    QCOMPARE(view->highlightCount(), total);
    int outside = 0;
    for (int row = 0; row < controller->model()->rowCount(); ++row) {
        const QModelIndex index = controller->model()->index(row);
        if (index.data(AnnotationModel::TagsRole).toStringList().contains(u"outside"_s)) {
            ++outside;
            QVERIFY(index.data(AnnotationModel::NoteRole).toString().startsWith(u"من سطر الأوامر"_s));
        }
    }
    QCOMPARE(outside, runs * perRun);
    // `list` from a third program agrees.
    const auto list = runHashiya({u"list"_s}, m_fixture.libraryPath());
    QCOMPARE(list.outText().section(u'\t', 1, 1).toInt(), total);
}

void TestTwoInstances::outsideChangeKeepsTheNoteBeingTypedAndClearsUndo()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    AnnotationPanel *panel = window->annotationPanel();
    DocumentController *controller = window->controller();
    const QString text = view->text();
    const QString name = u"أوليفيا روامبا"_s;
    const int start = int(text.indexOf(name));
    QVERIFY(start > 0);
    view->setSelection(start, start + int(name.size()));
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    const QUuid mine = panel->currentAnnotation();
    QVERIFY(controller->store()->find(mine));
    QTRY_VERIFY(panel->noteEditor()->hasFocus()
                || panel->noteEditor()->isAncestorOf(QApplication::focusWidget()));
    typeText(QApplication::focusWidget(), u"وزيرة الخارجية"_s); // not yet saved: typing has not paused
    QVERIFY(window->undoStack()->count() > 0);

    // Another program adds one annotation meanwhile.
    const QString path =
        m_fixture.writeFile(u"one.jsonld"_s, w3cAnnotations(controller->document().uuid, text, 3, 1));
    QVERIFY2(!path.isEmpty(), m_fixture.failure());
    const auto imported = runHashiya({u"import-annotations"_s, path}, m_fixture.libraryPath());
    QCOMPARE(imported.exitCode, 0);

    // The window learns of it (here asked at once, as on regaining focus; before the note's typing pause
    // has saved it, since no event has been processed since the typing).
    auto *watcher = window->findChild<LibraryWatcher *>(u"libraryWatcher"_s);
    QVERIFY(watcher);
    QVERIFY(watcher->check());
    QCOMPARE(controller->model()->rowCount(), 2);
    // The note being typed was saved, not overwritten; the current annotation is still the one being noted.
    QCOMPARE(controller->store()->find(mine)->note, u"وزيرة الخارجية"_s);
    QCOMPARE(panel->currentAnnotation(), mine);
    QCOMPARE(panel->noteEditor()->note(), u"وزيرة الخارجية"_s);
    QCOMPARE(view->highlightCount(), 2);
    // Undo could bring back what the other program replaced: the history is gone, and the reader is told.
    QCOMPARE(window->undoStack()->count(), 0);
    QCOMPARE(window->statusBar()->currentMessage(),
             u"The library was changed by another program; undo history was cleared."_s);
    // Quiet afterwards: nothing more from outside, nothing reloaded, history kept again.
    QCOMPARE(watcher->check(), false);
    QCOMPARE(controller->reloadFromLibrary(), false);
    QCOMPARE(panel->currentAnnotation(), mine);
}

QTEST_MAIN(TestTwoInstances)
#include "tst_twoinstances.moc"
