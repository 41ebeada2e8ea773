#pragma once

#include "annotation/annotation.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUuid>

namespace hashiya {

class AnnotationStore;

/**
 * "Attach here": anchors a highlight — usually one orphaned by a new version of its document — to the
 * selected range, its quote taken from the text and its state anchored. Undo puts back the range, quote and
 * state it had (for an orphan: no position, its old quote).
 */
class ReattachAnnotationCommand final : public QUndoCommand
{
public:
    ReattachAnnotationCommand(AnnotationStore *store, const QUuid &id, int start, int end,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    QUuid m_id;
    int m_start = 0;
    int m_end = 0;
    Annotation m_before;
};

} // namespace hashiya
