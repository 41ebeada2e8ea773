#include "annotation/annotationfiltermodel.h"

#include "annotation/annotationmodel.h"
#include "library/tagkey.h"

namespace hashiya {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Never sorted: the source's order is the reading order.
    setDynamicSortFilter(true);
}

void AnnotationFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_textKey = tagKey(text);
    invalidateFilter();
}

void AnnotationFilterModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    m_tagKey = tagKey(tag);
    invalidateFilter();
}

void AnnotationFilterModel::setStyleFilter(qint64 styleId)
{
    if (styleId == m_styleId)
        return;
    m_styleId = styleId;
    invalidateFilter();
}

void AnnotationFilterModel::setStateFilter(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state >= 0 && index.data(AnnotationModel::AnchorStateRole).toInt() != m_state)
        return false;
    if (m_styleId != 0 && index.data(AnnotationModel::StyleIdRole).toLongLong() != m_styleId)
        return false;

    const QStringList tags = index.data(AnnotationModel::TagsRole).toStringList();
    if (!m_tagKey.isEmpty() && std::none_of(tags.cbegin(), tags.cend(), [this](const QString &tag) {
            return tagKey(tag) == m_tagKey;
        }))
        return false;

    if (m_textKey.isEmpty())
        return true;
    if (tagKey(index.data(AnnotationModel::QuoteRole).toString()).contains(m_textKey)
        || tagKey(index.data(AnnotationModel::NoteRole).toString()).contains(m_textKey))
        return true;
    return std::any_of(tags.cbegin(), tags.cend(),
                       [this](const QString &tag) { return tagKey(tag).contains(m_textKey); });
}

} // namespace hashiya
