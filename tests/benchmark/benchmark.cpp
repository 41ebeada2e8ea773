// Hashiya's benchmark: prints medians for the performance targets of DESIGN.md. Run on demand, not by CI:
//   build/tests/benchmark/hashiya_benchmark            (uses $QT_QPA_PLATFORM: run under Xvfb for real
//   windows)
// Figures are wall-clock medians over repeated runs, printed as a table; nothing here asserts a time.
#include "benchmarkcorpus.h"
#include "importbenchmark.h"

#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "article/plaintextimporter.h"
#include "articleview/articleview.h"
#include "interop/w3cjsonexporter.h"
#include "interop/w3cjsonimporter.h"
#include "library/annotationrepository.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "library/stylestore.h"
#include "library/transaction.h"
#include "text/textfinder.h"
#include "ui/annotationpanel.h"
#include "ui/documentcontroller.h"
#include "ui/mainwindow.h"

#include <QListView>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

/** Notes when a widget's viewport has painted, so a measurement can stop at the first painted screen. */
class PaintWatcher final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

void report(const char *what, const QVector<double> &milliseconds, const char *target)
{
    std::printf("%-58s %9.3f ms  (n=%lld, min %.3f, max %.3f)  target %s\n", what, median(milliseconds),
                static_cast<long long>(milliseconds.size()),
                *std::min_element(milliseconds.begin(), milliseconds.end()),
                *std::max_element(milliseconds.begin(), milliseconds.end()), target);
    std::fflush(stdout);
}

void waitForPaint(QWidget *viewport)
{
    PaintWatcher watcher;
    viewport->installEventFilter(&watcher);
    viewport->update();
    while (!watcher.painted)
        QApplication::processEvents(QEventLoop::AllEvents);
    viewport->removeEventFilter(&watcher);
}

/// Start to first painted screen: open the library, build the window, open the article, paint.
double timeFirstPaint(const QString &libraryPath, const QString &article)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto library = Library::open(libraryPath, &error);
    if (!library)
        qFatal("%s", qPrintable(error));
    PaintWatcher watcher;
    {
        MainWindow window(*library);
        window.resize(1280, 800);
        window.articleView()->viewport()->installEventFilter(&watcher);
        window.show();
        window.openFile(article);
        while (!watcher.painted)
            QApplication::processEvents(QEventLoop::AllEvents);
        const double elapsed = timer.nsecsElapsed() / 1e6;
        window.articleView()->viewport()->removeEventFilter(&watcher);
        return elapsed;
    }
}

void fillLibrary(Library &library, int documents)
{
    for (int i = 0; i < documents; ++i) {
        Article article = PlainTextImporter::import(
            u"مقالة رقم %1\n\nنص المقالة %1 مع بعض الكلمات العربية والأرقام %2."_s.arg(i).arg(i * 7919));
        article.sourcePath = u"/tmp/document-%1.txt"_s.arg(i);
        article.mediaType = u"text/plain"_s;
        article.encoding = u"UTF-8"_s;
        DocumentImporter::import(library, article);
    }
}

/// Puts `count` annotations spread over the document into the library in one transaction.
void addAnnotations(Library &library, qint64 documentId, const QString &text, int count)
{
    const auto styles = StyleStore(library).all();
    AnnotationRepository repository(library);
    Transaction transaction(library);
    QRandomGenerator random(42);
    const int step = int(text.size()) / count;
    for (int i = 0; i < count; ++i) {
        const int start = i * step + int(random.bounded(qMax(1, step / 2)));
        const int end = qMin(int(text.size()), start + 5 + int(random.bounded(40)));
        Annotation annotation =
            AnnotationStore::makeAnnotation(documentId, text, start, end, styles.at(i % styles.size()).id);
        if (i % 3 == 0)
            annotation.note = u"ملاحظة %1"_s.arg(i);
        if (!repository.insert(annotation))
            qFatal("%s", qPrintable(repository.lastError()));
    }
    if (!transaction.commit())
        qFatal("%s", qPrintable(transaction.errorMessage()));
}

long peakResidentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return 0;
}

void benchmarkAnnotationImport(const QString &folder, const QString &book, int runs)
{
    report("import 100,000 annotations (W3C JSON)", benchmark::timeAnnotationImport(folder, book, runs),
           "<= 2000 ms");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hashiya-benchmark"_s);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 11;

    std::printf("Hashiya benchmark — platform %s, %d runs per figure\n\n",
                qPrintable(QGuiApplication::platformName()), runs);
    // HASHIYA_BENCHMARK_ONLY=import runs the annotation import figure alone (it needs no window).
    if (qEnvironmentVariable("HASHIYA_BENCHMARK_ONLY") == u"import"_s) {
        benchmarkAnnotationImport(scratch.path(), benchmark::writeBook(scratch.path(), 2'300'000),
                                  qMax(3, runs / 2));
        return 0;
    }

    // 1. The reference article, library of 100 documents.
    const QString libraryPath = scratch.filePath(u"library.sqlite"_s);
    {
        QString error;
        auto library = Library::open(libraryPath, &error);
        fillLibrary(*library, 100);
    }
    timeFirstPaint(libraryPath, benchmark::referenceArticlePath()); // imports it once; not counted
    QVector<double> reference;
    for (int i = 0; i < runs; ++i)
        reference.append(timeFirstPaint(libraryPath, benchmark::referenceArticlePath()));
    report("first paint, reference article (library of 100)", reference, "<= 150 ms");

    // 2. The book: ~2.3 million characters made from the Wikipedia page.
    const QString book = benchmark::writeBook(scratch.path(), 2'300'000);
    std::printf("book: %s, %.1f MB\n", qPrintable(book), QFile(book).size() / 1e6);
    timeFirstPaint(libraryPath, book); // first import stores the text; not counted
    QVector<double> bookPaint;
    for (int i = 0; i < qMax(3, runs / 2); ++i)
        bookPaint.append(timeFirstPaint(libraryPath, book));
    report("first paint, 4 MB book", bookPaint, "<= 200 ms");

    // 3. The book with 10,000 annotations: load, scroll to the end, add and remove highlights.
    QString error;
    auto library = Library::open(libraryPath, &error);
    const LoadResult loaded = ArticleLoader::loadFile(book);
    const auto imported = DocumentImporter::import(*library, loaded.article);
    addAnnotations(*library, imported.record.id, loaded.article.text, 10'000);
    library.reset();

    QVector<double> annotatedPaint;
    for (int i = 0; i < qMax(3, runs / 2); ++i)
        annotatedPaint.append(timeFirstPaint(libraryPath, book));
    report("first paint, book with 10,000 annotations", annotatedPaint, "(load)");

    library = Library::open(libraryPath, &error);
    QVector<double> storeLoad;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        AnnotationStore store(*library, imported.record.id);
        storeLoad.append(timer.nsecsElapsed() / 1e6);
        if (store.annotations().size() != 10'000)
            qFatal("expected 10,000 annotations");
    }
    report("load 10,000 annotations from the library", storeLoad, "(part of load)");

    {
        // The store alone: one committed transaction per edit (synchronous=FULL: an fsync each).
        AnnotationStore store(*library, imported.record.id);
        const qint64 styleId = StyleStore(*library).all().constFirst().id;
        QVector<double> add;
        QVector<double> remove;
        for (int i = 0; i < runs * 3; ++i) {
            const Annotation annotation = AnnotationStore::makeAnnotation(
                imported.record.id, loaded.article.text, 1000 + i, 1020 + i, styleId);
            QElapsedTimer timer;
            timer.start();
            store.add(annotation);
            add.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            store.remove(annotation.id);
            remove.append(timer.nsecsElapsed() / 1e6);
        }
        report("store: add one annotation among 10,000 (committed)", add, "(durable edit)");
        report("store: remove one annotation among 10,000 (committed)", remove, "(durable edit)");
    }

    MainWindow window(*library);
    window.resize(1280, 800);
    window.show();
    window.openFile(book);
    ArticleView *view = window.articleView();
    waitForPaint(view->viewport());

    QVector<double> toEnd;
    for (int i = 0; i < runs; ++i) {
        view->scrollToPosition(0);
        waitForPaint(view->viewport());
        QElapsedTimer timer;
        timer.start();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        view->scrollToPosition(int(view->text().size()) - 1);
        waitForPaint(view->viewport());
        toEnd.append(timer.nsecsElapsed() / 1e6);
    }
    report("scroll to the end of the book and paint", toEnd, "<= 100 ms");

    // Adding and removing one highlight among 10,000 in the view, painted.
    const int middle = int(view->text().size()) / 2;
    view->scrollToPosition(middle);
    waitForPaint(view->viewport());
    QVector<double> viewAdd;
    QVector<double> viewRemove;
    for (int i = 0; i < runs * 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        view->addHighlight({900000 + i, middle + 10, middle + 30, QColor(255, 200, 0)});
        waitForPaint(view->viewport());
        viewAdd.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        view->removeHighlight(900000 + i);
        waitForPaint(view->viewport());
        viewRemove.append(timer.nsecsElapsed() / 1e6);
    }
    report("view: add one highlight among 10,000, painted", viewAdd, "<= 2 ms");
    report("view: remove one highlight among 10,000, painted", viewRemove, "<= 2 ms");

    // The same through the store: one committed SQLite transaction each (synchronous=FULL: an fsync).
    if (qEnvironmentVariableIsSet("EXP_UNIFORM"))
        window.annotationPanel()->listView()->setUniformItemSizes(true);
    if (qEnvironmentVariableIsSet("EXP_NOLIST"))
        window.annotationPanel()->listView()->setModel(nullptr);
    AnnotationStore *store = window.controller()->store();
    const qint64 styleId = window.controller()->styles().constFirst().id;
    QVector<double> storeAdd;
    QVector<double> storeRemove;
    for (int i = 0; i < runs * 3; ++i) {
        const Annotation annotation = AnnotationStore::makeAnnotation(imported.record.id, view->text(),
                                                                      middle + 40, middle + 60, styleId);
        QElapsedTimer timer;
        timer.start();
        store->add(annotation);
        waitForPaint(view->viewport());
        storeAdd.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        store->remove(annotation.id);
        waitForPaint(view->viewport());
        storeRemove.append(timer.nsecsElapsed() / 1e6);
    }
    report("store + view: add one annotation (committed), painted", storeAdd, "(durable edit)");
    report("store + view: remove one annotation (committed), painted", storeRemove, "(durable edit)");

    // Folded find over the book: fold once (kept by the finder), then every query is a search of the key.
    {
        QVector<double> fold;
        QVector<double> findAll;
        int matches = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            TextFinder finder(view->text());
            finder.findAll(u"x"_s); // the first query folds the text
            fold.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            matches = int(finder.findAll(u"المريخ"_s).size());
            findAll.append(timer.nsecsElapsed() / 1e6);
        }
        report("find: fold the book once (first query)", fold, "(once per article)");
        std::printf("    (%d matches of المريخ)\n", matches);
        report("find: folded find over the book, all matches", findAll, "<= 50 ms");
    }

    // Full-text search over 100,000 annotations with notes, in a library of their own.
    {
        const QString searchPath = scratch.filePath(u"search.sqlite"_s);
        auto searchLibrary = Library::open(searchPath, &error);
        const auto reference = ArticleLoader::loadFile(benchmark::referenceArticlePath());
        const auto document = DocumentImporter::import(*searchLibrary, reference.article);
        const QString &text = reference.article.text;
        const qint64 styleId = StyleStore(*searchLibrary).all().constFirst().id;
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        {
            AnnotationRepository repository(*searchLibrary);
            Transaction transaction(*searchLibrary);
            QRandomGenerator random(7);
            for (int i = 0; i < 100'000; ++i) {
                const int start = int(random.bounded(int(text.size()) - 60));
                Annotation annotation =
                    AnnotationStore::makeAnnotation(document.record.id, text, start, start + 20, styleId);
                annotation.note = words.at(int(random.bounded(int(words.size())))) + u' '
                                  + words.at(int(random.bounded(int(words.size())))) + u" ملاحظة رقم "_s
                                  + QString::number(i);
                if (i % 4 == 0) // one tag on 25,000 annotations: its one index entry expands to them
                    annotation.tags = {u"مصدر موثوق"_s};
                if (!repository.insert(annotation))
                    qFatal("%s", qPrintable(repository.lastError()));
            }
            transaction.commit();
        }
        SearchIndex index(*searchLibrary);
        for (const QString &query : {u"سانكارا"_s, u"الروسي*"_s, u"\"التعاون العسكري\""_s, u"موثوق"_s}) {
            QVector<double> times;
            int hits = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                hits = int(index.search(query).size());
                times.append(timer.nsecsElapsed() / 1e6);
            }
            const QByteArray label = "search 100,000 annotations: " + query.toUtf8();
            report(label.constData(), times, "<= 10 ms");
            std::printf("    (%d hits shown, limit 100)\n", hits);
        }
    }

    const double bookMegabytes = double(view->text().size()) * 2 / 1e6;
    std::printf(
        "\npeak resident memory %.1f MB; book text as UTF-16 %.1f MB (target <= 3x text + Qt baseline)\n",
        peakResidentKilobytes() / 1e3, bookMegabytes);

    // Last, so the JSON held in memory does not count in the peak above.
    benchmarkAnnotationImport(scratch.path(), book, qMax(3, runs / 2));
    return 0;
}
