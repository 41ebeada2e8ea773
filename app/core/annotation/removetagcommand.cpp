#include "annotation/removetagcommand.h"

#include "annotation/annotationstore.h"
#include "annotation/commandtext.h"

namespace hashiya {

RemoveTagCommand::RemoveTagCommand(AnnotationStore *store, const QUuid &id, const QString &name,
                                   QUndoCommand *parent)
    : QUndoCommand(
        commandText(QT_TRANSLATE_NOOP("AnnotationCommands", "Remove tag “%1”")).arg(name.simplified()),
        parent)
    , m_store(store)
    , m_id(id)
    , m_name(name)
{}

void RemoveTagCommand::redo()
{
    const int index = m_store ? m_store->tagIndex(m_id, m_name) : -1;
    if (index >= 0)
        m_name = m_store->find(m_id)->tags.at(index); // undo restores the stored spelling
    if (!m_store || !m_store->removeTag(m_id, m_name)) {
        setObsolete(true);
        return;
    }
    m_index = index;
}

void RemoveTagCommand::undo()
{
    if (!m_store || !m_store->insertTag(m_id, m_index, m_name))
        setObsolete(true);
}

} // namespace hashiya
