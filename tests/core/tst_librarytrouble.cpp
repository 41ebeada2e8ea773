// A damaged or unusual library file: refused with a clear message and left byte for byte as it was; a full
// disk refuses the edit and keeps earlier data; a damaged library's readable rows recovered into a new one.
#include "libraryfixture.h"

#include "annotation/annotationstore.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/libraryrecovery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs statements on a connection of its own, outside Library, as another tool would.
QVariant rawQuery(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql))
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                else if (query.next())
                    last = query.value(0);
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

// A real library (the corpus article, `annotations` highlights with notes), closed, -wal folded in.
bool makeLibrary(const QString &path, int annotations)
{
    QString error;
    auto library = Library::open(path, &error);
    if (!library)
        return false;
    DocumentRecord record;
    record.text = test::corpusText(u"burkina-faso-russia.ar.txt"_s);
    record.title = u"بوركينا فاسو"_s;
    DocumentStore documents(*library);
    if (!documents.insert(record))
        return false;
    AnnotationStore store(*library, documents.findByUuid(record.uuid)->id);
    for (int i = 0; i < annotations; ++i) {
        const int start = (i * 7) % (int(record.text.size()) - 20);
        Annotation annotation =
            AnnotationStore::makeAnnotation(store.documentId(), record.text, start, start + 10, 1);
        annotation.note = u"ملاحظة رقم %1 — note %1 "_s.arg(i).repeated(4);
        if (!store.add(annotation))
            return false;
    }
    return true;
}

void overwritePage(const QString &path, qint64 page, qint64 pageSize)
{
    QByteArray bytes = readAll(path);
    for (qint64 i = (page - 1) * pageSize; i < page * pageSize && i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    QVERIFY(writeFile(path, bytes));
}

} // namespace

class TestLibraryTrouble : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusedFileIsLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Library::Problem>("problem");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("zero-length file is refused as empty, not filled in")
            << u"empty"_s << Library::Problem::Empty << u"empty (0 bytes)"_s;
        QTest::newRow("Arabic text file is not a library")
            << u"text"_s << Library::Problem::NotALibrary << u"not an SQLite database"_s;
        QTest::newRow("PNG image is not a library")
            << u"png"_s << Library::Problem::NotALibrary << u"not an SQLite database"_s;
        QTest::newRow("library truncated to half is damaged")
            << u"truncated"_s << Library::Problem::Damaged << u"damaged"_s;
        QTest::newRow("garbage over a middle page is damaged")
            << u"garbage"_s << Library::Problem::Damaged << u"damaged"_s;
        QTest::newRow("garbage over the first page is damaged")
            << u"garbage-first"_s << Library::Problem::Damaged << u"damaged"_s;
        QTest::newRow("schema newer than this version is refused")
            << u"newer"_s << Library::Problem::Newer << u"newer version"_s;
    }

    void refusedFileIsLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(Library::Problem, problem);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"مكتبة library.sqlite"_s);
        if (kind == u"empty") {
            QVERIFY(writeFile(path, {}));
        } else if (kind == u"text") {
            QVERIFY(writeFile(path, test::corpusText(u"burkina-faso-russia.ar.txt"_s).toUtf8()));
        } else if (kind == u"png") {
            QVERIFY(
                writeFile(path, QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
                                                    "0000001f15c4890000000d4944415478da63f8cfc0f01f0005000201"
                                                    "e5ce16ab0000000049454e44ae426082")));
        } else {
            QVERIFY(makeLibrary(path, 200));
            const QByteArray bytes = readAll(path);
            QVERIFY(bytes.size() > 16 * 4096);
            if (kind == u"truncated")
                QVERIFY(writeFile(path, bytes.left(bytes.size() / 2)));
            else if (kind == u"garbage")
                overwritePage(path, bytes.size() / 4096 / 2, 4096);
            else if (kind == u"garbage-first")
                QVERIFY(writeFile(path, bytes.left(100) + QByteArray(4096 - 100, '\x5a') + bytes.mid(4096)));
            else if (kind == u"newer")
                rawQuery(path, {u"PRAGMA user_version = 99"_s});
        }
        QVERIFY(!QFile::exists(path % u"-wal"_s));
        const QByteArray before = readAll(path);
        const QFileDevice::Permissions permissions = QFile::permissions(path);

        QString error;
        Library::Problem found = Library::Problem::None;
        QVERIFY(!Library::open(path, &error, &found));
        QCOMPARE(found, problem);
        QVERIFY2(error.contains(expectedWords), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"has not been changed"_s), qPrintable(error));
        QVERIFY2(error.contains(u"open another library"_s, Qt::CaseInsensitive),
                 qPrintable(error)); // what the user can do
        QCOMPARE(readAll(path), before);
        QCOMPARE(QFile::permissions(path), permissions);
        QVERIFY(!QFile::exists(path % u"-wal"_s));
        QVERIFY(!QFile::exists(path % u"-shm"_s));
    }

    void fullDiskRefusesTheEditAndKeepsEarlierData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(makeLibrary(path, 3));
        QString error;
        auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        const qint64 documentId = DocumentStore(*library).list().constFirst().id;
        AnnotationStore store(*library, documentId);
        QCOMPARE(store.annotations().size(), 3);
        const QVector<Annotation> before = store.annotations();

        // SQLite's own page limit makes the next page the write needs fail with SQLITE_FULL, as a full disk
        // would, on this connection (the one the store writes through).
        QSqlQuery pragma(library->database());
        QVERIFY(pragma.exec(u"PRAGMA page_count"_s) && pragma.next());
        const int pages = pragma.value(0).toInt();
        pragma.finish();
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        pragma.finish();

        const QString text = DocumentStore(*library).find(documentId)->text;
        Annotation big = AnnotationStore::makeAnnotation(documentId, text, 40, 60, 2);
        big.note = u"ملاحظة طويلة "_s.repeated(4000); // needs overflow pages the library may not grow
        QSignalSpy errors(&store, &AnnotationStore::errorOccurred);
        QVERIFY(!store.add(big));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"full"_s), qPrintable(message));
        QCOMPARE(store.annotations(), before);
        QVERIFY2(Library::explainSqlError(store.lastError()).contains(u"Free some space"_s),
                 qPrintable(Library::explainSqlError(store.lastError())));

        library.reset();
        library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        AnnotationStore reopened(*library, documentId);
        QCOMPARE(reopened.annotations(), before);
        QVERIFY(!reopened.find(big.id));
    }

    void explainsWriteErrors_data()
    {
        QTest::addColumn<QString>("sqliteError");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full disk says free some space")
            << u"database or disk is full Unable to fetch row"_s << u"Free some space"_s;
        QTest::newRow("file system full says free some space")
            << u"No space left on device"_s << u"Free some space"_s;
        QTest::newRow("read-only library says changes cannot be saved")
            << u"attempt to write a readonly database"_s << u"changes cannot be saved"_s;
        QTest::newRow("lock says close the other program")
            << u"database is locked"_s << u"Close that program"_s;
        QTest::newRow("unknown error passes through") << u"something odd"_s << u"something odd"_s;
    }

    void explainsWriteErrors()
    {
        QFETCH(QString, sqliteError);
        QFETCH(QString, expected);
        const QString explained = Library::explainSqlError(sqliteError);
        QVERIFY2(explained.contains(expected), qPrintable(explained));
        QVERIFY(explained.contains(sqliteError));
    }

    void recoveryKeepsTheReadableRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        constexpr int total = 400;
        QVERIFY(makeLibrary(path, total));
        // A leaf page of the annotation table in the middle of its rows, and how many rows it holds.
        const int page =
            rawQuery(path, {u"SELECT pageno FROM dbstat WHERE name = 'annotation' AND pagetype = "
                            u"'leaf' ORDER BY pageno LIMIT 1 OFFSET 3"_s})
                .toInt();
        QVERIFY(page > 1);
        const int lost = rawQuery(path, {u"SELECT ncell FROM dbstat WHERE pageno = %1"_s.arg(page)}).toInt();
        QVERIFY(lost > 0 && lost < total / 2);
        overwritePage(path, page, 4096);
        const QByteArray damagedBytes = readAll(path);

        QString error;
        Library::Problem problem = Library::Problem::None;
        QVERIFY(!Library::open(path, &error, &problem));
        QCOMPARE(problem, Library::Problem::Damaged);

        const QString target = dir.filePath(u"المكتبة المستعادة.sqlite"_s);
        LibraryRecovery recovery(path);
        QVERIFY2(recovery.recoverInto(target), qPrintable(recovery.errorMessage()));
        QCOMPARE(readAll(path), damagedBytes);
        QVERIFY(!QFile::exists(path % u"-wal"_s));
        QVERIFY(recovery.hadUnreadablePages());
        QCOMPARE(recovery.recoveredRows(u"document"_s), 1);
        QCOMPARE(recovery.recoveredRows(u"annotation"_s), total - lost);
        QVERIFY2(recovery.summary().contains(u"%1 highlight"_s.arg(total - lost)),
                 qPrintable(recovery.summary()));

        auto recovered = Library::open(target, &error);
        QVERIFY2(recovered, qPrintable(error));
        const auto documents = DocumentStore(*recovered).list();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(DocumentStore(*recovered).find(documents.constFirst().id)->text,
                 test::corpusText(u"burkina-faso-russia.ar.txt"_s));
        AnnotationStore store(*recovered, documents.constFirst().id);
        QCOMPARE(store.annotations().size(), total - lost);
        QVERIFY(store.annotations().constFirst().note.startsWith(u"ملاحظة رقم"_s));
        QCOMPARE(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void recoveryNeverOverwritesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(makeLibrary(path, 1));
        const QString existing = dir.filePath(u"existing.sqlite"_s);
        QVERIFY(writeFile(existing, "keep me"));
        LibraryRecovery recovery(path);
        QVERIFY(!recovery.recoverInto(existing));
        QVERIFY2(recovery.errorMessage().contains(u"already exists"_s), qPrintable(recovery.errorMessage()));
        QCOMPARE(readAll(existing), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryTrouble)
#include "tst_librarytrouble.moc"
