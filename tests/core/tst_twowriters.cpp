// Several programs writing to one library at once (a second window, the command line): each waits its turn,
// every acknowledged edit is in the file afterwards, and a reader notices and shows what the others wrote.
#include "libraryfixture.h"

#include "annotation/annotationmodel.h"
#include "annotation/annotationstore.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/librarywatcher.h"
#include "library/stylestore.h"
#include "library/transaction.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

constexpr const char *writerFlag = "--twowriters-writer";
const QString sharedTag = u"بحاجة إلى مصدر"_s; // created by whichever writer gets there first

/** What one writer did: acknowledged edits of each kind and every error it was given. */
struct WriterResult {
    int highlights = 0;
    int notes = 0;
    int tags = 0;
    QStringList errors;
};

QString noteFor(const QString &label, int i)
{
    return u"ملاحظة %1 رقم %2 — checked"_s.arg(label).arg(i);
}

/// A reader's edits through AnnotationStore, one transaction each: highlight, note, two tags.
WriterResult writeAnnotations(Library &library, qint64 documentId, const QString &label, int count)
{
    WriterResult result;
    AnnotationStore store(library, documentId);
    const auto document = DocumentStore(library).find(documentId);
    const QVector<HighlightStyle> styles = StyleStore(library).all();
    if (!store.isLoaded() || !document || styles.isEmpty()) {
        result.errors.append(u"cannot read the library: "_s + store.lastError());
        return result;
    }
    const QString &text = document->text;
    const int span = int(text.size()) - 40;
    for (int i = 0; i < count; ++i) {
        const int start = (i * 97 + int(label.size()) * 31) % span;
        const Annotation annotation = AnnotationStore::makeAnnotation(documentId, text, start, start + 12,
                                                                      styles.at(i % styles.size()).id);
        if (!store.add(annotation)) {
            result.errors.append(store.lastError());
            continue;
        }
        ++result.highlights;
        store.setNote(annotation.id, noteFor(label, i)) ? ++result.notes
                                                        : (result.errors.append(store.lastError()), 0);
        store.addTag(annotation.id, sharedTag) ? ++result.tags : (result.errors.append(store.lastError()), 0);
        store.addTag(annotation.id, label) ? ++result.tags : (result.errors.append(store.lastError()), 0);
    }
    return result;
}

/// The child process: writes, then prints "HIGHLIGHTS NOTES TAGS" and each error on its own line.
int runWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    QString error;
    auto library = Library::open(args.at(2), &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 2;
    }
    const WriterResult result =
        writeAnnotations(*library, args.at(3).toLongLong(), args.at(4), args.at(5).toInt());
    std::printf("%d %d %d\n", result.highlights, result.notes, result.tags);
    for (const QString &message : result.errors)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    return result.errors.isEmpty() ? 0 : 1;
}

int scalar(Library &library, const QString &sql, qint64 documentId)
{
    QSqlQuery query(library.database());
    query.prepare(sql);
    query.addBindValue(documentId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyEditOfEveryWriterIsKept_data();
    void everyEditOfEveryWriterIsKept();
    void watcherSeesOnlyOtherConnections();
    void reloadShowsOutsideChanges_data();
    void reloadShowsOutsideChanges();
    void heldWriteLockRefusesTheEditAsBusy();
    void secondOpenInThisProgramKeepsItsLocks();

private:
    std::unique_ptr<test::LibraryFixture> m_fixture;
};

void TestTwoWriters::init()
{
    m_fixture = std::make_unique<test::LibraryFixture>();
    QString error;
    QVERIFY2(m_fixture->setUp(&error), qPrintable(error));
}

void TestTwoWriters::cleanup()
{
    m_fixture.reset();
}

void TestTwoWriters::everyEditOfEveryWriterIsKept_data()
{
    QTest::addColumn<int>("processes"); // other programs, besides this one writing too
    QTest::addColumn<int>("threads");   // other connections of this program, each its own Library
    QTest::addColumn<int>("count");     // highlights per writer, each followed by a note and two tags

    QTest::newRow("one other process and this one, 150 highlights each") << 1 << 0 << 150;
    QTest::newRow("two other processes and this one, 100 highlights each") << 2 << 0 << 100;
    QTest::newRow("two threads with their own connections and this one") << 0 << 2 << 100;
}

void TestTwoWriters::everyEditOfEveryWriterIsKept()
{
    QFETCH(int, processes);
    QFETCH(int, threads);
    QFETCH(int, count);
    Library &library = *m_fixture->m_library;
    const qint64 documentId = m_fixture->m_documentId;
    LibraryWatcher watcher(library);
    AnnotationStore reader(library, documentId);

    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < processes; ++i) {
        auto child = std::make_unique<QProcess>();
        child->start(QCoreApplication::applicationFilePath(),
                     {QString::fromLatin1(writerFlag), m_fixture->libraryPath(), QString::number(documentId),
                      u"كاتب%1"_s.arg(i + 1), QString::number(count)});
        QVERIFY(child->waitForStarted());
        children.push_back(std::move(child));
    }
    std::vector<WriterResult> threadResults(threads);
    std::vector<std::unique_ptr<Library>> threadLibraries;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < threads; ++i) {
        QString error;
        threadLibraries.push_back(Library::open(m_fixture->libraryPath(), &error));
        QVERIFY2(threadLibraries.back(), qPrintable(error));
        Library *own = threadLibraries.back().get();
        workers.emplace_back(QThread::create([own, documentId, count, i, &threadResults] {
            threadResults[i] = writeAnnotations(*own, documentId, u"خيط%1"_s.arg(i + 1), count);
        }));
        workers.back()->start();
    }

    // This program writes at the same time, on its own connection.
    const WriterResult mine = writeAnnotations(library, documentId, u"هنا"_s, count);
    QVERIFY2(mine.errors.isEmpty(), qPrintable(mine.errors.join(u'\n')));
    int highlights = mine.highlights;
    int notes = mine.notes;
    int tags = mine.tags;

    for (auto &child : children) {
        QVERIFY(child->waitForFinished(120000));
        const QString err = QString::fromUtf8(child->readAllStandardError());
        QVERIFY2(!err.contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(err));
        QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0, qPrintable(err));
        const QStringList counts = QString::fromUtf8(child->readAllStandardOutput()).simplified().split(u' ');
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.at(0).toInt(), count);
        highlights += counts.at(0).toInt();
        notes += counts.at(1).toInt();
        tags += counts.at(2).toInt();
    }
    for (auto &worker : workers)
        QVERIFY(worker->wait(120000));
    for (const WriterResult &result : threadResults) {
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        highlights += result.highlights;
        notes += result.notes;
        tags += result.tags;
    }
    workers.clear();
    threadLibraries.clear();

    const int writers = 1 + processes + threads;
    QCOMPARE(highlights, writers * count);
    QCOMPARE(notes, highlights);
    QCOMPARE(tags, 2 * highlights);
    // The file holds exactly what was acknowledged: no lost and no doubled rows.
    QCOMPARE(scalar(library, u"SELECT count(*) FROM annotation WHERE document = ?"_s, documentId),
             highlights);
    QCOMPARE(
        scalar(library, u"SELECT count(*) FROM annotation WHERE document = ? AND note <> ''"_s, documentId),
        notes);
    QCOMPARE(scalar(library,
                    u"SELECT count(*) FROM annotation_tag JOIN annotation a ON a.id = annotation "
                    "WHERE a.document = ?"_s,
                    documentId),
             tags);
    QSqlQuery tagCount(library.database());
    QVERIFY(tagCount.exec(u"SELECT count(*) FROM tag"_s) && tagCount.next());
    QCOMPARE(tagCount.value(0).toInt(), writers + 1); // each writer's own tag and one shared tag

    // The reader saw other connections commit, and its reload brings every highlight in.
    QCOMPARE(watcher.check(), true);
    QCOMPARE(reader.reload(), highlights);
    QCOMPARE(reader.annotations().size(), highlights);
    for (const Annotation &annotation : reader.annotations())
        QVERIFY(annotation.tags.contains(sharedTag));
}

void TestTwoWriters::watcherSeesOnlyOtherConnections()
{
    Library &library = *m_fixture->m_library;
    LibraryWatcher watcher(library);
    QSignalSpy changed(&watcher, &LibraryWatcher::changed);
    AnnotationStore mine(library, m_fixture->m_documentId);
    QVERIFY(mine.add(AnnotationStore::makeAnnotation(m_fixture->m_documentId, m_fixture->m_text, 10, 20, 1)));
    QCOMPARE(watcher.check(), false); // our own commit is already shown
    QCOMPARE(changed.count(), 0);

    QString error;
    auto other = Library::open(m_fixture->libraryPath(), &error);
    QVERIFY2(other, qPrintable(error));
    AnnotationStore theirs(*other, m_fixture->m_documentId);
    QVERIFY(
        theirs.add(AnnotationStore::makeAnnotation(m_fixture->m_documentId, m_fixture->m_text, 30, 40, 1)));
    QCOMPARE(watcher.check(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(watcher.check(), false); // once per outside commit, not on every poll

    // Polling finds it without being asked.
    QVERIFY(theirs.setNote(theirs.annotations().constFirst().id, u"من برنامج آخر"_s));
    watcher.setInterval(20);
    watcher.start();
    QTRY_COMPARE(changed.count(), 2);
    watcher.stop();
}

void TestTwoWriters::reloadShowsOutsideChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("differences");
    QTest::addColumn<bool>("bulk");

    QTest::newRow("nothing changed: no signal") << u"none"_s << 0 << false;
    QTest::newRow("note written elsewhere is shown in place") << u"note"_s << 1 << false;
    QTest::newRow("highlight removed elsewhere disappears") << u"remove"_s << 1 << false;
    QTest::newRow("highlight moved elsewhere takes its new reading-order row") << u"move"_s << 1 << false;
    QTest::newRow("three highlights added elsewhere come in order") << u"add3"_s << 3 << false;
    QTest::newRow("a large import elsewhere resets once") << u"add100"_s << 100 << true;
}

void TestTwoWriters::reloadShowsOutsideChanges()
{
    QFETCH(QString, change);
    QFETCH(int, differences);
    QFETCH(bool, bulk);
    Library &library = *m_fixture->m_library;
    const qint64 documentId = m_fixture->m_documentId;
    const QString &text = m_fixture->m_text;
    AnnotationStore store(library, documentId);
    for (int start : {100, 300, 500})
        QVERIFY(store.add(AnnotationStore::makeAnnotation(documentId, text, start, start + 10, 1)));
    AnnotationModel model;
    model.setStore(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QString error;
    auto other = Library::open(m_fixture->libraryPath(), &error);
    QVERIFY2(other, qPrintable(error));
    AnnotationStore theirs(*other, documentId);
    const QUuid first = store.annotations().at(0).id;
    if (change == u"note"_s) {
        QVERIFY(theirs.setNote(first, u"كتبت في نافذة أخرى"_s));
    } else if (change == u"remove"_s) {
        QVERIFY(theirs.remove(first));
    } else if (change == u"move"_s) {
        QVERIFY(theirs.setAnchor(first, 700, 710, AnnotationStore::quoteFor(text, 700, 710),
                                 AnchorState::Relocated));
    } else if (change.startsWith(u"add"_s)) {
        const int count = QStringView(change).mid(3).toInt();
        for (int i = 0; i < count; ++i)
            QVERIFY(theirs.add(AnnotationStore::makeAnnotation(documentId, text, 50 + i * 7, 55 + i * 7, 2)));
    }

    QSignalSpy resets(&store, &AnnotationStore::reset);
    QSignalSpy changes(&store, &AnnotationStore::annotationChanged);
    QCOMPARE(store.reload(), differences);
    QCOMPARE(resets.count(), bulk ? 1 : 0);
    QCOMPARE(changes.count(), change == u"note"_s ? 1 : 0);
    // Whatever the path, the store now equals a fresh read, in reading order, and the model follows it.
    AnnotationStore fresh(library, documentId);
    QCOMPARE(store.annotations(), fresh.annotations());
    if (!bulk)
        QCOMPARE(model.rowCount(), int(fresh.annotations().size()));
    if (change == u"note"_s)
        QCOMPARE(model.data(model.indexOf(first), AnnotationModel::NoteRole).toString(),
                 u"كتبت في نافذة أخرى"_s);
    if (change == u"move"_s)
        QCOMPARE(store.indexOf(first), 2);
}

void TestTwoWriters::heldWriteLockRefusesTheEditAsBusy()
{
    Library &library = *m_fixture->m_library;
    QString error;
    auto other = Library::open(m_fixture->libraryPath(), &error);
    QVERIFY2(other, qPrintable(error));
    // This connection gives up after 200 ms, so the test does not wait the full busy timeout.
    QSqlQuery(library.database()).exec(u"PRAGMA busy_timeout = 200"_s);
    AnnotationStore store(library, m_fixture->m_documentId);
    QSignalSpy errors(&store, &AnnotationStore::errorOccurred);
    {
        Transaction held(*other); // another program in the middle of a long import
        QVERIFY(held.isActive());
        QVERIFY(!store.add(
            AnnotationStore::makeAnnotation(m_fixture->m_documentId, m_fixture->m_text, 10, 20, 1)));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.constFirst().constFirst().toString(),
                 u"The library is busy (another Hashiya is writing); try again."_s);
        QVERIFY(store.annotations().isEmpty());
    }
    // Once it is done, the same edit goes through.
    QVERIFY(
        store.add(AnnotationStore::makeAnnotation(m_fixture->m_documentId, m_fixture->m_text, 10, 20, 1)));
    QCOMPARE(store.annotations().size(), 1);
}

void TestTwoWriters::secondOpenInThisProgramKeepsItsLocks()
{
    // Closing any descriptor of a file drops every POSIX lock the process holds on it. Opening the library
    // a second time in this program (an export's or a file open's worker) must not do that to the first
    // connection: else another program, closing its own connection, takes itself for the last one,
    // checkpoints and deletes the WAL under us, and the library ends up damaged ("Rowid out of order").
    Library &library = *m_fixture->m_library;
    const QString wal = m_fixture->libraryPath() + u"-wal"_s;
    AnnotationStore mine(library, m_fixture->m_documentId);
    QVERIFY(mine.add(AnnotationStore::makeAnnotation(m_fixture->m_documentId, m_fixture->m_text, 10, 20, 1)));
    QVERIFY(QFile::exists(wal));
    for (int round = 0; round < 2; ++round) {
        QString error;
        auto other = Library::open(m_fixture->libraryPath(), &error); // and closed again at once
        QVERIFY2(other, qPrintable(error));
    }

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(writerFlag), m_fixture->libraryPath(),
                 QString::number(m_fixture->m_documentId), u"آخر"_s, u"3"_s});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    // The other program saw this one still connected: it left the WAL in place.
    QVERIFY(QFile::exists(wal));
    QVERIFY(mine.add(AnnotationStore::makeAnnotation(m_fixture->m_documentId, m_fixture->m_text, 30, 40, 1)));
    QCOMPARE(
        scalar(library, u"SELECT count(*) FROM annotation WHERE document = ?"_s, m_fixture->m_documentId), 5);
    QSqlQuery check(library.database());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
}

int main(int argc, char **argv)
{
    if (argc >= 6 && std::strcmp(argv[1], writerFlag) == 0)
        return runWriter(argc, argv);
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestTwoWriters test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twowriters.moc"
