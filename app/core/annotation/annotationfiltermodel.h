#pragma once

#include <QSortFilterProxyModel>

namespace hashiya {

/**
 * Narrows the annotations panel: by text (in quote, note or any tag), by one tag, by one style. Text and tag
 * compare folded (case, harakat), like tags do. Rows keep the source's reading order.
 */
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    /// Empty shows every annotation.
    void setTagFilter(const QString &tag);
    QString tagFilter() const { return m_tag; }
    /// 0 shows every style.
    void setStyleFilter(qint64 styleId);
    qint64 styleFilter() const { return m_styleId; }
    /// Only annotations in this anchor state (re-anchoring's orphans, or the moved ones); -1 shows all.
    void setStateFilter(int state);
    int stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_textKey;
    QString m_tag;
    QString m_tagKey;
    qint64 m_styleId = 0;
    int m_state = -1;
};

} // namespace hashiya
