#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hashiya {

class AnnotationStore;

/**
 * An endless stream of random user edits on one document's annotations (create with one to three tags in one
 * edit, re-note, tag, untag, delete), each announced on stdout as "TRY" before the call and "ACK" once the
 * store has committed it, flushed at once: the crash test compares the library it finds after a SIGKILL with
 * exactly what was acknowledged. Every annotation keeps at least one tag, so an untagged one is half-made.
 */
class EditStream final
{
    Q_DISABLE_COPY_MOVE(EditStream)

public:
    EditStream(AnnotationStore &store, const QString &text, quint32 seed);

    /// Edits until `maxEdits` were made or one fails (false, with `error`).
    bool run(int maxEdits, QString *error);

private:
    bool create();
    bool renote();
    bool tag();
    bool untag();
    bool remove();
    QUuid pickAnnotation(int minimumTags = 0);
    QString freshNote();
    static void report(const char *kind, const QString &op, const QUuid &id, const QStringList &fields);

    AnnotationStore &m_store;
    QString m_text;
    QRandomGenerator m_random;
};

} // namespace hashiya
