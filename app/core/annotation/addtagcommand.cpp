#include "annotation/addtagcommand.h"

#include "annotation/annotationstore.h"
#include "annotation/commandtext.h"

namespace hashiya {

AddTagCommand::AddTagCommand(AnnotationStore *store, const QUuid &id, const QString &name,
                             QUndoCommand *parent)
    : QUndoCommand(
        commandText(QT_TRANSLATE_NOOP("AnnotationCommands", "Add tag “%1”")).arg(name.simplified()), parent)
    , m_store(store)
    , m_id(id)
    , m_name(name)
{}

void AddTagCommand::redo()
{
    if (!m_store || (m_store->find(m_id) && m_store->tagIndex(m_id, m_name) >= 0)) {
        setObsolete(true); // already tagged: nothing to do, nothing to undo
        return;
    }
    if (!m_store->addTag(m_id, m_name))
        setObsolete(true);
}

void AddTagCommand::undo()
{
    if (!m_store || !m_store->removeTag(m_id, m_name))
        setObsolete(true);
}

} // namespace hashiya
