// The `hashiya` binary's command line, run as another program would run it.
#include "apptesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya::testing;

// The start of a PNG file (29 bytes, NULs included): a binary file that is not an article or a library.
static const char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importPrintsIdEncodingAndTitle();
    void importingTheSameTextTwiceGivesOneDocument();
    void importLegacyEncoding();
    void importReportsUnreadableFiles_data();
    void importReportsUnreadableFiles();
    void listCountsAnnotations();
    void textPrintsTheStoredText();
    void unknownDocumentIsAnError();
    void exportFormats_data();
    void exportFormats();
    void exportRejectsUnknownFormat();
    void exportHtmlOfSeveralDocumentsNeedsAFolder();
    void environmentChoosesTheLibrary();
    void versionAndHelp();
    void refusesAFileThatIsNotALibrary();
    void findPrintsFoldedMatches_data();
    void findPrintsFoldedMatches();
    void searchPrintsLibraryHits();
    void importAnnotations_data();
    void importAnnotations();
    void importAnnotationsTwiceAndFromAnExport();
    void importRevision_data();
    void importRevision();

private:
    QString importCorpusArticle();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(u"library.sqlite"_s);
}

QString TestCommandLine::importCorpusArticle()
{
    const auto result = runHashiya({u"import"_s, corpusFile(u"burkina-faso-russia.ar.txt"_s)}, m_library);
    if (result.exitCode != 0)
        return {};
    return result.outText().section(u'\t', 0, 0);
}

void TestCommandLine::importPrintsIdEncodingAndTitle()
{
    const auto result = runHashiya({u"import"_s, corpusFile(u"burkina-faso-russia.ar.txt"_s)}, m_library);
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.constFirst().split(u'\t');
    QCOMPARE(fields.size(), 3);
    QVERIFY(!QUuid::fromString(fields.at(0)).isNull());
    QCOMPARE(fields.at(1), u"UTF-8"_s);
    QCOMPARE(fields.at(2), u"بوركينا فاسو تلجأ الى التعاون العسكري الروسي لمواجهة التهديدات الإرهابية"_s);
    QVERIFY(QFile::exists(m_library));
    QCOMPARE(QFile::permissions(m_library)
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestCommandLine::importingTheSameTextTwiceGivesOneDocument()
{
    const QString first = importCorpusArticle();
    QVERIFY(!first.isEmpty());
    // The same text from another path (with spaces and Arabic in its name) is the same document.
    const QString copy = m_dir->filePath(u"نسخة من المقال.txt"_s);
    QVERIFY(QFile::copy(corpusFile(u"burkina-faso-russia.ar.txt"_s), copy));
    const auto again = runHashiya({u"import"_s, copy}, m_library);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.outText().section(u'\t', 0, 0), first);
    const auto list = runHashiya({u"list"_s}, m_library);
    QCOMPARE(list.outText().count(u'\n'), 1);
}

void TestCommandLine::importLegacyEncoding()
{
    const auto result =
        runHashiya({u"import"_s, corpusFile(u"legacy/news.windows-1256.ar.html"_s)}, m_library);
    QCOMPARE(result.exitCode, 0);
    const QString id = result.outText().section(u'\t', 0, 0);
    const QString encoding = result.outText().section(u'\t', 1, 1);
    QVERIFY2(encoding.contains(u"1256"_s) || encoding.contains(u"8859-6"_s), qPrintable(encoding));
    const auto text = runHashiya({u"text"_s, id}, m_library);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(u"كتائب الشهيد عز الدين القسام"_s),
             qPrintable(text.outText().left(200)));
}

void TestCommandLine::importReportsUnreadableFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("missing file") << QByteArray() << false;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("binary file") << QByteArray(pngHeader, sizeof pngHeader - 1) << true;
}

void TestCommandLine::importReportsUnreadableFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    const QString path = m_dir->filePath(u"bad input.txt"_s);
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto result = runHashiya({u"import"_s, path}, m_library);
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(u"bad input.txt"_s), qPrintable(result.errText()));
}

void TestCommandLine::listCountsAnnotations()
{
    const QString id = importCorpusArticle();
    const auto list = runHashiya({u"list"_s}, m_library);
    QCOMPARE(list.exitCode, 0);
    const QStringList fields = list.outText().trimmed().split(u'\t');
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0), id);
    QCOMPARE(fields.at(1), u"0"_s);
}

void TestCommandLine::textPrintsTheStoredText()
{
    const QString id = importCorpusArticle();
    const auto result = runHashiya({u"text"_s, id.left(8)}, m_library);
    QCOMPARE(result.exitCode, 0);
    QFile original(corpusFile(u"burkina-faso-russia.ar.txt"_s));
    QVERIFY(original.open(QIODevice::ReadOnly));
    // Paragraphs are kept; the blank lines between them are the stored text's block boundaries.
    const QStringList expected = QString::fromUtf8(original.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList printed = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(printed.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(printed.at(i), expected.at(i).trimmed());
}

void TestCommandLine::unknownDocumentIsAnError()
{
    importCorpusArticle();
    const auto result = runHashiya({u"text"_s, u"00000000-dead"_s}, m_library);
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.errText().contains(u"00000000-dead"_s));
}

void TestCommandLine::exportFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("toFile");
    QTest::newRow("json to standard output") << u"json"_s << false;
    QTest::newRow("json to a file") << u"json"_s << true;
    QTest::newRow("markdown to standard output") << u"markdown"_s << false;
    QTest::newRow("markdown to a file") << u"markdown"_s << true;
    QTest::newRow("csv to standard output") << u"csv"_s << false;
    QTest::newRow("html of one document to a file") << u"html"_s << true;
    QTest::newRow("qdpx to a file") << u"qdpx"_s << true;
}

void TestCommandLine::exportFormats()
{
    QFETCH(QString, format);
    QFETCH(bool, toFile);
    const QString id = importCorpusArticle();
    QStringList arguments{u"export"_s, u"--format"_s, format, u"--document"_s, id};
    const QString output = m_dir->filePath(u"export."_s + format);
    if (toFile)
        arguments << u"--output"_s << output;
    const auto result = runHashiya(arguments, m_library);
    QCOMPARE(result.exitCode, 0);
    QByteArray bytes = result.out;
    if (toFile) {
        QVERIFY(result.out.isEmpty());
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
    }
    if (format == u"json"_s) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.object().value(u"type"_s).toString(), u"AnnotationCollection"_s);
    } else if (format == u"markdown"_s) {
        QVERIFY(QString::fromUtf8(bytes).startsWith(u"---\ntitle: \"بوركينا فاسو"_s));
        QVERIFY(QString::fromUtf8(bytes).contains(u"\n# بوركينا فاسو"_s));
    } else if (format == u"csv"_s) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "document,document id,quote,note,tags,style,start,end,state,"));
    } else if (format == u"html"_s) {
        QVERIFY(bytes.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    } else {
        QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip
    }
}

void TestCommandLine::exportHtmlOfSeveralDocumentsNeedsAFolder()
{
    importCorpusArticle();
    QVERIFY(runHashiya({u"import"_s, corpusFile(u"lipsum.he.txt"_s)}, m_library).exitCode == 0);
    const auto refused = runHashiya({u"export"_s, u"--format"_s, u"html"_s}, m_library);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.errText().contains(u"--output"_s));
    QVERIFY(refused.out.isEmpty());

    const QString folder = m_dir->filePath(u"pages"_s); // created by the export
    const auto result = runHashiya({u"export"_s, u"--format"_s, u"html"_s, u"--output"_s, folder}, m_library);
    QCOMPARE(result.exitCode, 0);
    const QStringList pages = QDir(folder).entryList(QDir::Files);
    QCOMPARE(pages.size(), 2);
    for (const QString &page : pages)
        QVERIFY(page.endsWith(u".html"_s));
}

void TestCommandLine::exportRejectsUnknownFormat()
{
    importCorpusArticle();
    const auto result = runHashiya({u"export"_s, u"--format"_s, u"docx"_s}, m_library);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(u"--format"_s));
}

void TestCommandLine::environmentChoosesTheLibrary()
{
    QProcessEnvironment environment;
    environment.insert(u"HASHIYA_LIBRARY"_s, m_library);
    const auto imported =
        runHashiya({u"import"_s, corpusFile(u"burkina-faso-russia.ar.txt"_s)}, QString(), environment);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(QFile::exists(m_library));
    const auto list = runHashiya({u"list"_s}, m_library);
    QCOMPARE(list.outText().count(u'\n'), 1);
}

void TestCommandLine::versionAndHelp()
{
    // As a packaging script would run them: no display, no platform chosen.
    QProcessEnvironment noDisplay;
    noDisplay.insert(u"QT_QPA_PLATFORM"_s, QString());
    noDisplay.insert(u"DISPLAY"_s, QString());
    noDisplay.insert(u"WAYLAND_DISPLAY"_s, QString());
    const auto version = runHashiya({u"--version"_s}, QString(), noDisplay);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.outText().contains(QStringLiteral(HASHIYA_VERSION)));
    const auto help = runHashiya({u"--help"_s}, QString(), noDisplay);
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"import", "list", "text", "export", "import-annotations", "--library"})
        QVERIFY2(help.outText().contains(QLatin1String(command)), command);
}

void TestCommandLine::refusesAFileThatIsNotALibrary()
{
    QFile notALibrary(m_library);
    QVERIFY(notALibrary.open(QIODevice::WriteOnly));
    const QByteArray content = "These are my notes, not a database.\n";
    notALibrary.write(content);
    notALibrary.close();
    const auto result = runHashiya({u"list"_s}, m_library);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.errText().contains(u"library.sqlite"_s), qPrintable(result.errText()));
    QVERIFY(notALibrary.open(QIODevice::ReadOnly));
    QCOMPARE(notALibrary.readAll(), content);
}

void TestCommandLine::findPrintsFoldedMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstMatch");
    // Counted independently on the corpus article after removing marks and folding alef forms.
    QTest::newRow("bare word") << u"روسيا"_s << QStringList() << 5 << u"روسيا"_s;
    QTest::newRow("hamza on alef folded") << u"اكدت"_s << QStringList() << 2 << u"أكدت"_s;
    QTest::newRow("exact marks keep hamza apart")
        << u"اكدت"_s << QStringList{u"--exact-marks"_s} << 0 << QString();
    QTest::newRow("whole words only") << u"روسي"_s << QStringList{u"--whole-words"_s} << 1 << u"روسي"_s;
}

void TestCommandLine::findPrintsFoldedMatches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, options);
    QFETCH(int, count);
    QFETCH(QString, firstMatch);
    const QString id = importCorpusArticle();
    const auto text = runHashiya({u"text"_s, id}, m_library).outText();
    const auto result = runHashiya(QStringList{u"find"_s, id, query} + options, m_library);
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), count);
    if (count == 0)
        return;
    const QStringList fields = lines.constFirst().split(u'\t');
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(2), firstMatch);
    // START and END are UTF-16 offsets into the stored text.
    QCOMPARE(text.mid(fields.at(0).toInt(), fields.at(1).toInt() - fields.at(0).toInt()), firstMatch);
}

void TestCommandLine::searchPrintsLibraryHits()
{
    const QString id = importCorpusArticle();
    const auto result = runHashiya({u"search"_s, u"سانكارا"_s}, m_library);
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QStringList fields = lines.constFirst().split(u'\t');
    QCOMPARE(fields.size(), 6);
    QCOMPARE(fields.at(0), id);
    QCOMPARE(fields.at(1), u"text"_s);
    QVERIFY(fields.at(5).contains(u"سانكارا"_s));
    const auto prefix = runHashiya({u"search"_s, u"سانكا*"_s}, m_library);
    QCOMPARE(prefix.exitCode, 0);
    QVERIFY(!prefix.out.isEmpty());
    const auto hostile = runHashiya({u"search"_s, u"\"(OR"_s}, m_library);
    QCOMPARE(hostile.exitCode, 0);
}

namespace {

// Hand-written W3C annotations on the corpus article, as another tool would write them (quote selectors
// with context); __SOURCE__ becomes the article's path.
QByteArray handWrittenAnnotations(bool withMissingQuote)
{
    QByteArray json = R"([
  {"id": "https://example.org/anno/1", "type": "Annotation", "motivation": "commenting",
   "body": [{"type": "TextualBody", "value": "مصدر؟"}, {"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
   "target": {"source": "__SOURCE__", "selector": {"type": "TextQuoteSelector", "exact": "سانكارا"}}},
  {"id": "https://example.org/anno/2", "type": "Annotation",
   "target": {"source": "https://example.org/elsewhere",
              "selector": [{"type": "TextQuoteSelector", "exact": "التعاون العسكري الروسي"}]}})";
    if (withMissingQuote)
        json += R"(,
  {"id": "https://example.org/anno/3", "type": "Annotation",
   "target": {"source": "__SOURCE__", "selector": {"type": "TextQuoteSelector", "exact": "جملة ليست في المقال"}}})";
    return json + "\n]\n";
}

} // namespace

void TestCommandLine::importAnnotations_data()
{
    QTest::addColumn<QByteArray>("json"); // empty: the file does not exist
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("problemLines");
    QTest::addColumn<QString>("error");

    QTest::newRow("all anchored: exit 0")
        << handWrittenAnnotations(false) << 0 << u"imported 2, already present 0, not anchored 0"_s << 0
        << QString();
    QTest::newRow("a quote not in the article: exit 3, one line on standard error")
        << handWrittenAnnotations(true) << 3 << u"imported 2, already present 0, not anchored 1"_s << 1
        << u"https://example.org/anno/3\tits quote is not in the document\tجملة ليست في المقال"_s;
    QTest::newRow("not JSON: exit 1, nothing imported")
        << QByteArray("this is not json") << 1 << QString() << 0 << u"not valid JSON"_s;
    QTest::newRow("missing file: exit 1") << QByteArray() << 1 << QString() << 0 << u"cannot read"_s;
}

void TestCommandLine::importAnnotations()
{
    QFETCH(QByteArray, json);
    QFETCH(int, exitCode);
    QFETCH(QString, summary);
    QFETCH(int, problemLines);
    QFETCH(QString, error);
    const QString id = importCorpusArticle();
    QVERIFY(!id.isEmpty());
    const QString path = m_dir->filePath(u"تعليقات.jsonld"_s);
    if (!json.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json.replace("__SOURCE__", corpusFile(u"burkina-faso-russia.ar.txt"_s).toUtf8()));
    }
    const auto result = runHashiya({u"import-annotations"_s, path}, m_library);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.outText().trimmed(), summary);
    if (problemLines > 0) {
        const QStringList lines = result.errText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), problemLines);
        QCOMPARE(lines.constFirst(), error);
    } else if (!error.isEmpty()) {
        QVERIFY2(result.errText().contains(error), qPrintable(result.errText()));
    }
    const auto list = runHashiya({u"list"_s}, m_library);
    QCOMPARE(list.outText().section(u'\t', 1, 1), exitCode == 1 ? u"0"_s : u"2"_s);
}

void TestCommandLine::importAnnotationsTwiceAndFromAnExport()
{
    importCorpusArticle();
    const QString path = m_dir->filePath(u"annotations.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(handWrittenAnnotations(false).replace("__SOURCE__",
                                                     corpusFile(u"burkina-faso-russia.ar.txt"_s).toUtf8()));
    file.close();
    QCOMPARE(runHashiya({u"import-annotations"_s, path}, m_library).exitCode, 0);
    const auto again = runHashiya({u"import-annotations"_s, path}, m_library);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.outText().trimmed(), u"imported 0, already present 2, not anchored 0"_s);

    // export --format json of this library, imported into another library with the same article.
    const QString exported = m_dir->filePath(u"export.json"_s);
    QCOMPARE(runHashiya({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, exported}, m_library).exitCode,
             0);
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QCOMPARE(runHashiya({u"import"_s, corpusFile(u"burkina-faso-russia.ar.txt"_s)}, other).exitCode, 0);
    const auto imported = runHashiya({u"import-annotations"_s, exported}, other);
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.outText().trimmed(), u"imported 2, already present 0, not anchored 0"_s);
    const QString otherId = runHashiya({u"list"_s}, other).outText().section(u'\t', 0, 0);
    const auto search = runHashiya({u"search"_s, u"مصدر"_s}, other);
    QVERIFY2(search.outText().contains(otherId), qPrintable(search.outText()));
}

void TestCommandLine::importRevision_data()
{
    QTest::addColumn<bool>("explicitly"); // import --new-version-of from another path, else the same path
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("counts");

    QTest::newRow("changed file at the same path: new version, one kept, one moved")
        << false << u"توماس سانكارا"_s << u"توماس سنكارا"_s << u"1 kept, 1 moved, 0 orphaned"_s;
    QTest::newRow("--new-version-of another file: the quoted sentence deleted, one orphaned")
        << true
        << u"كما لفتت الوزيرة إلى أنّ التعاون العسكري بين البلدين يعود لعصر ثورة بوركينا فاسو التي قادها "
           u"الرئيس الشيوعي توماس سانكارا. "_s
        << QString() << u"1 kept, 0 moved, 1 orphaned"_s;
}

void TestCommandLine::importRevision()
{
    QFETCH(bool, explicitly);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, counts);

    QFile original(corpusFile(u"burkina-faso-russia.ar.txt"_s));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    const QString path = m_dir->filePath(u"مقال.txt"_s);
    const auto write = [](const QString &to, const QString &content) {
        QFile file(to);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content.toUtf8()) > 0;
    };
    QVERIFY(write(path, text));
    const auto first = runHashiya({u"import"_s, path}, m_library);
    QCOMPARE(first.exitCode, 0);
    const QString firstId = first.outText().section(u'\t', 0, 0);
    const QString annotations = m_dir->filePath(u"annotations.json"_s);
    QVERIFY(write(annotations,
                  QString::fromUtf8(handWrittenAnnotations(false).replace("__SOURCE__", path.toUtf8()))));
    QCOMPARE(runHashiya({u"import-annotations"_s, annotations}, m_library).exitCode, 0);

    QVERIFY(text.contains(before));
    text.replace(before, after);
    QStringList arguments{u"import"_s};
    QString revisedPath = path;
    if (explicitly) {
        revisedPath = m_dir->filePath(u"revised.txt"_s);
        arguments << u"--new-version-of"_s << firstId.left(8);
    }
    QVERIFY(write(revisedPath, text));
    const auto revised = runHashiya(arguments << revisedPath, m_library);
    QCOMPARE(revised.exitCode, 0);
    const QStringList lines = revised.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QString newId = lines.constFirst().section(u'\t', 0, 0);
    QVERIFY(!QUuid::fromString(newId).isNull());
    QVERIFY(newId != firstId);
    QVERIFY2(revised.errText().contains(counts), qPrintable(revised.errText()));

    // The list shows the new version, holding both annotations; the first version's text stays readable.
    const auto list = runHashiya({u"list"_s}, m_library);
    QCOMPARE(list.outText().trimmed().section(u'\t', 0, 1), newId + u"\t2"_s);
    const auto oldText = runHashiya({u"text"_s, firstId}, m_library);
    QCOMPARE(oldText.exitCode, 0);
    QVERIFY(oldText.outText().contains(u"سانكارا"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
