#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace hashiya {

class AnnotationStore;

/** Removes a tag from a highlight; undo puts the same tag back at the same place among its tags. */
class RemoveTagCommand final : public QUndoCommand
{
public:
    RemoveTagCommand(AnnotationStore *store, const QUuid &id, const QString &name,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    QUuid m_id;
    QString m_name;
    int m_index = -1;
};

} // namespace hashiya
