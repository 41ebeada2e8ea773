#pragma once

#include "annotation/annotation.h"

#include <QPointer>
#include <QUndoCommand>

namespace hashiya {

class AnnotationStore;

/** Deletes a highlight; undo brings it back whole: same uuid, range, style, note, tags and dates. */
class DeleteAnnotationCommand final : public QUndoCommand
{
public:
    DeleteAnnotationCommand(AnnotationStore *store, const QUuid &id, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    QUuid m_id;
    Annotation m_removed; // taken at redo, so it holds every edit made before the deletion
};

} // namespace hashiya
