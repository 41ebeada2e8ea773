#include "helpers/libraryfixture.h"

#include "library/documentstore.h"
#include "library/library.h"
#include "library/stylestore.h"
#include "library/tagkey.h"
#include "library/tagstore.h"
#include "library/transaction.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hashiya;
using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther;

QVariant pragma(const Library &library, const QString &name)
{
    QSqlQuery q(library.database());
    if (!q.exec(u"PRAGMA "_s % name) || !q.next())
        return {};
    return q.value(0);
}

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

// Runs statements on a plain connection of our own, outside Library, to shape a file for a test.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s % path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsPrivateWalLibraryWithDefaultStyles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/library.sqlite"_s); // folders are created too
        QString error;
        auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(library->path(), path);
        QCOMPARE(QFile::permissions(path) & groupOrOther, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
        QCOMPARE(library->schemaVersion(), Library::currentSchemaVersion());
        QVERIFY(Library::currentSchemaVersion() >= 1);
        QCOMPARE(pragma(*library, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(*library, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(*library, u"synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(pragma(*library, u"busy_timeout"_s).toInt(), 5000);

        StyleStore styles(*library);
        const QVector<HighlightStyle> all = styles.all();
        QCOMPARE(all.size(), 5);
        const QStringList names = {u"Highlight"_s, u"Important"_s, u"Term"_s, u"Question"_s, u"Disputed"_s};
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).name, names.at(i));
            QCOMPARE(all.at(i).shortcut, i + 1);
            QVERIFY(all.at(i).color.isValid());
            QVERIFY2(all.at(i).color.lightnessF() > 0.6, "black text must stay readable on the highlight");
        }

        // A write makes the -wal file: it must be private as well.
        DocumentStore documents(*library);
        DocumentRecord record;
        record.text = u"نص"_s;
        QVERIFY(documents.insert(record));
        QVERIFY(QFile::exists(path % u"-wal"_s));
        QCOMPARE(QFile::permissions(path % u"-wal"_s) & groupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path % u"-shm"_s) & groupOrOther, QFileDevice::Permissions());
    }

    // A zero-length file may be a copy cut short: it is refused, never taken for a new library.
    void zeroLengthFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        QVERIFY(writeFile(path, {}));
        QString error;
        Library::Problem problem = Library::Problem::None;
        auto library = Library::open(path, &error, &problem);
        QVERIFY(!library);
        QCOMPARE(problem, Library::Problem::Empty);
        QVERIFY2(error.contains(u"empty (0 bytes)"_s), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        DocumentRecord record;
        record.text = test::corpusText(u"burkina-faso-russia.ar.txt"_s);
        record.title = u"بوركينا فاسو"_s;
        {
            auto library = Library::open(path, &error);
            QVERIFY2(library, qPrintable(error));
            DocumentStore documents(*library);
            QVERIFY2(documents.insert(record), qPrintable(documents.lastError()));
            HighlightStyle renamed = StyleStore(*library).all().at(0);
            renamed.name = u"Claim"_s;
            QVERIFY(StyleStore(*library).update(renamed));
        }
        auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        const auto found = DocumentStore(*library).findByUuid(record.uuid);
        QVERIFY(found);
        QCOMPARE(found->text, record.text);
        QCOMPARE(found->title, record.title);
        QCOMPARE(found->sha256, DocumentStore::sha256Of(record.text));
        QCOMPARE(StyleStore(*library).all().at(0).name, u"Claim"_s);
        QCOMPARE(library->schemaVersion(), Library::currentSchemaVersion());
    }

    void secondLibraryObjectSeesCommittedData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        auto first = Library::open(path, &error);
        QVERIFY2(first, qPrintable(error));
        auto second = Library::open(path, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->database().connectionName() != first->database().connectionName());

        DocumentStore secondDocuments(*second);
        QCOMPARE(secondDocuments.list().size(), 0); // leaves a used, cached statement behind
        DocumentRecord record;
        record.text = u"مرحبا"_s;
        QVERIFY(DocumentStore(*first).insert(record));
        const QVector<DocumentSummary> seen = secondDocuments.list();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().uuid, record.uuid);
    }

    void secondThreadSeesCommittedDataAndReleasesItsConnection()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        const Library &library = *fixture.m_library;

        QString workerText;
        QString workerConnection;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            workerConnection = library.database().connectionName();
            const auto record = DocumentStore(library).find(fixture.m_documentId);
            workerText = record ? record->text : QString();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QCOMPARE(workerText, fixture.m_text);
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != library.database().connectionName());
        // The worker's connection went with its thread.
        QVERIFY(!QSqlDatabase::contains(workerConnection));
    }

    void secondWriterWaitsInsteadOfFailing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        auto first = Library::open(path, &error);
        QVERIFY2(first, qPrintable(error));
        auto second = Library::open(path, &error);
        QVERIFY2(second, qPrintable(error));

        Transaction holding(*first);
        QVERIFY2(holding.isActive(), qPrintable(holding.errorMessage()));
        DocumentRecord firstRecord;
        firstRecord.text = u"الأول"_s;
        QVERIFY(DocumentStore(*first).insert(firstRecord));

        QAtomicInt waiting;
        bool secondCommitted = false;
        QString secondError;
        qint64 secondWaitedMs = 0;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            waiting.storeRelease(1);
            QElapsedTimer timer;
            timer.start();
            Transaction transaction(*second);
            secondWaitedMs = timer.elapsed();
            DocumentRecord record;
            record.text = u"الثاني"_s;
            DocumentStore documents(*second);
            secondCommitted = transaction.isActive() && documents.insert(record) && transaction.commit();
            secondError = transaction.errorMessage() % documents.lastError();
        }));
        writer->start();
        QTRY_VERIFY(waiting.loadAcquire() == 1);

        // Without a busy timeout the lock is refused at once: this is the situation the second writer is in.
        const QString rawName = u"no-timeout"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, rawName);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA busy_timeout = 0"_s));
            QVERIFY(!q.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(q.lastError().text().contains(u"locked"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(rawName);

        QVERIFY(holding.commit());
        QVERIFY(writer->wait(10000));
        QVERIFY2(secondCommitted, qPrintable(secondError));
        QVERIFY(secondWaitedMs < 5000);
        QCOMPARE(DocumentStore(*first).list().size(), 2);
    }

    void refusesFilesItCannotUse_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("text file is not a library") << u"text"_s << u"not an SQLite database"_s;
        QTest::newRow("PNG bytes are not a library") << u"png"_s << u"not an SQLite database"_s;
        QTest::newRow("truncated SQLite header is damaged") << u"truncated"_s << u"damaged"_s;
        QTest::newRow("garbage after the header is damaged") << u"damaged"_s << u"damaged"_s;
        QTest::newRow("schema newer than this version is refused") << u"newer"_s << u"newer version"_s;
        QTest::newRow("another program's SQLite file is refused") << u"foreign"_s << u"another program"_s;
    }

    void refusesFilesItCannotUse()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);

        if (kind == u"text") {
            QVERIFY(writeFile(path, test::corpusText(u"burkina-faso-russia.ar.txt"_s).toUtf8()));
        } else if (kind == u"png") {
            QVERIFY(
                writeFile(path, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000"
                                                    "001f15c4890000000d4944415478da63f8cfc0f01f0005000201"
                                                    "e5ce16ab0000000049454e44ae426082")));
        } else if (kind == u"truncated") {
            QVERIFY(writeFile(path, QByteArray("SQLite format 3\0\x10\0", 18)));
        } else {
            QString error;
            if (kind == u"foreign") {
                QVERIFY(rawExec(path, {u"CREATE TABLE contacts (name TEXT)"_s,
                                       u"INSERT INTO contacts VALUES ('someone')"_s}));
            } else {
                {
                    auto library = Library::open(path, &error);
                    QVERIFY2(library, qPrintable(error));
                    DocumentRecord record;
                    record.text = u"نص"_s;
                    QVERIFY(DocumentStore(*library).insert(record));
                }
                if (kind == u"newer")
                    QVERIFY(rawExec(path, {u"PRAGMA user_version = 99"_s}));
            }
            if (kind == u"damaged") {
                QByteArray bytes = readAll(path);
                QVERIFY(bytes.size() > 4096);
                for (int i = 100; i < 4096; ++i)
                    bytes[i] = char(0xA5 ^ i);
                QVERIFY(writeFile(path, bytes));
            }
            QFile::remove(path % u"-wal"_s);
            QFile::remove(path % u"-shm"_s);
        }

        const QByteArray before = readAll(path);
        const QFileDevice::Permissions permissionsBefore = QFile::permissions(path);
        QString error;
        auto library = Library::open(path, &error);
        QVERIFY(!library);
        QVERIFY2(error.contains(expectedWords), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"not been changed"_s), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QFile::permissions(path), permissionsBefore);
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Library::open(dir.path(), &error));
        QVERIFY(error.contains(u"folder"_s));
    }

    void inMemoryLibraryWorks()
    {
        QString error;
        auto library = Library::open(u":memory:"_s, &error);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(library->isInMemory());
        QCOMPARE(library->schemaVersion(), Library::currentSchemaVersion());
        QCOMPARE(StyleStore(*library).all().size(), 5);
        DocumentRecord record;
        record.text = u"ذاكرة"_s;
        QVERIFY(DocumentStore(*library).insert(record));
        auto other = Library::open(u":memory:"_s, &error);
        QVERIFY(other);
        QCOMPARE(DocumentStore(*other).list().size(), 0); // each in-memory library is its own
        QCOMPARE(DocumentStore(*library).list().size(), 1);
    }

    void defaultPathIsInAppData()
    {
        const QString path = Library::defaultPath();
        QVERIFY(path.endsWith(u"/library.sqlite"_s));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(QFileInfo(path).absoluteDir().exists());
    }

    void documentsAreFoundByEveryKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("found");
        QTest::newRow("four-character uuid prefix") << u"1a2b"_s << true;
        QTest::newRow("uppercase uuid prefix") << u"1A2B3C"_s << true;
        QTest::newRow("whole uuid in braces") << u"{1a2b3c4d-0000-4000-8000-000000000001}"_s << true;
        QTest::newRow("three characters are too few") << u"1a2"_s << false;
        QTest::newRow("prefix shared by two documents is ambiguous") << u"9f9f"_s << false;
        QTest::newRow("unknown prefix") << u"0000"_s << false;
        QTest::newRow("not hexadecimal") << u"zzzz"_s << false;
        QTest::newRow("full sha256 of the text") << u"sha"_s << true;
    }

    void documentsAreFoundByEveryKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, found);
        QString error;
        auto library = Library::open(u":memory:"_s, &error);
        QVERIFY2(library, qPrintable(error));
        DocumentStore documents(*library);
        DocumentRecord target;
        target.uuid = QUuid::fromString(u"1a2b3c4d-0000-4000-8000-000000000001"_s);
        target.text = test::corpusText(u"burkina-faso-russia.ar.txt"_s);
        QVERIFY(documents.insert(target));
        for (const QString &uuid :
             {u"9f9f0000-0000-4000-8000-000000000002"_s, u"9f9f1111-0000-4000-8000-000000000003"_s}) {
            DocumentRecord other;
            other.uuid = QUuid::fromString(uuid);
            other.text = uuid;
            QVERIFY(documents.insert(other));
        }
        if (key == u"sha")
            key = DocumentStore::sha256Of(target.text).toUpper();
        const auto record = documents.findByIdPrefix(key);
        QCOMPARE(bool(record), found);
        if (found) {
            QCOMPARE(record->id, target.id);
            QCOMPARE(record->text, target.text);
        } else {
            QVERIFY(!documents.lastError().isEmpty());
        }
    }

    void documentRecordRoundTrips()
    {
        QString error;
        auto library = Library::open(u":memory:"_s, &error);
        QVERIFY2(library, qPrintable(error));
        DocumentStore documents(*library);
        DocumentRecord first;
        first.text = u"Hello"_s;
        QVERIFY(documents.insert(first));
        DocumentRecord record;
        record.title = u"Title عنوان"_s;
        record.sourcePath = u"/tmp/a.html"_s;
        record.mediaType = u"text/html"_s;
        record.text = test::corpusText(u"burkina-faso-russia.ar.txt"_s);
        record.structure = u"[{\"kind\":\"p\"}]"_s;
        record.language = u"ar"_s;
        record.direction = Qt::LeftToRight;
        record.encoding = u"windows-1256"_s;
        record.previousVersionId = first.id;
        record.readingPosition = 42;
        QVERIFY2(documents.insert(record), qPrintable(documents.lastError()));
        QVERIFY(record.id > 0 && !record.uuid.isNull());
        QVERIFY(record.created.isValid());
        QCOMPARE(record.created.timeSpec(), Qt::UTC);

        auto found = documents.find(record.id);
        QVERIFY(found);
        QCOMPARE(found->uuid, record.uuid);
        QCOMPARE(found->title, record.title);
        QCOMPARE(found->sourcePath, record.sourcePath);
        QCOMPARE(found->mediaType, record.mediaType);
        QCOMPARE(found->structure, record.structure);
        QCOMPARE(found->direction, Qt::LeftToRight);
        QCOMPARE(found->encoding, record.encoding);
        QCOMPARE(found->previousVersionId, first.id);
        QCOMPARE(found->created, record.created);
        QCOMPARE(found->readingPosition, 42);
        QCOMPARE(documents.findBySha256(record.sha256)->id, record.id);

        QVERIFY(documents.setReadingPosition(record.id, 100));
        QVERIFY(documents.markOpened(record.id, u"/new/place.html"_s));
        found = documents.find(record.id);
        QCOMPARE(found->readingPosition, 100);
        QCOMPARE(found->sourcePath, u"/new/place.html"_s);
        QVERIFY(found->lastOpened >= record.lastOpened);
        QVERIFY(!documents.setReadingPosition(9999, 1));
        QVERIFY(!documents.find(9999));

        const QVector<DocumentSummary> list = documents.list();
        QCOMPARE(list.size(), 1); // the list shows a document's latest version only
        QCOMPARE(list.first().id, record.id);
        QCOMPARE(list.first().encoding, u"windows-1256"_s);
        QCOMPARE(list.first().annotationCount, 0);
    }

    void tagKeysFold_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Latin case folded") << u"Verified"_s << u"verified"_s << true;
        QTest::newRow("German sharp s folded") << u"Straße"_s << u"STRASSE"_s << true;
        QTest::newRow("harakat removed") << u"مُؤَكَّد"_s << u"مؤكد"_s << true;
        QTest::newRow("white space collapsed") << u"  needs   source "_s << u"needs source"_s << true;
        QTest::newRow("presentation form folded by NFKC") << u"\uFEFB"_s << u"\u0644\u0627"_s << true;
        QTest::newRow("different words stay apart") << u"verified"_s << u"disputed"_s << false;
    }

    void tagKeysFold()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(tagKey(a) == tagKey(b), same);
        QVERIFY(!tagKey(a).isEmpty());
    }

    void tagNamesAreSortedForCompletion()
    {
        QString error;
        auto library = Library::open(u":memory:"_s, &error);
        QVERIFY2(library, qPrintable(error));
        QSqlQuery q(library->database());
        for (const QString &name : {u"needs source"_s, u"Verified"_s, u"disputed"_s}) {
            q.prepare(u"INSERT INTO tag (name, name_key) VALUES (?, ?)"_s);
            q.addBindValue(name);
            q.addBindValue(tagKey(name));
            QVERIFY(q.exec());
        }
        TagStore tags(*library);
        QCOMPARE(tags.names(), (QStringList{u"disputed"_s, u"needs source"_s, u"Verified"_s}));
        QVERIFY(tags.lastError().isEmpty());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QString error;
        auto library = Library::open(u":memory:"_s, &error);
        QVERIFY2(library, qPrintable(error));
        DocumentStore documents(*library);
        {
            Transaction transaction(*library);
            QVERIFY(transaction.isActive());
            DocumentRecord record;
            record.text = u"لن يبقى"_s;
            QVERIFY(documents.insert(record));
        }
        QCOMPARE(documents.list().size(), 0);
        Transaction transaction(*library);
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit()); // twice is an error, not a crash
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
