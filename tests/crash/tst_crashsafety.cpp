// Crash safety (issue 5): hashiya_crashdriver edits, imports into or migrates a real library file in
// /tmp (an fsync per commit, as synchronous=FULL asks) and is killed with SIGKILL at random moments, hundreds
// of times; after each kill the library must open, pass SQLite's and the index's checks, hold every
// acknowledged edit, and show no half-made one. The seed is printed: HASHIYA_CRASH_SEED=N replays a run.

#include "crashdriver.h"
#include "editledger.h"
#include "libraryaudit.h"

#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "interop/w3cjsonexporter.h"
#include "library/annotationrepository.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "library/searchindexer.h"
#include "library/stylestore.h"
#include "library/transaction.h"
#include "text/textboundaries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

const QString editArticle = QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt");
const QString largeArticle = QStringLiteral(HASHIYA_CORPUS "/wikipedia-mars.ar.html");
constexpr int largeImportSize = 2000; // annotations in the W3C file and in the library the migration reads

/// Removes a library and its WAL and shared-memory files, then copies `from` in its place.
bool resetLibrary(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(to % suffix);
    return QFile::copy(from, to);
}

/// The annotations of a library as sorted text lines: two libraries with the same lines hold the same data.
QStringList fingerprint(Library &library)
{
    QStringList lines;
    DocumentStore documents(library);
    AnnotationRepository repository(library);
    for (const DocumentSummary &document : documents.list()) {
        QVector<Annotation> annotations;
        if (!repository.load(document.id, &annotations))
            return {u"cannot load: "_s % repository.lastError()};
        for (const Annotation &a : std::as_const(annotations))
            lines.append(QStringList{a.id.toString(), QString::number(a.start), QString::number(a.end),
                                     a.quote.exact, a.note, a.tags.join(u'|'), QString::number(a.styleId)}
                             .join(u'\t'));
    }
    lines.sort();
    return lines;
}

/// A plain SQLite connection to a file, bypassing Library::open (which would migrate what it opens).
class RawConnection final
{
    Q_DISABLE_COPY_MOVE(RawConnection)

public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(name, false); }

private:
    static inline const QString name = u"crash-raw"_s;
    bool m_open = false;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsSurviveKills_data();
    void editsSurviveKills();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void migrationIsAllOrNothing_data();
    void migrationIsAllOrNothing();
    void cleanupTestCase();

private:
    void buildLargeLibraries();
    QString context(int run) const;
    void auditEditedLibrary(Library &library, const EditLedger &ledger);

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    QTemporaryDir m_dir{QDir::tempPath() % u"/hashiya-crash-XXXXXX"_s}; // the real file system, not tmpfs
    QElapsedTimer m_clock;
    int m_kills = 0;
    QString m_baseLibrary;      // the large article, no annotations
    QString m_annotatedLibrary; // the same with largeImportSize annotations
    QString m_version1Library;  // the annotated library set back to schema version 1 (no search index)
    QString m_json;             // the annotated library's annotations as W3C JSON
    QStringList m_annotatedFingerprint;
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(editArticle));
    QVERIFY(QFile::exists(largeArticle));
    bool fixed = false;
    m_seed = qEnvironmentVariableIntValue("HASHIYA_CRASH_SEED", &fixed);
    if (!fixed)
        m_seed = QRandomGenerator::global()->generate();
    m_random.seed(m_seed);
    qInfo("crash seed %u (HASHIYA_CRASH_SEED=%u replays this run's kill timings)", m_seed, m_seed);
    m_clock.start();
}

QString TestCrashSafety::context(int run) const
{
    return u" [seed %1, %2, run %3]"_s.arg(m_seed).arg(QString::fromUtf8(QTest::currentDataTag())).arg(run);
}

void TestCrashSafety::editsSurviveKills_data()
{
    QTest::addColumn<int>("kills");
    QTest::addColumn<bool>("afterAcknowledgement");
    QTest::addColumn<int>("auditEvery");

    QTest::newRow("killed 5–150 ms into its edits") << 150 << false << 5;
    QTest::newRow("killed right after an acknowledgement") << 60 << true << 5;
}

void TestCrashSafety::auditEditedLibrary(Library &library, const EditLedger &ledger)
{
    const QSqlDatabase db = library.database();
    const QStringList problems = LibraryAudit::problems(db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(LibraryAudit::untaggedAnnotations(db), 0); // created with its tags, or not at all
    SearchIndex index(library);
    QVERIFY2(index.isIntact(), qPrintable(index.lastError()));

    // A note's unique token is found through the full-text index, on the right annotation.
    static const QRegularExpression token(u"n[0-9a-f]{8}"_s);
    for (auto it = ledger.state().cbegin(); it != ledger.state().cend(); ++it) {
        const QRegularExpressionMatch match = token.match(it->note);
        if (!match.hasMatch())
            continue;
        const QVector<SearchHit> hits = index.search(match.captured());
        QVERIFY2(
            std::any_of(hits.cbegin(), hits.cend(),
                        [&](const SearchHit &hit) {
                            return hit.annotationId == it.key() && hit.kind == SearchHit::Kind::Note;
                        }),
            qPrintable(u"the note “"_s % it->note % u"” is not found by searching "_s % match.captured()));
        break;
    }
}

void TestCrashSafety::editsSurviveKills()
{
    QFETCH(int, kills);
    QFETCH(bool, afterAcknowledgement);
    QFETCH(int, auditEvery);

    const QString path = m_dir.filePath(u"edits-%1.sqlite"_s.arg(m_kills)); // one per row
    EditLedger ledger;
    QElapsedTimer clock;
    clock.start();
    for (int run = 1; run <= kills; ++run) {
        KillPlan plan;
        if (afterAcknowledgement) {
            plan.startLine = u"READY"_s;
            plan.delayMs = 10000; // the acknowledgement comes first
            plan.killAtAck = 1 + int(m_random.bounded(12));
        } else {
            plan.startLine = u"READY"_s;
            plan.delayMs = 5 + int(m_random.bounded(146));
        }
        const DriverOutcome outcome =
            CrashDriver::run({u"edits"_s, path, QString::number(m_random.generate()), editArticle}, plan);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem % context(run)));
        QVERIFY2(outcome.killed, qPrintable(u"the driver ended by itself"_s % context(run)));
        ++m_kills;
        const QString recorded = ledger.record(outcome.lines);
        QVERIFY2(recorded.isEmpty(), qPrintable(recorded % context(run)));

        QString error;
        const auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error % context(run)));
        DocumentStore documents(*library);
        const QVector<DocumentSummary> list = documents.list();
        if (list.isEmpty()) { // killed before the article's import committed
            QVERIFY2(ledger.state().isEmpty(),
                     qPrintable(u"edits acknowledged, document gone"_s % context(run)));
            continue;
        }
        QCOMPARE(list.size(), 1);
        QVector<Annotation> stored;
        AnnotationRepository repository(*library);
        QVERIFY2(repository.load(list.constFirst().id, &stored), qPrintable(repository.lastError()));
        const QString problem = ledger.reconcile(stored);
        QVERIFY2(problem.isEmpty(), qPrintable(problem % context(run)));
        if (run % auditEvery == 0 || run == kills) {
            auditEditedLibrary(*library, ledger);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"audit failed"_s % context(run)));
        }
    }
    QVERIFY2(ledger.acknowledged() > 0, "no edit was acknowledged: nothing was proved");
    qInfo("%d kills, %d acknowledged edits checked, %d edits in flight had landed, %lld ms", kills,
          ledger.acknowledged(), ledger.landedInFlight(), qint64(clock.elapsed()));
}

void TestCrashSafety::buildLargeLibraries()
{
    if (!m_json.isEmpty())
        return;
    m_baseLibrary = m_dir.filePath(u"base.sqlite"_s);
    m_annotatedLibrary = m_dir.filePath(u"annotated.sqlite"_s);
    m_version1Library = m_dir.filePath(u"version1.sqlite"_s);
    QString error;
    {
        const auto library = Library::open(m_baseLibrary, &error);
        QVERIFY2(library, qPrintable(error));
        const LoadResult loaded = ArticleLoader::loadFile(largeArticle);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const DocumentImporter::Result imported = DocumentImporter::import(*library, loaded.article);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    }
    QVERIFY(!QFile::exists(m_baseLibrary % u"-wal"_s)); // closed cleanly: the file alone is the library

    QVERIFY(resetLibrary(m_baseLibrary, m_annotatedLibrary));
    {
        const auto library = Library::open(m_annotatedLibrary, &error);
        QVERIFY2(library, qPrintable(error));
        DocumentStore documents(*library);
        const auto record = documents.find(documents.list().constFirst().id);
        QVERIFY(record);
        const QStringList tags = {u"موثق"_s, u"مصطلح"_s, u"سؤال"_s, u"claim"_s, u"needs source"_s};
        AnnotationRepository repository(*library);
        QVector<Annotation> annotations;
        {
            Transaction transaction(*library);
            QVERIFY(transaction.isActive());
            for (int i = 0; i < largeImportSize; ++i) {
                int start = int(m_random.bounded(int(record->text.size())));
                while (start < record->text.size() && !record->text.at(start).isLetterOrNumber())
                    ++start;
                auto word = TextBoundaries::wordAt(record->text, start);
                if (word.first < 0)
                    word = {start, std::min(int(record->text.size()), start + 1)};
                Annotation a = AnnotationStore::makeAnnotation(record->id, record->text, word.first,
                                                               word.second, 1 + m_random.bounded(5));
                a.tags = QStringList{tags.at(i % tags.size())};
                if (i % 3 == 0)
                    a.tags.append(tags.at((i + 2) % tags.size()));
                if (i % 2 == 0)
                    a.note = u"ملاحظة رقم %1 على المقطع"_s.arg(i);
                QVERIFY2(repository.insert(a), qPrintable(repository.lastError()));
            }
            QVERIFY(transaction.commit());
        }
        QVERIFY(repository.load(record->id, &annotations));
        QCOMPARE(annotations.size(), largeImportSize);
        StyleStore styles(*library);
        QFile json(m_dir.filePath(u"annotations.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(W3cJsonExporter::write({ExportItem{*record, annotations}}, styles.all()));
        m_json = json.fileName();
        m_annotatedFingerprint = fingerprint(*library);
    }

    // Schema version 1 is version 3 without the search index (steps 2 and 3 only build the index).
    QVERIFY(resetLibrary(m_annotatedLibrary, m_version1Library));
    {
        const auto library = Library::open(m_version1Library, &error);
        QVERIFY2(library, qPrintable(error));
        Transaction transaction(*library);
        SearchIndexer indexer(*library);
        QVERIFY2(indexer.dropSchema(), qPrintable(indexer.lastError()));
        QSqlQuery query(library->database());
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(transaction.commit());
    }
    QVERIFY(!QFile::exists(m_version1Library % u"-wal"_s));
}

void TestCrashSafety::importIsAllOrNothing_data()
{
    QTest::addColumn<int>("kills");
    QTest::newRow("W3C import of 2000 annotations killed mid-way or right after its commit") << 20;
}

void TestCrashSafety::importIsAllOrNothing()
{
    QFETCH(int, kills);
    buildLargeLibraries();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_dir.filePath(u"import.sqlite"_s);
    int killed = 0;
    int whole = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 1; killed < kills; ++run) {
        QVERIFY2(run <= 4 * kills, "the import finishes before any kill lands");
        QVERIFY(resetLibrary(m_baseLibrary, path));
        KillPlan plan;
        plan.startLine = u"BEGIN\timport"_s;
        // Every fourth run dies right after the acknowledgement: what was committed must then be all there.
        plan.killAtAck = run % 4 == 0 ? 1 : 0;
        plan.delayMs = plan.killAtAck ? 60000 : 5 + int(m_random.bounded(146));
        const DriverOutcome outcome = CrashDriver::run({u"import"_s, path, m_json}, plan);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem % context(run)));
        const bool acknowledged = outcome.lines.contains(u"ACK\timport\t%1"_s.arg(largeImportSize));
        if (outcome.killed) {
            ++killed;
            ++m_kills;
        } else {
            QVERIFY2(acknowledged, qPrintable(outcome.lines.join(u'\n') % context(run)));
        }

        QString error;
        const auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error % context(run)));
        const QStringList problems = LibraryAudit::problems(library->database());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') % context(run)));
        SearchIndex index(*library);
        QVERIFY2(index.isIntact(), qPrintable(index.lastError() % context(run)));
        const int count = LibraryAudit::annotationCount(library->database());
        QVERIFY2(
            count == 0 || count == largeImportSize,
            qPrintable(u"%1 of %2 annotations imported"_s.arg(count).arg(largeImportSize) % context(run)));
        if (acknowledged)
            QCOMPARE(count, largeImportSize);
        if (count > 0) {
            ++whole;
            QVERIFY2(fingerprint(*library) == m_annotatedFingerprint,
                     qPrintable(u"the imported annotations differ from the file's"_s % context(run)));
        }
    }
    qInfo("%d kills during the import of %d annotations: %d left the library whole with them, %d without; "
          "%lld ms",
          killed, largeImportSize, whole, killed - whole, qint64(clock.elapsed()));
}

void TestCrashSafety::migrationIsAllOrNothing_data()
{
    QTest::addColumn<int>("kills");
    QTest::newRow("schema 1 to 3 migration filling the index of 2000 annotations, killed mid-way or after")
        << 20;
}

void TestCrashSafety::migrationIsAllOrNothing()
{
    QFETCH(int, kills);
    buildLargeLibraries();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_dir.filePath(u"migrate.sqlite"_s);
    const int latest = Library::currentSchemaVersion();
    QMap<int, int> versionsSeen;
    int killed = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 1; killed < kills; ++run) {
        QVERIFY2(run <= 4 * kills, "the migration finishes before any kill lands");
        QVERIFY(resetLibrary(m_version1Library, path));
        KillPlan plan;
        plan.startLine = u"BEGIN\tmigrate"_s;
        // Every fourth run dies right after the acknowledgement: what was committed must then be all there.
        plan.killAtAck = run % 4 == 0 ? 1 : 0;
        plan.delayMs = plan.killAtAck ? 60000 : 5 + int(m_random.bounded(146));
        const DriverOutcome outcome = CrashDriver::run({u"migrate"_s, path}, plan);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem % context(run)));
        const bool acknowledged = outcome.lines.contains(u"ACK\tmigrated\t%1"_s.arg(latest));
        if (outcome.killed) {
            ++killed;
            ++m_kills;
        } else {
            QVERIFY2(acknowledged, qPrintable(outcome.lines.join(u'\n') % context(run)));
        }

        // As the crash left it, before Library::open would carry on migrating.
        {
            RawConnection raw(path);
            QVERIFY(raw.isOpen());
            const QSqlDatabase db = raw.database();
            const int version = LibraryAudit::schemaVersion(db);
            ++versionsSeen[version];
            QVERIFY2(version >= 1 && version <= latest,
                     qPrintable(u"schema version %1"_s.arg(version) % context(run)));
            if (acknowledged)
                QCOMPARE(version, latest);
            // Version 1 has no index at all; from version 2 on it is complete and matches the data.
            QCOMPARE(LibraryAudit::searchIndexObjects(db), version == 1 ? 0 : 5);
            const QStringList problems = LibraryAudit::problems(db);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') % context(run)));
            QCOMPARE(LibraryAudit::annotationCount(db), largeImportSize);
        }

        QString error;
        const auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error % context(run)));
        QCOMPARE(library->schemaVersion(), latest);
        SearchIndex index(*library);
        QVERIFY2(index.isIntact(), qPrintable(index.lastError() % context(run)));
        const QStringList problems = LibraryAudit::problems(library->database());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') % context(run)));
        QVERIFY2(fingerprint(*library) == m_annotatedFingerprint,
                 qPrintable(u"the migrated library lost data"_s % context(run)));
    }
    QStringList seen;
    for (auto it = versionsSeen.cbegin(); it != versionsSeen.cend(); ++it)
        seen.append(u"version %1: %2"_s.arg(it.key()).arg(it.value()));
    qInfo("%d kills during the migration; found after the crash: %s; %lld ms", killed,
          qPrintable(seen.join(u", ")), qint64(clock.elapsed()));
}

void TestCrashSafety::cleanupTestCase()
{
    qInfo("%d SIGKILLs in %lld ms (seed %u)", m_kills, qint64(m_clock.elapsed()), m_seed);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
