// W3C Web Annotation JSON-LD in: round trips through export, foreign annotations, malformed input, rollback.
#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "interop/w3cjsonexporter.h"
#include "interop/w3cjsonimporter.h"
#include "library/annotationrepository.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "library/stylestore.h"
#include "library/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

// Written by the test: an emoji and a skin-tone emoji (surrogate pairs) before Arabic with harakat and
// shadda, so UTF-16 offsets and W3C code point offsets differ, and a quote with marks must come back whole.
const QString emojiText = u"😀 قالَ الوزيرُ: «التعاونُ العسكريُّ» 👍🏽 مهمٌّ "
                          u"جداً.\n\nSputnik "
                          u"reported "
                          u"the "
                          u"visit; "
                          u"🇧🇫 بوركينا فاسو ترحّب بالتعاونِ."_s;

struct Documents {
    QStringList paths;
};

std::unique_ptr<Library> openLibrary(const QString &path)
{
    QString error;
    auto library = Library::open(path, &error);
    if (!library)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    return library;
}

/// Imports the articles as the application does (loader + importer); returns their document ids in order.
QVector<qint64> importArticles(Library &library, const QStringList &paths)
{
    QVector<qint64> ids;
    for (const QString &path : paths) {
        const LoadResult loaded = ArticleLoader::loadFile(path);
        if (!loaded.ok())
            qFatal("cannot load %s: %s", qPrintable(path), qPrintable(loaded.error));
        const auto result = DocumentImporter::import(library, loaded.article);
        if (!result.error.isEmpty())
            qFatal("cannot import %s: %s", qPrintable(path), qPrintable(result.error));
        ids.append(result.record.id);
    }
    return ids;
}

QByteArray exportLibrary(Library &library)
{
    QVector<ExportItem> items;
    DocumentStore documents(library);
    const auto list = documents.list();
    for (const DocumentSummary &summary : list) {
        ExportItem item;
        item.document = documents.find(summary.id).value();
        item.annotations = AnnotationStore(library, summary.id).annotations();
        items.append(item);
    }
    return W3cJsonExporter::write(items, StyleStore(library).all());
}

/// Every annotation of the library as one comparable line, with documents by source path and styles by name.
QStringList snapshot(Library &library)
{
    QHash<qint64, QString> styleNames;
    for (const HighlightStyle &style : StyleStore(library).all())
        styleNames.insert(style.id, style.name + u' ' + style.color.name());
    QStringList lines;
    DocumentStore documents(library);
    const auto list = documents.list();
    for (const DocumentSummary &summary : list) {
        const QString path = documents.find(summary.id)->sourcePath;
        const QVector<Annotation> annotations = AnnotationStore(library, summary.id).annotations();
        for (const Annotation &a : annotations) {
            lines.append(QStringList{
                a.id.toString(), path, QString::number(a.start), QString::number(a.end), a.quote.exact,
                a.quote.prefix, a.quote.suffix, styleNames.value(a.styleId), a.note, a.tags.join(u'|'),
                AnnotationRepository::stateName(a.state), QString::number(a.created.toSecsSinceEpoch()),
                QString::number(a.modified.toSecsSinceEpoch())}
                             .join(u'\t'));
        }
    }
    lines.sort();
    return lines;
}

int count(Library &library, const QString &table)
{
    QSqlQuery q(library.database());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        qFatal("cannot count %s", qPrintable(table));
    return q.value(0).toInt();
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson()
                           : QJsonDocument(value.toObject()).toJson();
}

} // namespace

class TestW3cJsonImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip_data();
    void roundTrip();
    void roundTripOfManyIsExactAndSearchable_data();
    void roundTripOfManyIsExactAndSearchable();
    void fileTheScannerLeavesToQtImportsOnce();
    void truncatedLargeFileWritesNothing();
    void libraryErrorWhileReadingStopsEverything();
    void reimportIsIdempotent();
    void foreignAnnotations_data();
    void foreignAnnotations();
    void malformedInputGivesReasons_data();
    void malformedInputGivesReasons();
    void unreadableInputWritesNothing_data();
    void unreadableInputWritesNothing();
    void libraryErrorRollsBackEverything();

private:
    /// `count` annotations in the source library.
    void annotateSource(int count);

    QString m_emojiPath;
    QStringList m_paths;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_source; // library A: annotations are made here and exported
    std::unique_ptr<Library> m_target; // library B: same documents, no annotations
    QVector<qint64> m_sourceIds;
    QVector<qint64> m_targetIds;
    QString m_burkinaText;
};

void TestW3cJsonImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestW3cJsonImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_emojiPath = m_dir->filePath(u"رموز وتعبيرات.txt"_s);
    QFile file(m_emojiPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(emojiText.toUtf8());
    file.close();
    m_paths = {QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt"), m_emojiPath,
               QStringLiteral(HASHIYA_CORPUS "/lipsum.he.txt")};
    m_source = openLibrary(m_dir->filePath(u"a.sqlite"_s));
    m_target = openLibrary(m_dir->filePath(u"b.sqlite"_s));
    m_sourceIds = importArticles(*m_source, m_paths);
    m_targetIds = importArticles(*m_target, m_paths);
    m_burkinaText = DocumentStore(*m_target).find(m_targetIds.at(0))->text;
}

void TestW3cJsonImporter::roundTrip_data()
{
    QTest::addColumn<int>("document"); // index in m_paths
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("style"); // empty: none; a new name: a style library B does not have
    QTest::addColumn<bool>("orphaned");

    QTest::newRow("Arabic quote with note, tags and a default style")
        << 0 << u"روسيا"_s << 2 << u"تحقق من **المصدر** قبل النشر."_s
        << QStringList{u"needs source"_s, u"مؤكَّد"_s} << u"Important"_s << false;
    QTest::newRow("quote after emoji counts code points")
        << 1 << u"«التعاونُ العسكريُّ»"_s << 0 << QString() << QStringList() << u"Term"_s << false;
    QTest::newRow("quote after flag and skin tone emoji")
        << 1 << u"ترحّب بالتعاونِ"_s << 0 << u"note"_s << QStringList{u"verified"_s} << QString() << false;
    QTest::newRow("quote that is an emoji")
        << 1 << u"👍🏽"_s << 0 << QString() << QStringList() << QString() << false;
    QTest::newRow("English quote in an Arabic document")
        << 1 << u"Sputnik reported"_s << 0 << u"English note"_s << QStringList() << u"Question"_s << false;
    QTest::newRow("style library B lacks is created with its colour")
        << 0 << u"سانكارا"_s << 0 << QString() << QStringList{u"disputed"_s} << u"ادعاء"_s << false;
    QTest::newRow("orphaned annotation keeps quote and note")
        << 0 << u"جملة حذفت من النص"_s << 0 << u"كانت هنا"_s << QStringList{u"lost"_s} << QString() << true;
    QTest::newRow("Hebrew document") << 2 << u"רוסית בלשנות"_s << 0 << QString() << QStringList()
                                     << u"Highlight"_s << false;
}

void TestW3cJsonImporter::roundTrip()
{
    QFETCH(int, document);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, note);
    QFETCH(QStringList, tags);
    QFETCH(QString, style);
    QFETCH(bool, orphaned);

    qint64 styleId = 0;
    for (const HighlightStyle &s : StyleStore(*m_source).all()) {
        if (s.name == style)
            styleId = s.id;
    }
    if (!style.isEmpty() && styleId == 0) {
        QSqlQuery add(m_source->database());
        QVERIFY(add.exec(
            u"INSERT INTO style (name, color, shortcut, position) VALUES ('%1', '#123abc', 0, 9)"_s.arg(
                style)));
        styleId = add.lastInsertId().toLongLong();
    }
    const QString text = DocumentStore(*m_source).find(m_sourceIds.at(document))->text;
    Annotation annotation;
    if (orphaned) {
        annotation = AnnotationStore::makeAnnotation(m_sourceIds.at(document), text, 0, 0, styleId);
        annotation.quote = {quote, u"قبل "_s, u" بعد"_s};
        annotation.state = AnchorState::Orphaned;
    } else {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(quote, at + 1);
        QVERIFY2(at >= 0, qPrintable(quote));
        annotation = AnnotationStore::makeAnnotation(m_sourceIds.at(document), text, int(at),
                                                     int(at + quote.size()), styleId);
    }
    annotation.note = note;
    annotation.tags = tags;
    AnnotationRepository repository(*m_source);
    QVERIFY2(repository.insert(annotation), qPrintable(repository.lastError()));

    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, exportLibrary(*m_source));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.unanchored, 0);
    QCOMPARE(snapshot(*m_target), snapshot(*m_source));
    if (!orphaned) {
        const Annotation imported =
            AnnotationStore(*m_target, m_targetIds.at(document)).annotations().constFirst();
        const QString targetText = DocumentStore(*m_target).find(m_targetIds.at(document))->text;
        QCOMPARE(targetText.mid(imported.start, imported.length()), quote);
    }
}

void TestW3cJsonImporter::annotateSource(int count)
{
    // Random ranges over the three documents (snapped to graphemes), notes, tags, styles.
    QRandomGenerator random(2024);
    const auto styles = StyleStore(*m_source).all();
    const QStringList tagNames = {u"verified"_s, u"Verified"_s, u"مُؤكَّد"_s, u"needs source"_s, u"رأي"_s};
    AnnotationRepository repository(*m_source);
    QStringList texts;
    for (const qint64 id : std::as_const(m_sourceIds))
        texts.append(DocumentStore(*m_source).find(id)->text);
    Transaction transaction(*m_source);
    for (int i = 0; i < count; ++i) {
        const int document = i % int(m_sourceIds.size());
        const QString &text = texts.at(document);
        const int start = int(random.bounded(int(text.size()) - 10));
        int end = start + 1 + int(random.bounded(qMin(60, int(text.size()) - start - 1)));
        while (end < text.size() && (text.at(end).isLowSurrogate() || text.at(end).isMark()))
            ++end;
        int from = start;
        while (from > 0 && (text.at(from).isLowSurrogate() || text.at(from).isMark()))
            --from;
        Annotation a = AnnotationStore::makeAnnotation(m_sourceIds.at(document), text, from, end,
                                                       i % 4 ? styles.at(i % styles.size()).id : 0);
        if (i % 3 == 0)
            a.note = u"ملاحظة رقم %1 عن الاستقلالية"_s.arg(i);
        if (i % 5 == 0)
            a.tags = {tagNames.at(i % tagNames.size()), tagNames.at((i + 2) % tagNames.size())};
        QVERIFY2(repository.insert(a), qPrintable(repository.lastError()));
    }
    QVERIFY(transaction.commit());
}

void TestW3cJsonImporter::roundTripOfManyIsExactAndSearchable_data()
{
    QTest::addColumn<int>("annotations");
    QTest::newRow("300") << 300;
    // More than the reading thread may run ahead of the writing one (8 batches of 256).
    QTest::newRow("3,000, read while written") << 3000;
}

void TestW3cJsonImporter::roundTripOfManyIsExactAndSearchable()
{
    QFETCH(int, annotations);
    annotateSource(annotations);
    if (QTest::currentTestFailed())
        return;
    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, exportLibrary(*m_source));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.mid(0, 5).join(u'\n')));
    QCOMPARE(report.imported, annotations);
    QCOMPARE(snapshot(*m_target), snapshot(*m_source));
    QCOMPARE(count(*m_target, u"tag"_s), count(*m_source, u"tag"_s));
    // The search index holds the imported notes and tags, as if they had been typed.
    QVERIFY(!SearchIndex(*m_target).search(u"الاستقلالية"_s).isEmpty());
    QCOMPARE(SearchIndex(*m_target).search(u"الاستقلالية"_s, 1000).size(),
             SearchIndex(*m_source).search(u"الاستقلالية"_s, 1000).size());
    QCOMPARE(SearchIndex(*m_target).search(u"مؤكد"_s, 1000).size(),
             SearchIndex(*m_source).search(u"مؤكد"_s, 1000).size());
}

void TestW3cJsonImporter::reimportIsIdempotent()
{
    const QString text = m_burkinaText;
    AnnotationRepository repository(*m_source);
    for (int i = 0; i < 5; ++i) {
        Annotation a =
            AnnotationStore::makeAnnotation(m_sourceIds.at(0), text, 100 * i + 10, 100 * i + 30, 1);
        a.tags = {u"verified"_s};
        QVERIFY(repository.insert(a));
    }
    const QByteArray exported = exportLibrary(*m_source);
    const AnnotationImportReport first = W3cJsonImporter::import(*m_target, exported);
    QCOMPARE(first.imported, 5);
    const QStringList before = snapshot(*m_target);
    const int entries = count(*m_target, u"search_entry"_s);
    const AnnotationImportReport second = W3cJsonImporter::import(*m_target, exported);
    QVERIFY(second.ok());
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.alreadyPresent, 5);
    QCOMPARE(second.unanchored, 0);
    QCOMPARE(second.summary(), u"imported 0, already present 5, not anchored 0"_s);
    QCOMPARE(snapshot(*m_target), before);
    QCOMPARE(count(*m_target, u"search_entry"_s), entries);
    QCOMPARE(count(*m_target, u"tag"_s), 1);
}

void TestW3cJsonImporter::foreignAnnotations_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // the text the imported annotation must mark
    QTest::addColumn<QString>("note");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("state");

    QTest::newRow("Hypothesis-like: quote selector only, unknown web source")
        << u"hypothesis"_s << u"العسكري الروسي"_s << u"A reader's comment"_s
        << QStringList{u"russia"_s, u"security"_s} << u"anchored"_s;
    QTest::newRow("position selector only, source is the file path")
        << u"position"_s << u"بالتعاونِ"_s << QString() << QStringList() << u"anchored"_s;
    QTest::newRow("quote selector only, source is a file URL")
        << u"file url"_s << u"Sputnik"_s << u"bodyValue note"_s << QStringList() << u"anchored"_s;
    QTest::newRow("quote refining an XPath range selector")
        << u"refined"_s << u"سانكارا"_s << QString() << QStringList{u"person"_s} << u"anchored"_s;
    QTest::newRow("stale position, quote found elsewhere: relocated")
        << u"stale"_s << u"«التعاونُ العسكريُّ»"_s << QString() << QStringList() << u"relocated"_s;
    QTest::newRow("single annotation object in an AnnotationPage")
        << u"page"_s << u"مهمٌّ"_s << QString() << QStringList() << u"anchored"_s;
}

void TestW3cJsonImporter::foreignAnnotations()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(QString, note);
    QFETCH(QStringList, tags);
    QFETCH(QString, state);

    const QString burkina = m_burkinaText;
    QJsonObject annotation{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                           {u"type"_s, u"Annotation"_s}};
    QJsonObject target;
    QJsonValue top;
    if (kind == u"hypothesis") {
        const int at = int(burkina.indexOf(expected));
        annotation.insert(u"id"_s, u"https://hypothes.is/a/Xy12AbCdEf"_s);
        annotation.insert(u"motivation"_s, u"commenting"_s);
        annotation.insert(u"body"_s,
                          QJsonArray{QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, note}},
                                     QJsonObject{{u"type"_s, u"TextualBody"_s},
                                                 {u"purpose"_s, u"tagging"_s},
                                                 {u"value"_s, tags.at(0)}},
                                     QJsonObject{{u"type"_s, u"TextualBody"_s},
                                                 {u"purpose"_s, u"tagging"_s},
                                                 {u"value"_s, tags.at(1)}}});
        target = {
            {u"source"_s, u"https://www.example.org/news/burkina-faso"_s},
            {u"selector"_s, QJsonArray{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                   {u"exact"_s, expected},
                                                   {u"prefix"_s, burkina.mid(at - 12, 12)},
                                                   {u"suffix"_s, burkina.mid(at + expected.size(), 12)}}}}};
        top = annotation;
    } else if (kind == u"position" || kind == u"stale" || kind == u"page") {
        const QString stored = DocumentStore(*m_target).find(m_targetIds.at(1))->text;
        const QList<uint> codePoints = stored.toUcs4();
        const QList<uint> needle = expected.toUcs4();
        const int start =
            int(std::search(codePoints.cbegin(), codePoints.cend(), needle.cbegin(), needle.cend())
                - codePoints.cbegin());
        if (kind == u"position") {
            target = {{u"source"_s, m_emojiPath},
                      {u"selector"_s, QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                                  {u"start"_s, start},
                                                  {u"end"_s, start + int(needle.size())}}}};
        } else {
            QJsonArray selectors{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, expected}}};
            if (kind == u"stale")
                selectors.append(
                    QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, 0}, {u"end"_s, 3}});
            target = {{u"source"_s, m_emojiPath}, {u"selector"_s, selectors}};
        }
        top = annotation;
    } else if (kind == u"file url") {
        annotation.insert(u"bodyValue"_s, note);
        target = {{u"source"_s, QUrl::fromLocalFile(m_emojiPath).toString()},
                  {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, expected}}}};
        top = annotation;
    } else if (kind == u"refined") {
        annotation.insert(u"motivation"_s, u"tagging"_s);
        annotation.insert(u"body"_s, QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, tags.at(0)}});
        const int at = int(burkina.indexOf(expected));
        target = {{u"source"_s, u"urn:x-unknown:1"_s},
                  {u"selector"_s,
                   QJsonObject{{u"type"_s, u"RangeSelector"_s},
                               {u"startSelector"_s,
                                QJsonObject{{u"type"_s, u"XPathSelector"_s}, {u"value"_s, u"/p[3]"_s}}},
                               {u"refinedBy"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                            {u"exact"_s, expected},
                                                            {u"prefix"_s, burkina.mid(at - 20, 20)}}}}}};
        top = QJsonArray{annotation};
    }
    annotation.insert(u"target"_s, target);
    if (top.isObject())
        top = annotation;
    else
        top = QJsonArray{annotation};
    if (kind == u"page")
        top = QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, QJsonArray{annotation}}};

    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, json(top));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.imported, 1);

    Annotation imported;
    QString text;
    for (int i = 0; i < m_targetIds.size(); ++i) {
        const auto annotations = AnnotationStore(*m_target, m_targetIds.at(i)).annotations();
        if (!annotations.isEmpty()) {
            imported = annotations.constFirst();
            text = DocumentStore(*m_target).find(m_targetIds.at(i))->text;
        }
    }
    QCOMPARE(text.mid(imported.start, imported.length()), expected);
    QCOMPARE(imported.quote.exact, expected);
    QCOMPARE(imported.note, note);
    QCOMPARE(imported.tags, tags);
    QCOMPARE(AnnotationRepository::stateName(imported.state), state);
    // Another tool's id is not a uuid: a second import must still recognise the annotation.
    const AnnotationImportReport again = W3cJsonImporter::import(*m_target, json(top));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.alreadyPresent, 1);
}

void TestW3cJsonImporter::malformedInputGivesReasons_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("reason");

    const QByteArray quoteSelector = R"({"type": "TextQuoteSelector", "exact": "روسيا"})";
    const auto withSelector = [](const QByteArray &selector,
                                 const QByteArray &source = "urn:x:unknown") -> QByteArray {
        return R"({"id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation", "target": {"source": ")"
               + source + R"(", "selector": )" + selector + "}}";
    };
    QTest::newRow("JSON array of numbers") << QByteArray("[1, 2, 3]") << 3 << u"item 2 is a number"_s;
    QTest::newRow("missing target") << QByteArray(R"({"type": "Annotation", "body": {"value": "x"}})") << 1
                                    << u"it has no target"_s;
    QTest::newRow("target is a whole document IRI")
        << QByteArray(R"([{"type": "Annotation", "target": "https://example.org/page"}])") << 1
        << u"whole resource (https://example.org/page)"_s;
    QTest::newRow("position past the end of the document")
        << withSelector(R"({"type": "TextPositionSelector", "start": 5, "end": 99999999})", "__EMOJI__") << 1
        << u"past the end of the document"_s;
    QTest::newRow("reversed range") << withSelector(
        R"({"type": "TextPositionSelector", "start": 9, "end": 4})")
                                    << 1 << u"reversed (start 9 > end 4)"_s;
    QTest::newRow("negative position")
        << withSelector(R"({"type": "TextPositionSelector", "start": -3, "end": 4})") << 1 << u"negative"_s;
    QTest::newRow("huge position") << withSelector(
        R"({"type": "TextPositionSelector", "start": 0, "end": 1e300})")
                                   << 1 << u"too large"_s;
    QTest::newRow("position that is not a number")
        << withSelector(R"({"type": "TextPositionSelector", "start": "3", "end": 4})") << 1
        << u"not a number"_s;
    QTest::newRow("quote not found in any document")
        << withSelector(R"({"type": "TextQuoteSelector", "exact": "نص لا يوجد في أي وثيقة"})") << 1
        << u"its quote is in no document"_s;
    QTest::newRow("ambiguous quote without context")
        << withSelector(quoteSelector) << 1 << u"context does not tell which"_s;
    QTest::newRow("only unknown selectors")
        << withSelector(R"([{"type": "FragmentSelector", "value": "page=3"}])") << 1
        << u"only FragmentSelector"_s;
    QTest::newRow("quote selector without exact")
        << withSelector(R"({"type": "TextQuoteSelector", "exact": 42})") << 1 << u"not a string"_s;
}

void TestW3cJsonImporter::malformedInputGivesReasons()
{
    QFETCH(QByteArray, input);
    QFETCH(int, skipped);
    QFETCH(QString, reason);
    input.replace("__EMOJI__", m_emojiPath.toUtf8());
    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, input);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.unanchored, skipped);
    QCOMPARE(report.problems.size(), skipped);
    QVERIFY2(report.problems.join(u'\n').contains(reason), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.problems.constFirst().count(u'\t'), 2); // ID, reason, quote
    QCOMPARE(count(*m_target, u"annotation"_s), 0);
}

void TestW3cJsonImporter::unreadableInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("<html>not json</html>") << u"not valid JSON"_s;
    QTest::newRow("truncated JSON") << QByteArray(R"({"type": "AnnotationCollection", "first": {"items": [)")
                                    << u"not valid JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("collection with pages by address")
        << QByteArray(R"({"type": "AnnotationCollection", "total": 3, "first": "https://example.org/p1"})")
        << u"by address"_s;
}

void TestW3cJsonImporter::unreadableInputWritesNothing()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, input);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(reason), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    QCOMPARE(count(*m_target, u"annotation"_s), 0);
}

void TestW3cJsonImporter::libraryErrorRollsBackEverything()
{
    AnnotationRepository repository(*m_source);
    for (const QString &quote : {u"روسيا"_s, u"سانكارا"_s, u"الإرهابية"_s}) {
        const int at = int(m_burkinaText.indexOf(quote));
        Annotation a =
            AnnotationStore::makeAnnotation(m_sourceIds.at(0), m_burkinaText, at, at + int(quote.size()), 0);
        a.tags = {u"tag of "_s + quote};
        a.note = u"note"_s;
        QVERIFY(repository.insert(a));
    }
    QSqlQuery refuse(m_target->database());
    // The last annotation in reading order is refused, after the others (and their tags) were written.
    QVERIFY(refuse.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON annotation WHEN new.exact = 'الإرهابية' "
                        u"BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
    const int entries = count(*m_target, u"search_entry"_s);
    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, exportLibrary(*m_source));
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"refused by the test"_s), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    QCOMPARE(count(*m_target, u"annotation"_s), 0);
    QCOMPARE(count(*m_target, u"tag"_s), 0);
    QCOMPARE(count(*m_target, u"annotation_tag"_s), 0);
    QCOMPARE(count(*m_target, u"search_entry"_s), entries);
    // The library still works, and the same file imports once the cause is gone.
    QVERIFY(refuse.exec(u"DROP TRIGGER refuse"_s));
    const AnnotationImportReport retry = W3cJsonImporter::import(*m_target, exportLibrary(*m_source));
    QCOMPARE(retry.imported, 3);
    QCOMPARE(snapshot(*m_target), snapshot(*m_source));
}

void TestW3cJsonImporter::fileTheScannerLeavesToQtImportsOnce()
{
    annotateSource(3000);
    // A duplicate key past the middle: Qt reads it (the last one wins), the importer's scanner does not. The
    // annotations before it were already written when that shows; they must not be there twice.
    QByteArray json = exportLibrary(*m_source);
    const qsizetype at = json.indexOf("\"type\":\"Annotation\"", json.size() / 2);
    QVERIFY(at > 0);
    json.insert(at, "\"type\":\"Other\",");
    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, json);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, 3000);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.mid(0, 3).join(u'\n')));
    QCOMPARE(count(*m_target, u"annotation"_s), 3000);
    QCOMPARE(snapshot(*m_target), snapshot(*m_source));
    QCOMPARE(SearchIndex(*m_target).search(u"الاستقلالية"_s, 5000).size(),
             SearchIndex(*m_source).search(u"الاستقلالية"_s, 5000).size());
}

void TestW3cJsonImporter::truncatedLargeFileWritesNothing()
{
    annotateSource(3000);
    const int entries = count(*m_target, u"search_entry"_s);
    QByteArray json = exportLibrary(*m_source);
    json.truncate(json.size() * 9 / 10); // most annotations are read, and written, before the end is missed
    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, json);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"not valid JSON"_s), qPrintable(report.error));
    QCOMPARE(report.imported, 0);
    QCOMPARE(count(*m_target, u"annotation"_s), 0);
    QCOMPARE(count(*m_target, u"search_entry"_s), entries);
    QVERIFY(SearchIndex(*m_target).isIntact());
}

void TestW3cJsonImporter::libraryErrorWhileReadingStopsEverything()
{
    annotateSource(3000);
    // The 101st annotation is refused while the reading thread is still far ahead (the feed is full).
    QSqlQuery refuse(m_target->database());
    QVERIFY(refuse.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON annotation "
                        u"WHEN (SELECT count(*) FROM annotation) >= 100 "
                        u"BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
    const AnnotationImportReport report = W3cJsonImporter::import(*m_target, exportLibrary(*m_source));
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"refused by the test"_s), qPrintable(report.error));
    QCOMPARE(count(*m_target, u"annotation"_s), 0);
    QCOMPARE(count(*m_target, u"tag"_s), 0);
    QVERIFY(refuse.exec(u"DROP TRIGGER refuse"_s));
    QCOMPARE(W3cJsonImporter::import(*m_target, exportLibrary(*m_source)).imported, 3000);
}

QTEST_GUILESS_MAIN(TestW3cJsonImporter)
#include "tst_w3cjsonimporter.moc"
