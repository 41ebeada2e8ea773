// End to end: File › Export as PDF, Print's pages and File › Export… in the real main window, on a real
// corpus article with a highlight and a note typed by the user, in a temporary library.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "annotation/annotationstore.h"
#include "articleview/articleview.h"
#include "ui/annotationpanel.h"
#include "ui/documentcontroller.h"
#include "ui/exportcontroller.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/printcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

const QString Name = u"أوليفيا روامبا"_s;
const QString Note = u"وزيرة الخارجية — check the title"_s;
const QString Phrase = u"التعاون العسكري الروسي"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(hashiya::ExportFormat)

class TestExportAndPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileMenuOffersExportPdfAndPrint();
    void exportAsPdfWritesEveryPage();
    void cancellingThePdfLeavesNoFile();
    void exportThroughTheDialog_data();
    void exportThroughTheDialog();

private:
    MainWindow *openAndAnnotate();

    WindowFixture m_fixture;
};

void TestExportAndPrint::initTestCase()
{
    m_fixture.isolate();
}

void TestExportAndPrint::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
}

void TestExportAndPrint::cleanup()
{
    m_fixture.cleanup();
}

MainWindow *TestExportAndPrint::openAndAnnotate()
{
    const QString article = m_fixture.copyCorpusFile(u"burkina-faso-russia.ar.txt"_s, u"بوركينا فاسو.txt"_s);
    const QString other = m_fixture.copyCorpusFile(u"lipsum.he.txt"_s, u"lipsum.he.txt"_s);
    // A second document, so the whole library is more than the open article.
    if (article.isEmpty() || other.isEmpty() || !m_fixture.openArticle(other)
        || !m_fixture.openArticle(article))
        return nullptr;
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    const QString text = view->text();

    // A highlight with a note typed into the panel (Ctrl+1 focuses the note editor), left unsaved on purpose:
    // exporting must save it first.
    const int start = int(text.indexOf(Name));
    view->setSelection(start, start + int(Name.size()));
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    if (!QTest::qWaitFor([view] { return QApplication::focusWidget() != view; }))
        return nullptr;
    typeText(QApplication::focusWidget(), Note);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    // A second highlight, without a note.
    const int phrase = int(text.indexOf(Phrase));
    view->setSelection(phrase, phrase + int(Phrase.size()));
    QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    if (window->controller()->store()->annotations().size() != 2)
        return nullptr;
    return window;
}

void TestExportAndPrint::fileMenuOffersExportPdfAndPrint()
{
    MainWindow window(m_fixture.library());
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QStringList texts;
    QAction *print = nullptr;
    for (QAction *action : file->actions()) {
        texts.append(action->text());
        if (action->shortcut() == QKeySequence(QKeySequence::Print))
            print = action;
    }
    QVERIFY2(texts.contains(u"E&xport…"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.contains(u"Export as P&DF…"_s));
    QVERIFY(print);
    QCOMPARE(print->text(), u"&Print…"_s);
}

void TestExportAndPrint::exportAsPdfWritesEveryPage()
{
    MainWindow *window = openAndAnnotate();
    QVERIFY(window);
    const QString path = m_fixture.filePath(u"مقال.pdf"_s);
    QSignalSpy finished(window->printing(), &PrintController::finished);
    QVERIFY(window->printing()->exportPdfTo(path));
    QVERIFY(window->printing()->isBusy());
    // The note typed last was saved before the pages were made.
    const auto &annotations = window->controller()->store()->annotations();
    const auto noted = std::find_if(annotations.cbegin(), annotations.cend(),
                                    [](const Annotation &a) { return a.quote.exact == Name; });
    QVERIFY(noted != annotations.cend());
    QCOMPARE(noted->note, Note);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!window->printing()->isBusy());

    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    const int pages = int(QString::fromLatin1(pdf).count(QRegularExpression(u"/Type\\s*/Page(?![s\\w])"_s)));
    // The article and, on a page of their own, its notes.
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QVERIFY(finished.first().at(1).toString().contains(QString::number(pages)));
}

void TestExportAndPrint::cancellingThePdfLeavesNoFile()
{
    MainWindow *window = openAndAnnotate();
    QVERIFY(window);
    const QString path = m_fixture.filePath(u"cancelled.pdf"_s);
    QSignalSpy finished(window->printing(), &PrintController::finished);
    QSignalSpy cancelled(window->printing(), &PrintController::cancelled);
    QVERIFY(window->printing()->exportPdfTo(path));
    // The work is cut in slices on the event loop: Cancel, pressed before the first slice, stops it.
    const auto dialogs = window->findChildren<QProgressDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QPushButton *cancel = dialogs.constFirst()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!QFile::exists(path));
    QTRY_VERIFY(window->findChildren<QProgressDialog *>().isEmpty());
}

void TestExportAndPrint::exportThroughTheDialog_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("wholeLibrary");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("expected"); // in every file written
    QTest::addColumn<int>("files");

    QTest::newRow("W3C JSON of the article has the note")
        << ExportFormat::W3cJson << false << u"notes.json"_s << Note.toUtf8() << 1;
    QTest::newRow("CSV of the article has the quote")
        << ExportFormat::Csv << false << u"glossary.csv"_s << Name.toUtf8() << 1;
    QTest::newRow("HTML of the article marks the highlight")
        << ExportFormat::Html << false << u"review.html"_s << QByteArray("<mark") << 1;
    QTest::newRow("Markdown of the article has the note")
        << ExportFormat::Markdown << false << u"notes.md"_s << Note.toUtf8() << 1;
    QTest::newRow("REFI-QDA project of the article is a zip")
        << ExportFormat::Qdpx << false << u"project.qdpx"_s << QByteArray("PK") << 1;
    QTest::newRow("W3C JSON of the library has the note")
        << ExportFormat::W3cJson << true << u"library.json"_s << Note.toUtf8() << 1;
    QTest::newRow("CSV of the library has the quote")
        << ExportFormat::Csv << true << u"library.csv"_s << Name.toUtf8() << 1;
    QTest::newRow("HTML of the library is one page per document in a new folder")
        << ExportFormat::Html << true << u"pages"_s << QByteArray("<html") << 2;
    QTest::newRow("Markdown of the library has the note")
        << ExportFormat::Markdown << true << u"library.md"_s << Note.toUtf8() << 1;
    QTest::newRow("REFI-QDA project of the library is a zip")
        << ExportFormat::Qdpx << true << u"library.qdpx"_s << QByteArray("PK") << 1;
}

void TestExportAndPrint::exportThroughTheDialog()
{
    QFETCH(ExportFormat, format);
    QFETCH(bool, wholeLibrary);
    QFETCH(QString, target);
    QFETCH(QByteArray, expected);
    QFETCH(int, files);
    MainWindow *window = openAndAnnotate();
    QVERIFY(window);

    ExportDialog dialog(window->controller()->document().title, window);
    dialog.setFormat(format);
    dialog.setScope(wholeLibrary ? ExportDialog::Scope::WholeLibrary : ExportDialog::Scope::CurrentArticle);
    const QString destination = m_fixture.filePath(u"out/"_s + target);
    QVERIFY(QDir().mkpath(m_fixture.filePath(u"out"_s)));
    dialog.setDestination(destination);
    QCOMPARE(dialog.destinationIsFolder(), files > 1);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QSignalSpy finished(window->exporting(), &ExportController::finished);
    QVERIFY(window->exporting()->exportTo(dialog.format(), dialog.scope(), dialog.destination()));
    QVERIFY(window->exporting()->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QStringList written;
    if (dialog.destinationIsFolder()) {
        const QDir folder(destination);
        for (const QString &name : folder.entryList(QDir::Files))
            written.append(folder.filePath(name));
    } else {
        written.append(destination);
    }
    QCOMPARE(written.size(), files);
    for (const QString &path : std::as_const(written)) {
        const QByteArray bytes = readAll(path);
        QVERIFY2(expected == "PK" ? bytes.startsWith(expected) : bytes.contains(expected), qPrintable(path));
    }
    if (format == ExportFormat::Html && wholeLibrary) {
        // The article's page marks its highlights; the other document has none.
        int marked = 0;
        for (const QString &path : std::as_const(written))
            marked += readAll(path).contains("<mark");
        QCOMPARE(marked, 1);
    }
}

QTEST_MAIN(TestExportAndPrint)
#include "tst_exportandprint.moc"
