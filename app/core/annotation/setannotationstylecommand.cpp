#include "annotation/setannotationstylecommand.h"

#include "annotation/annotationstore.h"
#include "annotation/commandtext.h"

namespace hashiya {

SetAnnotationStyleCommand::SetAnnotationStyleCommand(AnnotationStore *store, const QUuid &id, qint64 styleId,
                                                     QUndoCommand *parent)
    : QUndoCommand(commandText(QT_TRANSLATE_NOOP("AnnotationCommands", "Change highlight style")), parent)
    , m_store(store)
    , m_id(id)
    , m_newStyle(styleId)
{}

void SetAnnotationStyleCommand::redo()
{
    const Annotation *current = m_store ? m_store->find(m_id) : nullptr;
    const qint64 old = current ? current->styleId : 0;
    if (!m_store || !m_store->setStyle(m_id, m_newStyle)) {
        setObsolete(true);
        return;
    }
    m_oldStyle = old;
}

void SetAnnotationStyleCommand::undo()
{
    if (!m_store || !m_store->setStyle(m_id, m_oldStyle))
        setObsolete(true);
}

} // namespace hashiya
