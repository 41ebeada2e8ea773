#include "annotation/annotationstore.h"

#include "library/documentstore.h"
#include "library/library.h"
#include "library/sqlvalues.h"
#include "library/tagkey.h"
#include "library/transaction.h"
#include "text/textboundaries.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace hashiya {

namespace {

constexpr int contextLength = 32;

// Reading order; the uuid makes it total, matching AnnotationRepository::load's ORDER BY (uuid text order
// equals QUuid's order for the random uuids we create).
bool readingOrderLess(const Annotation &a, const Annotation &b)
{
    return std::tie(a.start, a.end, a.created) < std::tie(b.start, b.end, b.created)
           || (std::tie(a.start, a.end, a.created) == std::tie(b.start, b.end, b.created)
               && sql::fromUuid(a.id) < sql::fromUuid(b.id));
}

// Same place in reading order: a row whose key is unchanged can be updated where it is.
bool sameOrder(const Annotation &a, const Annotation &b)
{
    return a.start == b.start && a.end == b.end && a.created == b.created;
}

// Annotation::operator== leaves out the dates; a reload must also see a new modification time.
bool sameRow(const Annotation &a, const Annotation &b)
{
    return a == b && a.created == b.created && a.modified == b.modified;
}

} // namespace

AnnotationStore::AnnotationStore(Library &library, qint64 documentId, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_repository(library)
    , m_documentId(documentId)
{
    m_loaded = m_repository.load(documentId, &m_annotations);
    if (!m_loaded) {
        m_lastError = m_repository.lastError();
        m_annotations.clear();
    }
}

int AnnotationStore::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations.at(i).id == id)
            return i;
    }
    return -1;
}

const Annotation *AnnotationStore::find(const QUuid &id) const
{
    const int row = indexOf(id);
    return row < 0 ? nullptr : &m_annotations.at(row);
}

int AnnotationStore::tagIndex(const QUuid &id, const QString &name) const
{
    const Annotation *annotation = find(id);
    if (!annotation)
        return -1;
    const QString key = tagKey(name);
    for (int i = 0; i < annotation->tags.size(); ++i) {
        if (tagKey(annotation->tags.at(i)) == key)
            return i;
    }
    return -1;
}

bool AnnotationStore::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    return false;
}

int AnnotationStore::insertionRow(const Annotation &annotation) const
{
    return int(std::upper_bound(m_annotations.cbegin(), m_annotations.cend(), annotation, readingOrderLess)
               - m_annotations.cbegin());
}

template<typename Write> bool AnnotationStore::write(Write &&write)
{
    Transaction transaction(m_library);
    if (!transaction.isActive())
        return fail(writeError(transaction.errorMessage()));
    if (!write())
        return fail(writeError(m_repository.lastError()));
    if (!transaction.commit())
        return fail(writeError(transaction.errorMessage()));
    m_lastError.clear();
    return true;
}

QString AnnotationStore::writeError(const QString &sqliteError) const
{
    // SQLITE_BUSY after the busy timeout: another program held the write lock all that time. The edit is
    // refused whole (nothing half-written), so trying again later is all the user needs to know.
    if (sqliteError.contains(QLatin1StringView("database is locked"), Qt::CaseInsensitive)
        || sqliteError.contains(QLatin1StringView("database is busy"), Qt::CaseInsensitive))
        return tr("The library is busy (another Hashiya is writing); try again.");
    return tr("Cannot save to the library: %1").arg(sqliteError);
}

bool AnnotationStore::add(const Annotation &annotation)
{
    if (annotation.id.isNull())
        return fail(tr("Cannot add a highlight without an id."));
    if (indexOf(annotation.id) >= 0)
        return fail(tr("This highlight is already there."));
    if (annotation.documentId != m_documentId)
        return fail(tr("This highlight belongs to another document."));
    if (annotation.start < 0 || annotation.end < annotation.start)
        return fail(tr("Cannot add a highlight with an invalid range."));

    Annotation stored = annotation;
    if (!stored.created.isValid())
        stored.created = sql::now();
    if (!stored.modified.isValid())
        stored.modified = stored.created;
    if (!write([&] { return m_repository.insert(stored); }))
        return false;

    const int row = insertionRow(stored);
    Q_EMIT annotationAboutToBeAdded(row);
    m_annotations.insert(row, stored);
    Q_EMIT annotationAdded(row);
    return true;
}

bool AnnotationStore::remove(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return fail(tr("This highlight is no longer there."));
    if (!write([&] { return m_repository.remove(id); }))
        return false;

    Q_EMIT annotationAboutToBeRemoved(row);
    const Annotation removed = m_annotations.takeAt(row);
    Q_EMIT annotationRemoved(removed);
    return true;
}

bool AnnotationStore::setStyle(const QUuid &id, qint64 styleId)
{
    const int row = indexOf(id);
    if (row < 0)
        return fail(tr("This highlight is no longer there."));
    const QDateTime modified = sql::now();
    if (!write([&] { return m_repository.setStyle(id, styleId, modified); }))
        return false;
    m_annotations[row].styleId = styleId;
    m_annotations[row].modified = modified;
    Q_EMIT annotationChanged(row);
    return true;
}

bool AnnotationStore::setNote(const QUuid &id, const QString &note)
{
    const int row = indexOf(id);
    if (row < 0)
        return fail(tr("This highlight is no longer there."));
    const QDateTime modified = sql::now();
    if (!write([&] { return m_repository.setNote(id, note, modified); }))
        return false;
    m_annotations[row].note = note;
    m_annotations[row].modified = modified;
    Q_EMIT annotationChanged(row);
    return true;
}

bool AnnotationStore::addTag(const QUuid &id, const QString &name)
{
    const Annotation *annotation = find(id);
    return insertTag(id, annotation ? int(annotation->tags.size()) : 0, name);
}

bool AnnotationStore::insertTag(const QUuid &id, int index, const QString &name)
{
    const int row = indexOf(id);
    if (row < 0)
        return fail(tr("This highlight is no longer there."));
    if (tagKey(name).isEmpty())
        return fail(tr("A tag needs a name."));
    if (tagIndex(id, name) >= 0)
        return true;
    index = std::clamp(index, 0, int(m_annotations.at(row).tags.size()));
    const QDateTime modified = sql::now();
    QString storedName;
    if (!write([&] {
            return m_repository.insertTag(id, index, name, &storedName) && m_repository.touch(id, modified);
        }))
        return false;
    m_annotations[row].tags.insert(index, storedName);
    m_annotations[row].modified = modified;
    Q_EMIT annotationChanged(row);
    return true;
}

bool AnnotationStore::removeTag(const QUuid &id, const QString &name)
{
    const int row = indexOf(id);
    if (row < 0)
        return fail(tr("This highlight is no longer there."));
    const int index = tagIndex(id, name);
    if (index < 0)
        return fail(tr("This highlight has no tag “%1”.").arg(name));
    const QDateTime modified = sql::now();
    if (!write([&] { return m_repository.removeTag(id, name) && m_repository.touch(id, modified); }))
        return false;
    m_annotations[row].tags.removeAt(index);
    m_annotations[row].modified = modified;
    Q_EMIT annotationChanged(row);
    return true;
}

const QString *AnnotationStore::documentText()
{
    if (!m_textLoaded) {
        DocumentStore documents(m_library);
        const auto record = documents.find(m_documentId);
        if (!record) {
            fail(tr("Cannot read the document's text: %1").arg(documents.lastError()));
            return nullptr;
        }
        m_text = record->text;
        m_textLoaded = true;
    }
    return &m_text;
}

void AnnotationStore::reposition(int row, const Annotation &changed)
{
    const Annotation previous = m_annotations.at(row);
    m_annotations[row] = changed;
    const bool inOrder =
        (row == 0 || !readingOrderLess(changed, m_annotations.at(row - 1)))
        && (row + 1 == m_annotations.size() || !readingOrderLess(m_annotations.at(row + 1), changed));
    if (inOrder) {
        Q_EMIT annotationChanged(row);
        return;
    }
    Q_EMIT annotationAboutToBeRemoved(row);
    m_annotations.removeAt(row);
    Q_EMIT annotationRemoved(previous); // as it was, so a view clears the range it painted
    const int to = insertionRow(changed);
    Q_EMIT annotationAboutToBeAdded(to);
    m_annotations.insert(to, changed);
    Q_EMIT annotationAdded(to);
}

bool AnnotationStore::reattach(const QUuid &id, int start, int end)
{
    if (indexOf(id) < 0)
        return fail(tr("This highlight is no longer there."));
    const QString *text = documentText();
    if (!text)
        return false;
    if (start < 0 || end <= start || end > text->size())
        return fail(tr("Select the text to attach the highlight to."));
    start = TextBoundaries::snapToGrapheme(*text, start, false);
    end = TextBoundaries::snapToGrapheme(*text, end, true);
    return setAnchor(id, start, end, quoteFor(*text, start, end), AnchorState::Anchored);
}

bool AnnotationStore::setAnchor(const QUuid &id, int start, int end, const TextQuote &quote,
                                AnchorState state)
{
    const int row = indexOf(id);
    if (row < 0)
        return fail(tr("This highlight is no longer there."));
    if (start < 0 || end < start)
        return fail(tr("Cannot move a highlight to an invalid range."));
    const QDateTime modified = sql::now();
    if (!write([&] { return m_repository.setAnchor(id, start, end, quote, state, modified); }))
        return false;
    Annotation changed = m_annotations.at(row);
    changed.start = start;
    changed.end = end;
    changed.quote = quote;
    changed.state = state;
    changed.modified = modified;
    reposition(row, changed);
    return true;
}

int AnnotationStore::reload()
{
    QVector<Annotation> fresh;
    if (!m_repository.load(m_documentId, &fresh)) {
        m_lastError = tr("Cannot read the library: %1").arg(m_repository.lastError());
        return -1;
    }
    // The repository's ORDER BY is ours, but sorting again keeps the invariant whatever it returns.
    std::stable_sort(fresh.begin(), fresh.end(), readingOrderLess);
    m_loaded = true;
    m_lastError.clear();
    const int differences = countDifferences(m_annotations, fresh);
    if (differences == 0)
        return 0;
    if (differences > BulkReloadRows) {
        // A large import from outside: one reset is cheaper than thousands of row signals, each of which a
        // filter proxy and the view's highlight index would process on its own.
        Q_EMIT aboutToBeReset();
        m_annotations = std::move(fresh);
        Q_EMIT reset();
        return differences;
    }
    applyRowByRow(fresh);
    return differences;
}

int AnnotationStore::countDifferences(const QVector<Annotation> &current, const QVector<Annotation> &fresh)
{
    QHash<QUuid, int> freshRows;
    freshRows.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshRows.insert(fresh.at(i).id, i);
    int kept = 0;
    int differences = 0;
    for (const Annotation &annotation : current) {
        const auto found = freshRows.constFind(annotation.id);
        if (found == freshRows.cend()) {
            ++differences; // removed
            continue;
        }
        ++kept;
        if (!sameRow(annotation, fresh.at(found.value())))
            ++differences; // changed
    }
    return differences + int(fresh.size()) - kept; // plus the added ones
}

int AnnotationStore::applyRowByRow(const QVector<Annotation> &fresh)
{
    QHash<QUuid, int> freshRows;
    freshRows.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshRows.insert(fresh.at(i).id, i);
    int differences = 0;

    // Removed, or moved in reading order (re-inserted below): from the end, so rows above keep their index.
    for (int row = int(m_annotations.size()) - 1; row >= 0; --row) {
        const auto found = freshRows.constFind(m_annotations.at(row).id);
        if (found != freshRows.cend() && sameOrder(m_annotations.at(row), fresh.at(found.value())))
            continue;
        Q_EMIT annotationAboutToBeRemoved(row);
        const Annotation removed = m_annotations.takeAt(row);
        Q_EMIT annotationRemoved(removed);
        ++differences;
    }
    // What is left is in the fresh order already (same keys, total order): update rows in place.
    QSet<QUuid> present;
    present.reserve(m_annotations.size());
    for (int row = 0; row < m_annotations.size(); ++row) {
        const Annotation &now = fresh.at(freshRows.value(m_annotations.at(row).id));
        present.insert(now.id);
        if (sameRow(m_annotations.at(row), now))
            continue;
        m_annotations[row] = now;
        Q_EMIT annotationChanged(row);
        ++differences;
    }
    for (const Annotation &annotation : fresh) {
        if (present.contains(annotation.id))
            continue;
        const int row = insertionRow(annotation);
        Q_EMIT annotationAboutToBeAdded(row);
        m_annotations.insert(row, annotation);
        Q_EMIT annotationAdded(row);
        ++differences;
    }
    return differences;
}

TextQuote AnnotationStore::quoteFor(const QString &text, int start, int end)
{
    const int size = int(text.size());
    start = std::clamp(start, 0, size);
    end = std::clamp(end, start, size);

    int prefixStart = std::max(0, start - contextLength);
    // Do not start the prefix on the second half of a surrogate pair.
    if (prefixStart > 0 && text.at(prefixStart).isLowSurrogate()
        && text.at(prefixStart - 1).isHighSurrogate())
        ++prefixStart;
    int suffixEnd = std::min(size, end + contextLength);
    if (suffixEnd < size && suffixEnd > end && text.at(suffixEnd - 1).isHighSurrogate()
        && text.at(suffixEnd).isLowSurrogate())
        --suffixEnd;

    return {text.mid(start, end - start), text.mid(prefixStart, start - prefixStart),
            text.mid(end, suffixEnd - end)};
}

Annotation AnnotationStore::makeAnnotation(qint64 documentId, const QString &text, int start, int end,
                                           qint64 styleId)
{
    Annotation a;
    a.id = QUuid::createUuid();
    a.documentId = documentId;
    a.start = std::clamp(start, 0, int(text.size()));
    a.end = std::clamp(end, a.start, int(text.size()));
    a.quote = quoteFor(text, a.start, a.end);
    a.styleId = styleId;
    a.created = sql::now();
    a.modified = a.created;
    return a;
}

} // namespace hashiya
