#include "annotation/annotationmodel.h"

#include "annotation/annotationstore.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace hashiya {

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AnnotationModel::setStore(AnnotationStore *store)
{
    if (store == m_store)
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_store = store;
    if (store) {
        m_connections = {
            connect(store, &AnnotationStore::annotationAboutToBeAdded, this,
                    [this](int row) { beginInsertRows({}, row, row); }),
            connect(store, &AnnotationStore::annotationAdded, this, [this] { endInsertRows(); }),
            connect(store, &AnnotationStore::annotationAboutToBeRemoved, this,
                    [this](int row) { beginRemoveRows({}, row, row); }),
            connect(store, &AnnotationStore::annotationRemoved, this, [this] { endRemoveRows(); }),
            connect(store, &AnnotationStore::annotationChanged, this, &AnnotationModel::changed),
            connect(store, &QObject::destroyed, this, [this] { setStore(nullptr); }),
        };
    }
    endResetModel();
}

void AnnotationModel::setStyles(const QVector<HighlightStyle> &styles)
{
    m_styles.clear();
    for (const HighlightStyle &style : styles)
        m_styles.insert(style.id, style);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {StyleNameRole, ColorRole, Qt::DecorationRole});
}

void AnnotationModel::changed(int row)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at);
}

QModelIndex AnnotationModel::indexOf(const QUuid &id) const
{
    const int row = m_store ? m_store->indexOf(id) : -1;
    return row < 0 ? QModelIndex() : index(row);
}

QUuid AnnotationModel::idAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_store && index.row() < rowCount()
               ? m_store->annotations().at(index.row()).id
               : QUuid();
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return int(m_store->annotations().size());
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const Annotation &a = m_store->annotations().at(index.row());
    const auto style = m_styles.constFind(a.styleId);
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return a.quote.exact;
    case Qt::ToolTipRole:
    case NoteRole:
        return a.note;
    case Qt::DecorationRole:
    case ColorRole:
        return style != m_styles.cend() ? style->color : QColor();
    case IdRole:
        return a.id;
    case StartRole:
        return a.start;
    case EndRole:
        return a.end;
    case TagsRole:
        return a.tags;
    case StyleIdRole:
        return a.styleId;
    case StyleNameRole:
        return style != m_styles.cend() ? style->name : QString();
    case QuoteDirectionRole:
        // First strong character decides, as for a paragraph (bidi rules P2–P3).
        return QVariant::fromValue(a.quote.exact.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    case AnchorStateRole:
        return int(a.state);
    case StatusTextRole:
        // Moved annotations stay marked until the reader re-attaches them or moves on: the match was a guess.
        switch (a.state) {
        case AnchorState::Orphaned:
            return tr("Not anchored: select its text and choose Attach Here");
        case AnchorState::Relocated:
            return tr("Moved in this version: check the highlight");
        case AnchorState::Anchored:
            break;
        }
        return QString();
    case CreatedRole:
        return a.created;
    case ModifiedRole:
        return a.modified;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {IdRole, "annotationId"},
        {StartRole, "start"},
        {EndRole, "end"},
        {QuoteRole, "quote"},
        {NoteRole, "note"},
        {TagsRole, "tags"},
        {StyleIdRole, "styleId"},
        {StyleNameRole, "styleName"},
        {ColorRole, "color"},
        {QuoteDirectionRole, "quoteDirection"},
        {AnchorStateRole, "anchorState"},
        {CreatedRole, "created"},
        {ModifiedRole, "modified"},
        {StatusTextRole, "statusText"},
    });
    return names;
}

} // namespace hashiya
