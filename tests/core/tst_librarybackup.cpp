// Backups of the library with SQLite's online backup: owner-only, the last five kept, one before a schema
// update, due daily; a backup restored into a new file opens with the old data.
#include "libraryfixture.h"

#include "library/documentstore.h"
#include "library/library.h"
#include "library/librarybackup.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

constexpr QFileDevice::Permissions groupOrOther =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

QVariant rawValue(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString titleOf(Library &library)
{
    const auto documents = DocumentStore(library).list();
    return documents.isEmpty() ? QString() : documents.constFirst().title;
}

bool setTitle(Library &library, const QString &title)
{
    QSqlQuery query(library.database());
    return query.exec(u"UPDATE document SET title = '%1'"_s.arg(title));
}

} // namespace

class TestLibraryBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void restoredBackupHoldsTheOldData()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        const QString original = titleOf(*fixture.m_library);
        QVERIFY(!original.isEmpty());

        LibraryBackup backup(*fixture.m_library);
        const QString copy = backup.backUp();
        QVERIFY2(!copy.isEmpty(), qPrintable(backup.lastError()));
        QVERIFY(QFileInfo(copy).fileName().startsWith(u"library.sqlite.backup-"_s));
        QCOMPARE(QFile::permissions(copy) & groupOrOther, QFileDevice::Permissions());
        QVERIFY(!QFile::exists(copy % u"-wal"_s)); // one self-contained file
        QVERIFY(!QFile::exists(copy % u".part"_s));

        QVERIFY(setTitle(*fixture.m_library, u"changed after the backup"_s));
        QCOMPARE(titleOf(*fixture.m_library), u"changed after the backup"_s);

        const QString restored = fixture.m_dir.filePath(u"مستعادة.sqlite"_s);
        QVERIFY2(LibraryBackup::restore(copy, restored, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(restored) & groupOrOther, QFileDevice::Permissions());
        auto library = Library::open(restored, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(titleOf(*library), original);
        QCOMPARE(DocumentStore(*library).find(fixture.m_documentId)->text, fixture.m_text);
        // Restoring never overwrites a file.
        QVERIFY(!LibraryBackup::restore(copy, restored, &error));
        QVERIFY2(error.contains(u"new file name"_s), qPrintable(error));
    }

    void keepsTheNewestFiveAndNeverTheLibrary()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        LibraryBackup backup(*fixture.m_library);
        QStringList made;
        for (int i = 0; i < LibraryBackup::keptCopies + 2; ++i) {
            made.prepend(backup.backUp());
            QVERIFY2(!made.constFirst().isEmpty(), qPrintable(backup.lastError()));
        }
        const QStringList kept = LibraryBackup::backups(fixture.libraryPath());
        QCOMPARE(kept, made.mid(0, LibraryBackup::keptCopies)); // newest first, oldest two deleted
        QVERIFY(!QFile::exists(made.constLast()));
        QVERIFY(QFile::exists(fixture.libraryPath()));
        QCOMPARE(titleOf(*fixture.m_library).isEmpty(), false);
        for (const QString &path : kept)
            QCOMPARE(QFile::permissions(path) & groupOrOther, QFileDevice::Permissions());
    }

    void dailyBackupIsDue_data()
    {
        QTest::addColumn<bool>("makeOne");
        QTest::addColumn<int>("hoursLater");
        QTest::addColumn<bool>("due");
        QTest::newRow("no backup yet is due") << false << 0 << true;
        QTest::newRow("backup made now is not due") << true << 0 << false;
        QTest::newRow("backup of 23 hours ago is not due") << true << 23 << false;
        QTest::newRow("backup of 25 hours ago is due") << true << 25 << true;
    }

    void dailyBackupIsDue()
    {
        QFETCH(bool, makeOne);
        QFETCH(int, hoursLater);
        QFETCH(bool, due);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        LibraryBackup backup(*fixture.m_library);
        if (makeOne)
            QVERIFY2(!backup.backUp().isEmpty(), qPrintable(backup.lastError()));
        QCOMPARE(backup.isDue(QDateTime::currentDateTimeUtc().addSecs(hoursLater * 3600)), due);
    }

    void updatingTheSchemaBacksUpFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        {
            auto library = Library::open(path, &error);
            QVERIFY2(library, qPrintable(error));
            QVERIFY(LibraryBackup::backups(path).isEmpty()); // a new library has nothing to keep
        }
        // Pretend an older build wrote it: step 3 (search stems) then finds its work done and only bumps.
        rawValue(path, u"PRAGMA user_version = 2"_s);
        auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->schemaVersion(), Library::currentSchemaVersion());
        const QStringList backups = LibraryBackup::backups(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(rawValue(backups.constFirst(), u"PRAGMA user_version"_s).toInt(), 2); // as it was before
    }

    void backsUpOnAWorkerThreadWhileTheWindowWrites()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        QString made;
        QString failure;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            LibraryBackup backup(*fixture.m_library);
            made = backup.backUp();
            failure = backup.lastError();
        }));
        worker->start();
        // The GUI thread's own connection keeps writing; WAL lets both go on.
        for (int i = 0; i < 20; ++i)
            QVERIFY(setTitle(*fixture.m_library, u"title %1"_s.arg(i)));
        QVERIFY(worker->wait(30000));
        QVERIFY2(!made.isEmpty(), qPrintable(failure));
        QVERIFY(rawValue(made, u"PRAGMA quick_check"_s).toString() == u"ok");
        QCOMPARE(rawValue(made, u"SELECT count(*) FROM document"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryBackup)
#include "tst_librarybackup.moc"
