#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace hashiya {

class AnnotationStore;

/**
 * Replaces a highlight's note; undo restores the previous text. The app pushes one per pause in typing and
 * they are deliberately not merged, so undo steps back one pause at a time.
 */
class SetAnnotationNoteCommand final : public QUndoCommand
{
public:
    SetAnnotationNoteCommand(AnnotationStore *store, const QUuid &id, const QString &newNote,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    QUuid m_id;
    QString m_newNote;
    QString m_oldNote;
};

} // namespace hashiya
