#include "annotation/createannotationcommand.h"

#include "annotation/annotationstore.h"
#include "annotation/commandtext.h"

namespace hashiya {

CreateAnnotationCommand::CreateAnnotationCommand(AnnotationStore *store, const Annotation &annotation,
                                                 QUndoCommand *parent)
    : QUndoCommand(commandText(QT_TRANSLATE_NOOP("AnnotationCommands", "Highlight “%1”"))
                       .arg(shortQuote(annotation.quote.exact)),
                   parent)
    , m_store(store)
    , m_annotation(annotation)
{}

void CreateAnnotationCommand::redo()
{
    // A command the store refuses drops out of the stack rather than undoing something that never happened.
    if (!m_store || !m_store->add(m_annotation)) {
        setObsolete(true);
        return;
    }
    m_annotation = *m_store->find(m_annotation.id); // the stored tag spellings and dates
}

void CreateAnnotationCommand::undo()
{
    if (!m_store || !m_store->remove(m_annotation.id))
        setObsolete(true);
}

} // namespace hashiya
