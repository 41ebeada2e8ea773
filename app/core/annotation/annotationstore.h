#pragma once

#include "annotation/annotation.h"
#include "library/annotationrepository.h"

#include <QObject>
#include <QUuid>
#include <QVector>

namespace hashiya {

class Library;

/**
 * The open document's annotations in memory, in reading order, written through to the library. Each edit is
 * one Transaction, committed before the edit returns true and before any signal is emitted; a failed edit
 * changes nothing (in memory or on disk), sets lastError() and emits errorOccurred().
 */
class AnnotationStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    AnnotationStore(Library &library, qint64 documentId, QObject *parent = nullptr);

    qint64 documentId() const { return m_documentId; }
    /// Sorted by start, then end, then created (then uuid, so the order is total and the same after a
    /// reload).
    const QVector<Annotation> &annotations() const { return m_annotations; }
    int indexOf(const QUuid &id) const;
    const Annotation *find(const QUuid &id) const;
    /// Whether loading from the library succeeded; when false, lastError() says why and the store is empty.
    bool isLoaded() const { return m_loaded; }
    QString lastError() const { return m_lastError; }

    bool add(const Annotation &annotation);
    bool remove(const QUuid &id);
    bool setStyle(const QUuid &id, qint64 styleId);
    bool setNote(const QUuid &id, const QString &note);
    /// Appends a tag; true without change if the annotation already has a tag that folds the same.
    bool addTag(const QUuid &id, const QString &name);
    /// Inserts a tag at `index` among the annotation's tags (undo of a removal puts it back in place).
    bool insertTag(const QUuid &id, int index, const QString &name);
    bool removeTag(const QUuid &id, const QString &name);
    /// "Attach here": anchors the annotation (typically an orphan) to [start, end) of the document's text,
    /// grown to whole graphemes, its quote taken from the text, state anchored.
    bool reattach(const QUuid &id, int start, int end);
    /// Sets range, quote and anchor state as given (undo of reattach() restores an orphan this way).
    bool setAnchor(const QUuid &id, int start, int end, const TextQuote &quote, AnchorState state);
    /// Re-reads the document's annotations after another program (or connection) changed the library, and
    /// brings the list in line with it. Up to BulkReloadRows differing rows are signalled one by one, as if
    /// edited here (removals, then changes, then insertions), so views keep their selection and scroll;
    /// more are swapped at once between aboutToBeReset() and reset(). Returns how many rows differed (0:
    /// nothing did), or -1 when reading failed: then nothing changes and lastError() says why.
    int reload();
    static constexpr int BulkReloadRows = 64;

    /// Index of the annotation's tag that folds like `name`, or -1.
    int tagIndex(const QUuid &id, const QString &name) const;

    /// The quote of [start, end) in `text` with up to 32 UTF-16 units of context, never cutting a surrogate
    /// pair.
    static TextQuote quoteFor(const QString &text, int start, int end);
    /// A new anchored annotation of [start, end): fresh uuid, created = modified = now, quote filled.
    static Annotation makeAnnotation(qint64 documentId, const QString &text, int start, int end,
                                     qint64 styleId);

Q_SIGNALS:
    void annotationAboutToBeAdded(int row);
    void annotationAdded(int row);
    void annotationAboutToBeRemoved(int row);
    void annotationRemoved(const hashiya::Annotation &removed);
    void annotationChanged(int row);
    void errorOccurred(const QString &message);
    /// Around a bulk reload(): between the two, annotations() must not be read. A follower that keeps
    /// rows (a model, a view's highlights) resets itself on reset().
    void aboutToBeReset();
    void reset();

private:
    bool fail(const QString &message);
    int insertionRow(const Annotation &annotation) const;
    /// Runs `write` in one transaction; true when it and the commit succeeded.
    template<typename Write> bool write(Write &&write);
    /// The document's stored text, read from the library on first use (only re-attaching needs it).
    const QString *documentText();
    /// Puts the changed annotation at `row` where reading order now wants it, signalling as a removal and
    /// an insertion when it moves, as a change when it stays.
    void reposition(int row, const Annotation &changed);
    /// Applies `fresh` (in reading order) one row at a time; returns the number of rows that differed.
    int applyRowByRow(const QVector<Annotation> &fresh);
    static int countDifferences(const QVector<Annotation> &current, const QVector<Annotation> &fresh);
    /// The message for a write that failed: a busy library gets "try again", not SQLite's wording.
    QString writeError(const QString &sqliteError) const;

    Library &m_library;
    AnnotationRepository m_repository;
    qint64 m_documentId = 0;
    QVector<Annotation> m_annotations;
    QString m_text;
    bool m_textLoaded = false;
    bool m_loaded = false;
    QString m_lastError;
};

} // namespace hashiya
