#include "annotation/reattachannotationcommand.h"

#include "annotation/annotationstore.h"
#include "annotation/commandtext.h"

namespace hashiya {

namespace {

QString textFor(AnnotationStore *store, const QUuid &id)
{
    const Annotation *annotation = store ? store->find(id) : nullptr;
    return commandText(QT_TRANSLATE_NOOP("AnnotationCommands", "Attach “%1” here"))
        .arg(annotation ? shortQuote(annotation->quote.exact) : QString());
}

} // namespace

ReattachAnnotationCommand::ReattachAnnotationCommand(AnnotationStore *store, const QUuid &id, int start,
                                                     int end, QUndoCommand *parent)
    : QUndoCommand(textFor(store, id), parent)
    , m_store(store)
    , m_id(id)
    , m_start(start)
    , m_end(end)
{}

void ReattachAnnotationCommand::redo()
{
    const Annotation *current = m_store ? m_store->find(m_id) : nullptr;
    // A command the store refuses drops out of the stack rather than undoing something that never happened.
    if (!current) {
        setObsolete(true);
        return;
    }
    const Annotation before = *current;
    if (!m_store->reattach(m_id, m_start, m_end)) {
        setObsolete(true);
        return;
    }
    m_before = before;
}

void ReattachAnnotationCommand::undo()
{
    if (!m_store || !m_store->setAnchor(m_id, m_before.start, m_before.end, m_before.quote, m_before.state))
        setObsolete(true);
}

} // namespace hashiya
