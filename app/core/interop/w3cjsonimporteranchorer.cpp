#include "interop/w3cjsonimporteranchorer.h"

#include "annotation/annotationstore.h"
#include "library/library.h"
#include "library/sqlvalues.h"
#include "text/textboundaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

// A quote found more often than this is too common to tell its place from its context: a guess would be
// wrong more often than right, and scanning every occurrence of a letter in a book for each of 100,000
// annotations would take minutes.
constexpr int maximumOccurrences = 2000;

// How many units of `context` agree with the text next to a match: backwards for a prefix, forwards for a
// suffix.
int agreeingPrefix(QStringView text, int start, QStringView prefix)
{
    int n = 0;
    while (n < prefix.size() && n < start && text[start - 1 - n] == prefix[prefix.size() - 1 - n])
        ++n;
    return n;
}

int agreeingSuffix(QStringView text, int end, QStringView suffix)
{
    int n = 0;
    while (n < suffix.size() && end + n < text.size() && text[end + n] == suffix[n])
        ++n;
    return n;
}

} // namespace

W3cJsonImporterAnchorer::W3cJsonImporterAnchorer(const Library &library)
    : m_library(library)
{}

bool W3cJsonImporterAnchorer::loadDocuments(QString *error)
{
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, uuid, source_path FROM document ORDER BY id"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Document document;
        document.id = q.value(0).toLongLong();
        document.uuid = sql::toUuid(q.value(1));
        document.sourcePath = q.value(2).toString();
        const int index = int(m_documents.size());
        m_byUuid.insert(document.uuid, index);
        if (!document.sourcePath.isEmpty()) {
            // Ascending ids: a newer version replaces an older one. The cleaned form lets "a/../b" find "b".
            m_byPath.insert(document.sourcePath, index);
            m_byPath.insert(QDir::cleanPath(document.sourcePath), index);
        }
        m_documents.append(std::move(document));
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool W3cJsonImporterAnchorer::load(Document &document, QString *error)
{
    if (document.loaded)
        return true;
    QSqlQuery &q = m_library.statement(u"SELECT text FROM document WHERE id = ?"_s);
    q.addBindValue(document.id);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() ? q.lastError().text()
                                         : QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                                       "A document left the library.");
        return false;
    }
    document.text = q.value(0).toString();
    q.finish();
    document.index = CodePointIndex(document.text);
    document.loaded = true;
    return true;
}

int W3cJsonImporterAnchorer::documentByPath(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    auto found = m_byPath.constFind(path);
    if (found == m_byPath.cend() && path.startsWith(u"file:"_s, Qt::CaseInsensitive))
        found = m_byPath.constFind(QUrl(path).toLocalFile());
    if (found == m_byPath.cend() && !path.contains(u"://"_s))
        found = m_byPath.constFind(QDir::cleanPath(path));
    return found == m_byPath.cend() ? -1 : found.value();
}

int W3cJsonImporterAnchorer::documentFor(const W3cJsonImporterCandidate &candidate) const
{
    const QString &source = candidate.source;
    if (source.startsWith(u"urn:uuid:"_s, Qt::CaseInsensitive)) {
        const auto found = m_byUuid.constFind(QUuid::fromString(QStringView(source).mid(9)));
        if (found != m_byUuid.cend())
            return found.value();
    }
    if (const int index = documentByPath(candidate.sourcePath); index >= 0)
        return index;
    // Another tool names the document by its address: a path, a file URL, or the URL it was saved from.
    return documentByPath(source);
}

QString W3cJsonImporterAnchorer::anchor(const W3cJsonImporterCandidate &candidate, Anchor *anchor,
                                        QString *error)
{
    const int index = documentFor(candidate);
    if (index < 0) {
        if (!candidate.hasQuote)
            return candidate.source.isEmpty()
                       ? QCoreApplication::translate(
                           "hashiya::W3cJsonImporter",
                           "no document: its target has no source and no quote to look for")
                       : QCoreApplication::translate(
                             "hashiya::W3cJsonImporter",
                             "no document in the library is %1, and there is no quote to look for")
                             .arg(candidate.source);
        return anchorByQuoteAnywhere(candidate, anchor, error);
    }
    Document &document = m_documents[index];
    if (!load(document, error))
        return {};
    return anchorIn(document, candidate, anchor);
}

void W3cJsonImporterAnchorer::fill(const Document &document, int start, int end,
                                   const W3cJsonImporterCandidate &candidate, AnchorState state,
                                   Anchor *anchor) const
{
    anchor->documentId = document.id;
    anchor->start = start;
    anchor->end = end;
    anchor->state = state;
    const QStringView text(document.text);
    // The quote as written when the text around the place agrees with it (exactly what was exported);
    // otherwise the library's own quote and context for the place.
    if (candidate.hasQuote && text.mid(start, end - start) == candidate.quote.exact
        && agreeingPrefix(text, start, candidate.quote.prefix) == candidate.quote.prefix.size()
        && agreeingSuffix(text, end, candidate.quote.suffix) == candidate.quote.suffix.size())
        anchor->quote = candidate.quote;
    else
        anchor->quote = AnnotationStore::quoteFor(document.text, start, end);
}

QString W3cJsonImporterAnchorer::anchorIn(Document &document, const W3cJsonImporterCandidate &candidate,
                                          Anchor *anchor)
{
    const QStringView text(document.text);
    const bool orphaned = candidate.state == AnchorState::Orphaned;
    // An empty range marks nothing: an orphaned annotation is exported at 0–0, and the quote is its truth.
    const bool usePosition = candidate.hasPosition && candidate.end > candidate.start && !orphaned;
    QString positionProblem;
    if (usePosition) {
        if (candidate.end > document.index.codePointCount()) {
            positionProblem = QCoreApplication::translate(
                                  "hashiya::W3cJsonImporter",
                                  "its position %1–%2 is past the end of the document (%n character(s))",
                                  nullptr, int(document.index.codePointCount()))
                                  .arg(candidate.start)
                                  .arg(candidate.end);
        } else {
            const int start = document.index.toUtf16Offset(candidate.start);
            const int end = document.index.toUtf16Offset(candidate.end);
            if (!candidate.hasQuote) {
                // A position alone: taken as it is, widened to whole graphemes (never a letter without its
                // vowel marks).
                const int snappedStart = TextBoundaries::snapToGrapheme(document.text, start, false);
                const int snappedEnd = TextBoundaries::snapToGrapheme(document.text, end, true);
                const bool moved = snappedStart != start || snappedEnd != end;
                fill(document, snappedStart, snappedEnd, candidate,
                     moved ? AnchorState::Relocated : candidate.state, anchor);
                return {};
            }
            if (text.mid(start, end - start) == candidate.quote.exact) {
                fill(document, start, end, candidate, candidate.state, anchor);
                return {};
            }
        }
        if (!candidate.hasQuote)
            return positionProblem;
    }
    if (!candidate.hasQuote)
        return QCoreApplication::translate("hashiya::W3cJsonImporter", "its position range is empty");

    // The quote, searched exactly; the occurrence whose context agrees best, then the nearest to the
    // position.
    QVector<Occurrence> occurrences;
    findQuote(int(&document - m_documents.data()), candidate.quote, &occurrences);
    const auto keepOrphaned = [&] {
        // Orphaned where it came from too: kept with its quote and note, as re-anchoring keeps it.
        anchor->documentId = document.id;
        anchor->start = anchor->end = 0;
        anchor->quote = candidate.quote;
        anchor->state = AnchorState::Orphaned;
        return QString();
    };
    if (occurrences.isEmpty()) {
        if (orphaned)
            return keepOrphaned();
        return positionProblem.isEmpty()
                   ? QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                 "its quote is not in the document")
                   : positionProblem
                         + QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                       ", and its quote is not in the document");
    }
    if (occurrences.size() > maximumOccurrences)
        return QCoreApplication::translate("hashiya::W3cJsonImporter",
                                           "its quote occurs more than %1 times in the document")
            .arg(maximumOccurrences);
    const int best =
        std::max_element(occurrences.cbegin(), occurrences.cend(),
                         [](const Occurrence &a, const Occurrence &b) { return a.score < b.score; })
            ->score;
    QVector<Occurrence> tied;
    for (const Occurrence &occurrence : std::as_const(occurrences)) {
        if (occurrence.score == best)
            tied.append(occurrence);
    }
    const Occurrence *chosen = &tied.constFirst();
    if (tied.size() > 1) {
        if (orphaned)
            return keepOrphaned();
        if (!candidate.hasPosition)
            return QCoreApplication::translate(
                "hashiya::W3cJsonImporter",
                "its quote occurs %n time(s) in the document and its context does not "
                "tell which",
                nullptr, int(tied.size()));
        const int hint = document.index.toUtf16Offset(candidate.start);
        chosen =
            &*std::min_element(tied.cbegin(), tied.cend(), [hint](const Occurrence &a, const Occurrence &b) {
                return std::abs(a.start - hint) < std::abs(b.start - hint);
            });
    }
    const int start = chosen->start;
    const int end = start + int(candidate.quote.exact.size());
    const bool moved = candidate.hasPosition && !orphaned;
    fill(document, start, end, candidate, moved ? AnchorState::Relocated : AnchorState::Anchored, anchor);
    if (!moved && candidate.state == AnchorState::Relocated)
        anchor->state = AnchorState::Relocated;
    return {};
}

void W3cJsonImporterAnchorer::findQuote(int documentIndex, const TextQuote &quote,
                                        QVector<Occurrence> *occurrences) const
{
    const QStringView text(m_documents.at(documentIndex).text);
    const QStringView exact(quote.exact);
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
        const int start = int(at);
        const int score = agreeingPrefix(text, start, quote.prefix)
                          + agreeingSuffix(text, start + int(exact.size()), quote.suffix);
        occurrences->append({documentIndex, start, score});
        if (occurrences->size() > maximumOccurrences)
            return;
    }
}

QString W3cJsonImporterAnchorer::anchorByQuoteAnywhere(const W3cJsonImporterCandidate &candidate,
                                                       Anchor *anchor, QString *error)
{
    QVector<Occurrence> occurrences;
    for (int i = 0; i < m_documents.size(); ++i) {
        if (!load(m_documents[i], error))
            return {};
        findQuote(i, candidate.quote, &occurrences);
        if (occurrences.size() > maximumOccurrences)
            return QCoreApplication::translate("hashiya::W3cJsonImporter",
                                               "its quote occurs more than %1 times in the library")
                .arg(maximumOccurrences);
    }
    const QString unknown =
        candidate.source.isEmpty()
            ? QString()
            : QCoreApplication::translate("hashiya::W3cJsonImporter", "no document is %1 and ")
                  .arg(candidate.source);
    if (occurrences.isEmpty())
        return unknown
               + QCoreApplication::translate("hashiya::W3cJsonImporter",
                                             "its quote is in no document of the library");
    int best = -1;
    int bestCount = 0;
    const Occurrence *chosen = nullptr;
    for (const Occurrence &occurrence : std::as_const(occurrences)) {
        if (occurrence.score > best) {
            best = occurrence.score;
            bestCount = 1;
            chosen = &occurrence;
        } else if (occurrence.score == best) {
            ++bestCount;
        }
    }
    if (bestCount > 1)
        return unknown
               + QCoreApplication::translate(
                   "hashiya::W3cJsonImporter",
                   "its quote occurs %n time(s) in the library and its context does not "
                   "tell which",
                   nullptr, int(bestCount));
    const Document &document = m_documents.at(chosen->document);
    // A position counts in a document we did not know it was about: only a hint, the quote decides.
    const bool moved =
        candidate.hasPosition && document.index.toUtf16Offset(candidate.start) != chosen->start;
    fill(document, chosen->start, chosen->start + int(candidate.quote.exact.size()), candidate,
         moved ? AnchorState::Relocated : AnchorState::Anchored, anchor);
    return {};
}

} // namespace hashiya
