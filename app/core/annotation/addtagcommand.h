#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace hashiya {

class AnnotationStore;

/**
 * Tags a highlight; undo removes the tag again. Adding a tag the highlight already has (compared folded)
 * changes nothing, so the command makes itself obsolete instead of leaving an undo step that does nothing.
 */
class AddTagCommand final : public QUndoCommand
{
public:
    AddTagCommand(AnnotationStore *store, const QUuid &id, const QString &name,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    QUuid m_id;
    QString m_name;
};

} // namespace hashiya
