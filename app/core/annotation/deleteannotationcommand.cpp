#include "annotation/deleteannotationcommand.h"

#include "annotation/annotationstore.h"
#include "annotation/commandtext.h"

namespace hashiya {

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationStore *store, const QUuid &id,
                                                 QUndoCommand *parent)
    : QUndoCommand(commandText(QT_TRANSLATE_NOOP("AnnotationCommands", "Delete highlight")), parent)
    , m_store(store)
    , m_id(id)
{}

void DeleteAnnotationCommand::redo()
{
    const Annotation *current = m_store ? m_store->find(m_id) : nullptr;
    if (!current) {
        if (m_store)
            m_store->remove(m_id); // reports the error through errorOccurred
        setObsolete(true);
        return;
    }
    const Annotation snapshot = *current;
    if (!m_store->remove(m_id)) {
        setObsolete(true);
        return;
    }
    m_removed = snapshot;
}

void DeleteAnnotationCommand::undo()
{
    if (!m_store || !m_store->add(m_removed))
        setObsolete(true);
}

} // namespace hashiya
