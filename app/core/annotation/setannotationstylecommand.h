#pragma once

#include <QPointer>
#include <QUndoCommand>
#include <QUuid>

namespace hashiya {

class AnnotationStore;

/** Gives a highlight another style (category); undo restores the style it had. */
class SetAnnotationStyleCommand final : public QUndoCommand
{
public:
    SetAnnotationStyleCommand(AnnotationStore *store, const QUuid &id, qint64 styleId,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    QUuid m_id;
    qint64 m_newStyle = 0;
    qint64 m_oldStyle = 0;
};

} // namespace hashiya
