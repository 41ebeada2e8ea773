#include "annotation/setannotationnotecommand.h"

#include "annotation/annotationstore.h"
#include "annotation/commandtext.h"

namespace hashiya {

SetAnnotationNoteCommand::SetAnnotationNoteCommand(AnnotationStore *store, const QUuid &id,
                                                   const QString &newNote, QUndoCommand *parent)
    : QUndoCommand(commandText(QT_TRANSLATE_NOOP("AnnotationCommands", "Edit note")), parent)
    , m_store(store)
    , m_id(id)
    , m_newNote(newNote)
{}

void SetAnnotationNoteCommand::redo()
{
    const Annotation *current = m_store ? m_store->find(m_id) : nullptr;
    const QString old = current ? current->note : QString();
    if (!m_store || !m_store->setNote(m_id, m_newNote)) {
        setObsolete(true);
        return;
    }
    m_oldNote = old;
}

void SetAnnotationNoteCommand::undo()
{
    if (!m_store || !m_store->setNote(m_id, m_oldNote))
        setObsolete(true);
}

} // namespace hashiya
