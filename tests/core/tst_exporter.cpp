#include "interop/exporter.h"

#include "interop/safefilename.h"

#include "helpers/annotatedlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

Q_DECLARE_METATYPE(hashiya::ExportFormat)

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formats_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("perDocument");
        QTest::newRow("W3C JSON-LD") << ExportFormat::W3cJson << u"json"_s << u"json"_s << false;
        QTest::newRow("Markdown") << ExportFormat::Markdown << u"markdown"_s << u"md"_s << false;
        QTest::newRow("CSV") << ExportFormat::Csv << u"csv"_s << u"csv"_s << false;
        QTest::newRow("HTML, a page per document") << ExportFormat::Html << u"html"_s << u"html"_s << true;
        QTest::newRow("REFI-QDA") << ExportFormat::Qdpx << u"qdpx"_s << u"qdpx"_s << false;
    }
    void formats()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, id);
        QFETCH(QString, suffix);
        QFETCH(bool, perDocument);
        QVERIFY(Exporter::formats().contains(format));
        QCOMPARE(Exporter::id(format), id);
        QCOMPARE(Exporter::fromId(id), format);
        QCOMPARE(Exporter::fromId(id.toUpper()), format);
        QCOMPARE(Exporter::suffix(format), suffix);
        QCOMPARE(Exporter::onePerDocument(format), perDocument);
        QVERIFY(!Exporter::displayName(format).isEmpty());
    }

    void unknownFormatId() { QCOMPARE(Exporter::fromId(u"docx"_s), std::nullopt); }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("climbing out with ../") << u"../../etc/passwd"_s << u"etc passwd.html"_s;
        QTest::newRow("slash is no folder") << u"a/b"_s << u"a b.html"_s;
        QTest::newRow("backslash and Windows' forbidden characters")
            << u"a\\b:c*d?e\"f<g>h|i"_s << u"a b c d e f g h i.html"_s;
        QTest::newRow("dot dot alone") << u".."_s << u"document.html"_s;
        QTest::newRow("hidden file") << u".bashrc"_s << u"bashrc.html"_s;
        QTest::newRow("NUL and line breaks") << (u"a"_s + QChar(0) + u"b\nc"_s) << u"a b c.html"_s;
        QTest::newRow("empty title") << u"   "_s << u"document.html"_s;
        QTest::newRow("Windows reserved name") << u"CON"_s << u"_CON.html"_s;
        QTest::newRow("reserved name with a dot") << u"nul.txt"_s << u"_nul.txt.html"_s;
        QTest::newRow("bidi override cannot disguise the suffix") << u"\u202Egpj.exe"_s << u"gpj.exe.html"_s;
        QTest::newRow("Arabic title kept") << u"بوركينا فاسو: التعاون"_s << u"بوركينا فاسو التعاون.html"_s;
        // 300 Arabic letters of 2 UTF-8 bytes: 90 fit in 180 bytes.
        QTest::newRow("300 Arabic letters capped in bytes")
            << QString(300, QChar(0x0628)) << QString(90, QChar(0x0628)) + u".html"_s;
        // Letter + fatha is one grapheme of 4 bytes: the cut keeps 45 whole ones, never a bare letter.
        QTest::newRow("cut between graphemes, marks kept")
            << u"بَ"_s.repeated(100) << u"بَ"_s.repeated(45) + u".html"_s;
    }
    void safeFileNames()
    {
        QFETCH(QString, title);
        QFETCH(QString, fileName);
        const QString name = SafeFileName::fromTitle(title, u"html"_s);
        QCOMPARE(name, fileName);
        QVERIFY(SafeFileName::isSafe(name));
        QVERIFY(name.toUtf8().size() <= SafeFileName::MaxStemBytes + 5);
    }

    void uniqueNames()
    {
        QSet<QString> taken;
        QCOMPARE(SafeFileName::unique(u"مقال.html"_s, &taken), u"مقال.html"_s);
        QCOMPARE(SafeFileName::unique(u"مقال.html"_s, &taken), u"مقال (2).html"_s);
        QCOMPARE(SafeFileName::unique(u"مقال.html"_s, &taken), u"مقال (3).html"_s);
        QCOMPARE(SafeFileName::unique(u"Report.html"_s, &taken), u"Report.html"_s);
        QCOMPARE(SafeFileName::unique(u"report.HTML"_s, &taken),
                 u"report (2).HTML"_s); // case-insensitive disks
    }

    void isSafe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << u"a.html"_s << true;
        QTest::newRow("parent folder") << u".."_s << false;
        QTest::newRow("climbing path") << u"../a.html"_s << false;
        QTest::newRow("absolute path") << u"/etc/passwd"_s << false;
        QTest::newRow("Windows path") << u"C:\\a.html"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("reserved") << u"aux.html"_s << false;
    }
    void isSafe()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(SafeFileName::isSafe(name), safe);
    }

    void collectTakesTheLatestVersions()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Library &library = *fixture.m_library;
        const DocumentRecord first = *DocumentStore(library).find(fixture.m_documentId);
        const DocumentRecord revised =
            test::addDocument(library, first.title, first.text + u"\nفقرة جديدة"_s, u"ar"_s, first.id);
        const DocumentRecord hebrew =
            test::addDocument(library, u"עברית"_s, test::corpusText(u"lipsum.he.txt"_s), u"he"_s);
        test::annotatePhrase(library, revised, u"أوليفيا روامبا"_s, 2, u"ملاحظة"_s, {u"شخص"_s});
        test::annotatePhrase(library, first, u"أوليفيا روامبا"_s, 1); // on the old version: not exported

        ExportBundle bundle;
        QVERIFY2(Exporter::collect(library, {}, &bundle, &error), qPrintable(error));
        QCOMPARE(bundle.items.size(), 2);
        QCOMPARE(bundle.items.at(0).document.id, revised.id);
        QCOMPARE(bundle.items.at(1).document.id, hebrew.id);
        QCOMPARE(bundle.items.at(0).annotations.size(), 1);
        QCOMPARE(bundle.items.at(0).annotations.at(0).tags, QStringList{u"شخص"_s});
        QCOMPARE(bundle.styles.size(), 5);
        QCOMPARE(bundle.tags.size(), 1);
        QCOMPARE(bundle.tags.at(0).name, u"شخص"_s);

        // Asked for by id, an old version is exported as it is.
        QVERIFY(Exporter::collect(library, {first.id}, &bundle, &error));
        QCOMPARE(bundle.items.size(), 1);
        QCOMPARE(bundle.items.at(0).document.id, first.id);
        QCOMPARE(bundle.items.at(0).annotations.size(), 1);
    }

    void progressReportsAndCancels()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        test::addDocument(*fixture.m_library, u"b"_s, u"نص"_s, u"ar"_s);
        QVector<std::pair<int, int>> reports;
        ExportBundle bundle;
        QVERIFY(Exporter::collect(*fixture.m_library, {}, &bundle, &error, [&reports](int done, int total) {
            reports.append({done, total});
            return true;
        }));
        QCOMPARE(reports, (QVector<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
        QVERIFY(!Exporter::collect(*fixture.m_library, {}, &bundle, &error,
                                   [](int done, int) { return done < 1; }));
        QVERIFY(error.contains(u"cancel"_s, Qt::CaseInsensitive));
        error.clear();
        QVERIFY(Exporter::collect(*fixture.m_library, {}, &bundle, &error));
        QVERIFY(Exporter::write(ExportFormat::Html, bundle, &error, [](int done, int) {
                    return done < 1;
                }).isEmpty());
        QVERIFY(error.contains(u"cancel"_s, Qt::CaseInsensitive));
    }

    void writeEveryFormat_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("json") << ExportFormat::W3cJson << QByteArray("{");
        QTest::newRow("markdown opens with front matter")
            << ExportFormat::Markdown << QByteArray("---\ntitle: ");
        QTest::newRow("csv starts with a BOM") << ExportFormat::Csv
                                               << QByteArray("\xEF\xBB\xBF"
                                                             "document,");
        QTest::newRow("html") << ExportFormat::Html << QByteArray("<!DOCTYPE html>");
        QTest::newRow("qdpx is a zip") << ExportFormat::Qdpx << QByteArray("PK\x03\x04");
    }
    void writeEveryFormat()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QByteArray, start);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        const DocumentRecord document = *DocumentStore(*fixture.m_library).find(fixture.m_documentId);
        test::annotatePhrase(*fixture.m_library, document, u"أوليفيا روامبا"_s, 2, u"=1+1"_s, {u"شخص"_s});
        // Same titles, and a hostile one: every page gets its own safe name.
        test::addDocument(*fixture.m_library, document.title, u"نص آخر"_s, u"ar"_s);
        test::addDocument(*fixture.m_library, u"../../etc/passwd"_s, u"نص ثالث"_s, u"ar"_s);
        ExportBundle bundle;
        QVERIFY(Exporter::collect(*fixture.m_library, {}, &bundle, &error));
        const QVector<ExportFile> files = Exporter::write(format, bundle, &error);
        QVERIFY2(!files.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), Exporter::onePerDocument(format) ? 3 : 1);
        QSet<QString> names;
        for (const ExportFile &file : files) {
            QVERIFY2(file.bytes.startsWith(start), file.bytes.left(40).constData());
            QVERIFY(SafeFileName::isSafe(file.fileName));
            QVERIFY(file.fileName.endsWith(u'.' + Exporter::suffix(format)));
            names.insert(file.fileName);
        }
        QCOMPARE(names.size(), files.size());
        if (format == ExportFormat::Html) {
            const QString title = SafeFileName::fromTitle(document.title, u"html"_s);
            QVERIFY(names.contains(title));
            QVERIFY(names.contains(title.chopped(5) + u" (2).html"_s));
            QVERIFY(names.contains(u"etc passwd.html"_s));
        }
        if (format == ExportFormat::W3cJson)
            QVERIFY(QJsonDocument::fromJson(files.constFirst().bytes).isObject());

        QTemporaryDir dir;
        QVERIFY(Exporter::save(files, dir.path(), &error));
        for (const ExportFile &file : files) {
            QFile saved(dir.filePath(file.fileName));
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QCOMPARE(saved.readAll(), file.bytes);
        }
    }

    void orphansKeepTheirQuoteWithoutAPosition()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        const DocumentRecord document = *DocumentStore(*fixture.m_library).find(fixture.m_documentId);
        Annotation gone =
            test::annotatePhrase(*fixture.m_library, document, u"أوليفيا روامبا"_s, 2, u"أين؟"_s);
        test::orphan(*fixture.m_library, &gone);
        ExportBundle bundle;
        QVERIFY(Exporter::collect(*fixture.m_library, {}, &bundle, &error));

        const QJsonObject annotation =
            QJsonDocument::fromJson(Exporter::write(ExportFormat::W3cJson, bundle, &error).constFirst().bytes)
                .object()[u"first"_s][u"items"_s][0]
                .toObject();
        const QJsonArray selectors = annotation[u"target"_s][u"selector"_s].toArray();
        QCOMPARE(selectors.size(), 1);
        QCOMPARE(selectors[0][u"type"_s].toString(), u"TextQuoteSelector"_s);
        QCOMPARE(selectors[0][u"exact"_s].toString(), u"أوليفيا روامبا"_s);
        QCOMPARE(annotation[u"hashiya:anchorState"_s].toString(), u"orphaned"_s);

        const QString csv =
            QString::fromUtf8(Exporter::write(ExportFormat::Csv, bundle, &error).constFirst().bytes);
        QVERIFY(csv.contains(u"أوليفيا روامبا,أين؟,,Important,,,orphaned,"_s));
        const QString html =
            QString::fromUtf8(Exporter::write(ExportFormat::Html, bundle, &error).constFirst().bytes);
        QVERIFY(html.indexOf(u"أوليفيا روامبا</blockquote>"_s) > html.indexOf(u"Not anchored"_s));
        const QString markdown =
            QString::fromUtf8(Exporter::write(ExportFormat::Markdown, bundle, &error).constFirst().bytes);
        QVERIFY(markdown.contains(u"no longer found"_s));
    }

    void saveNeverLeavesTheFolder_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("parent folder") << u"../escaped.html"_s;
        QTest::newRow("absolute path") << u"/tmp/escaped.html"_s;
        QTest::newRow("dot dot") << u".."_s;
    }
    void saveNeverLeavesTheFolder()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"out"_s));
        QString error;
        const QVector<ExportFile> files{{u"fine.html"_s, "a"}, {fileName, "b"}};
        QVERIFY(!Exporter::save(files, dir.filePath(u"out"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"escaped.html"_s)));
    }

    void saveOneFileOrIntoAFolder()
    {
        QTemporaryDir dir;
        QString error;
        // One file: the target is its path, whatever name the export suggested.
        QVERIFY(Exporter::save({{u"suggested.csv"_s, "x"}}, dir.filePath(u"chosen.csv"_s), &error));
        QVERIFY(QFile::exists(dir.filePath(u"chosen.csv"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"suggested.csv"_s)));
        // One file into an existing folder keeps its name.
        QVERIFY(Exporter::save({{u"suggested.csv"_s, "x"}}, dir.path(), &error));
        QVERIFY(QFile::exists(dir.filePath(u"suggested.csv"_s)));
        // Several files need a folder.
        QVERIFY(
            !Exporter::save({{u"a.html"_s, "a"}, {u"b.html"_s, "b"}}, dir.filePath(u"missing"_s), &error));
        QVERIFY(error.contains(u"folder"_s));
        QVERIFY(!Exporter::save({}, dir.path(), &error));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
