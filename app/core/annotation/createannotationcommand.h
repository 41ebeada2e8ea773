#pragma once

#include "annotation/annotation.h"

#include <QPointer>
#include <QUndoCommand>

namespace hashiya {

class AnnotationStore;

/** Creates a highlight; undo deletes it again (its uuid stays, so a redo restores the very same one). */
class CreateAnnotationCommand final : public QUndoCommand
{
public:
    CreateAnnotationCommand(AnnotationStore *store, const Annotation &annotation,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    Annotation m_annotation;
};

} // namespace hashiya
