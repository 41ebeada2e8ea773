#pragma once

#include "annotation/annotationstore.h"
#include "annotation/highlightstyle.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QVector>

namespace hashiya {

/**
 * The annotations panel's list: a thin adapter over an AnnotationStore, one row per annotation in reading
 * order. It follows the store's signals, so rows appear, change and disappear with each edit and its undo.
 */
class AnnotationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        StartRole,                 // int, UTF-16 offset
        EndRole,                   // int
        QuoteRole,                 // QString, the exact quote
        NoteRole,                  // QString (Markdown)
        TagsRole,                  // QStringList
        StyleIdRole,               // qint64
        StyleNameRole,             // QString
        ColorRole,                 // QColor
        QuoteDirectionRole,        // Qt::LayoutDirection of the quote's first strong character
        AnchorStateRole,           // int: hashiya::AnchorState
        CreatedRole,               // QDateTime (UTC)
        ModifiedRole,              // QDateTime (UTC)
        StatusTextRole,            // QString: what the reader should know about its anchor, or empty
    };
    Q_ENUM(Role)

    explicit AnnotationModel(QObject *parent = nullptr);

    /// Follows `store` from now on; nullptr empties the model. The model does not own the store.
    void setStore(AnnotationStore *store);
    AnnotationStore *store() const { return m_store; }
    void setStyles(const QVector<HighlightStyle> &styles);

    QModelIndex indexOf(const QUuid &id) const;
    QUuid idAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void changed(int row);

    QPointer<AnnotationStore> m_store;
    QHash<qint64, HighlightStyle> m_styles;
    QVector<QMetaObject::Connection> m_connections;
};

} // namespace hashiya
