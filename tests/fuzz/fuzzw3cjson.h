#pragma once

// Fuzz target: W3C Web Annotation JSON-LD from another tool → W3cJsonImporter::import into an in-memory
// library holding one real article. All or nothing: a failed import writes nothing; every stored annotation
// lies inside the text, on grapheme boundaries, and an anchored one still reads its quote.
#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "fuzzcheck.h"
#include "interop/w3cjsonimporter.h"
#include "interop/w3cjsonimporterparser.h"
#include "interop/w3cjsonimporterscanner.h"
#include "library/documentimporter.h"
#include "library/library.h"
#include "text/textboundaries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>

namespace hashiya::fuzz {

using namespace Qt::StringLiterals;

namespace detail {

inline const Article &article()
{
    static const Article loaded = [] {
        const LoadResult result =
            ArticleLoader::loadFile(QStringLiteral(HASHIYA_CORPUS) + "/burkina-faso-russia.ar.txt"_L1);
        FUZZ_CHECK(result.ok());
        return result.article;
    }();
    return loaded;
}

inline int annotationRows(Library &library)
{
    QSqlQuery query(library.database());
    FUZZ_CHECK(query.exec(u"SELECT count(*) FROM annotation"_s) && query.next());
    return query.value(0).toInt();
}

/// The importer's hand-written JSON parser accepts only what QJsonDocument reads, and reads it to the same
/// tree.
inline void checkScannerAgreesWithQt(const QByteArray &input)
{
    W3cJsonImporterValue value;
    if (!W3cJsonImporterScanner::parse(input, &value))
        return; // left to QJsonDocument, which then decides alone
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(value.toQJsonValue()
               == (document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object())));
}

/// Everything the importer uses of a candidate, as one comparable line.
inline QString describeCandidate(const W3cJsonImporterCandidate &c)
{
    return QStringList{c.label,
                       c.id.toString(),
                       c.source,
                       c.sourcePath,
                       QString::number(c.hasQuote),
                       c.quote.exact,
                       c.quote.prefix,
                       c.quote.suffix,
                       QString::number(c.hasPosition),
                       QString::number(c.start),
                       QString::number(c.end),
                       c.note,
                       c.tags.join(u'|'),
                       c.styleName,
                       c.styleColor.isValid() ? c.styleColor.name() : QString(),
                       c.created,
                       c.modified,
                       QString::number(int(c.state))}
        .join(u'\t');
}

/// Reading while scanning hands over the very candidates, problems and error of reading the whole file
/// first, in the same order, unless it gave up on a file the scanner leaves to Qt.
inline void checkStreamingAgreesWithWhole(const QByteArray &input)
{
    QStringList streamed;
    const W3cJsonImporterParser::Result stream =
        W3cJsonImporterParser::parse(input, [&streamed](W3cJsonImporterCandidate &&candidate) {
            streamed.append(describeCandidate(candidate));
            return true;
        });
    FUZZ_CHECK(!stream.stopped && stream.candidates.isEmpty());
    if (stream.streamAbandoned) {
        W3cJsonImporterValue value;
        FUZZ_CHECK(!W3cJsonImporterScanner::parse(input, &value));
        return;
    }
    const W3cJsonImporterParser::Result whole = W3cJsonImporterParser::parse(input);
    QStringList read;
    for (const W3cJsonImporterCandidate &candidate : whole.candidates)
        read.append(describeCandidate(candidate));
    FUZZ_CHECK(stream.error == whole.error);
    FUZZ_CHECK(stream.problems == whole.problems);
    FUZZ_CHECK(streamed == read);
}

} // namespace detail

/// Runs one input through the w3cjson target's code path, checking its invariants (FUZZ_CHECK).
inline void fuzzW3cJson(const QByteArray &input)
{
    detail::checkScannerAgreesWithQt(input);
    detail::checkStreamingAgreesWithWhole(input);
    // A fresh library per input, so one input's annotations never change how the next one imports.
    QString error;
    const std::unique_ptr<Library> library = Library::open(u":memory:"_s, &error);
    FUZZ_CHECK(library);
    const DocumentImporter::Result document = DocumentImporter::import(*library, detail::article());
    FUZZ_CHECK(document.error.isEmpty());

    const AnnotationImportReport report = W3cJsonImporter::import(*library, input);
    const int rows = detail::annotationRows(*library);
    if (!report.ok()) {
        FUZZ_CHECK(rows == 0);
        return;
    }
    FUZZ_CHECK(rows == report.imported);
    FUZZ_CHECK(report.imported >= 0 && report.alreadyPresent >= 0 && report.unanchored >= 0);

    const QString &text = detail::article().text;
    const QVector<Annotation> stored = AnnotationStore(*library, document.record.id).annotations();
    for (const Annotation &annotation : stored) {
        if (annotation.state == AnchorState::Orphaned)
            continue;
        FUZZ_CHECK(annotation.start >= 0 && annotation.start <= annotation.end
                   && annotation.end <= text.size());
        FUZZ_CHECK(TextBoundaries::isGraphemeBoundary(text, annotation.start));
        FUZZ_CHECK(TextBoundaries::isGraphemeBoundary(text, annotation.end));
        if (annotation.state == AnchorState::Anchored)
            FUZZ_CHECK(QStringView(text).mid(annotation.start, annotation.length())
                       == annotation.quote.exact);
    }
}

} // namespace hashiya::fuzz
