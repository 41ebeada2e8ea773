#include "ui/annotationpanel.h"

#include "annotation/annotation.h"
#include "annotation/annotationfiltermodel.h"
#include "annotation/annotationmodel.h"
#include "annotationlist/annotationdelegate.h"
#include "editors/noteeditor.h"
#include "editors/tageditor.h"
#include "ui/swatchicon.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace hashiya {

using namespace Qt::StringLiterals;

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterText(new QLineEdit(this))
    , m_filterTag(new QComboBox(this))
    , m_filterStyle(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new NoteEditor(this))
    , m_tagsLabel(new QLabel(this))
    , m_tags(new TagEditor(this))
{
    m_filterText->setClearButtonEnabled(true);
    m_filterTag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterStyle->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    // Rows have the height their text needs, so a re-layout asks every row its size: in batches, so that a
    // document with thousands of annotations still shows an edit at once (measured: 150 ms → see benchmark).
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(200);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *delegate = new AnnotationDelegate(m_list);
    delegate->setRoles({AnnotationModel::ColorRole, AnnotationModel::QuoteRole, AnnotationModel::NoteRole,
                        AnnotationModel::TagsRole, AnnotationModel::QuoteDirectionRole,
                        AnnotationModel::StatusTextRole});
    m_list->setItemDelegate(delegate);

    m_note->setMinimumHeight(90);
    m_noteLabel->setBuddy(m_note);
    m_tagsLabel->setBuddy(m_tags);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_filterTag);
    filters->addWidget(m_filterStyle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_tagsLabel);
    layout->addWidget(m_tags);

    connect(m_filterText, &QLineEdit::textChanged, this, &AnnotationPanel::applyFilters);
    connect(m_filterTag, &QComboBox::currentIndexChanged, this, &AnnotationPanel::applyFilters);
    connect(m_filterStyle, &QComboBox::currentIndexChanged, this, &AnnotationPanel::applyFilters);
    connect(m_note, &NoteEditor::noteEdited, this, [this](const QString &text) {
        if (!m_noteOwner.isNull())
            Q_EMIT noteEdited(m_noteOwner, text);
    });
    connect(m_note, &NoteEditor::escapePressed, this, &AnnotationPanel::escapePressed);
    connect(m_tags, &TagEditor::tagAdded, this, [this](const QString &name) {
        if (!m_current.isNull())
            Q_EMIT tagAdded(m_current, name);
    });
    connect(m_tags, &TagEditor::tagRemoved, this, [this](const QString &name) {
        if (!m_current.isNull())
            Q_EMIT tagRemoved(m_current, name);
    });
    connect(m_tags, &TagEditor::escapePressed, this, &AnnotationPanel::escapePressed);

    retranslate();
    showCurrent();
}

void AnnotationPanel::setModels(AnnotationModel *model, AnnotationFilterModel *filter)
{
    m_model = model;
    m_filter = filter;
    m_list->setModel(filter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_model->indexOf(m_current);
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    showCurrent();
            });
    connect(filter, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::updateCount);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::updateCount);
    connect(filter, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!m_current.isNull() && !m_model->indexOf(m_current).isValid())
            onCurrentChanged({});
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const QModelIndex current = m_model->indexOf(m_current);
                if (current.isValid() && current.row() >= first && current.row() <= last) {
                    // The note editor belongs to an annotation about to go: nothing more may be sent for it.
                    m_noteOwner = QUuid();
                }
            });
    updateCount();
}

void AnnotationPanel::setStyles(const QVector<HighlightStyle> &styles)
{
    m_styles = styles;
    const qint64 selected = m_filterStyle->currentData().toLongLong();
    const QSignalBlocker blocker(m_filterStyle);
    m_filterStyle->clear();
    m_filterStyle->addItem(tr("All styles"), qint64(0));
    for (const HighlightStyle &style : styles) {
        m_filterStyle->addItem(swatchIcon(style.color), style.name, style.id);
    }
    // After a new version, the annotations re-anchoring could not place or had to guess: one list each.
    m_filterStyle->insertSeparator(m_filterStyle->count());
    m_filterStyle->addItem(tr("Not anchored"), NotAnchoredFilter);
    m_filterStyle->addItem(tr("Moved"), MovedFilter);
    m_filterStyle->setCurrentIndex(qMax(0, m_filterStyle->findData(selected)));
}

void AnnotationPanel::setTagNames(const QStringList &names)
{
    m_tags->setCompletions(names);
    const QString selected = m_filterTag->currentIndex() > 0 ? m_filterTag->currentText() : QString();
    const QSignalBlocker blocker(m_filterTag);
    m_filterTag->clear();
    m_filterTag->addItem(tr("All tags"));
    m_filterTag->addItems(names);
    const int index = selected.isEmpty() ? 0 : m_filterTag->findText(selected);
    m_filterTag->setCurrentIndex(qMax(0, index));
    if (!selected.isEmpty() && index < 0)
        applyFilters();
}

QUuid AnnotationPanel::currentAnnotation() const
{
    return m_current;
}

void AnnotationPanel::setCurrentAnnotation(const QUuid &id)
{
    if (!m_model || !m_filter)
        return;
    const QModelIndex source = m_model->indexOf(id);
    QModelIndex index = source.isValid() ? m_filter->mapFromSource(source) : QModelIndex();
    if (source.isValid() && !index.isValid()) {
        // The filters hide it; the user asked for it, so show everything rather than nothing.
        m_filterText->clear();
        m_filterTag->setCurrentIndex(0);
        m_filterStyle->setCurrentIndex(0);
        index = m_filter->mapFromSource(source);
    }
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->setCurrentIndex({});
        onCurrentChanged({});
    }
}

void AnnotationPanel::showNotAnchored()
{
    m_filterText->clear();
    m_filterTag->setCurrentIndex(0);
    m_filterStyle->setCurrentIndex(qMax(0, m_filterStyle->findData(NotAnchoredFilter)));
    if (m_filter && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    m_list->setFocus(Qt::OtherFocusReason);
}

void AnnotationPanel::focusNote()
{
    if (!m_current.isNull())
        m_note->setFocus(Qt::ShortcutFocusReason);
}

void AnnotationPanel::focusTags()
{
    if (!m_current.isNull())
        m_tags->focusInput();
}

void AnnotationPanel::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void AnnotationPanel::flushNote()
{
    m_note->flush();
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnnotationPanel::onCurrentChanged(const QModelIndex &current)
{
    const QUuid id = current.isValid() ? m_model->idAt(m_filter->mapToSource(current)) : QUuid();
    if (id == m_current)
        return;
    m_note->flush();
    m_current = id;
    showCurrent();
    Q_EMIT currentAnnotationChanged(id);
}

void AnnotationPanel::showCurrent()
{
    const QModelIndex index = m_model ? m_model->indexOf(m_current) : QModelIndex();
    const bool has = index.isValid();
    m_note->setReadOnly(!has);
    m_tags->setEnabled(has);
    if (!has) {
        m_noteOwner = QUuid();
        m_note->setNote(QString());
        m_tags->setTags({});
        return;
    }
    const QString note = index.data(AnnotationModel::NoteRole).toString();
    if (m_noteOwner != m_current || m_note->note() != note)
        m_note->setNote(note);
    m_noteOwner = m_current;
    m_tags->setTags(index.data(AnnotationModel::TagsRole).toStringList());
}

void AnnotationPanel::updateCount()
{
    if (!m_model || !m_filter)
        return;
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // No plural forms needed in these wordings, so they read right before any translation is loaded.
    m_count->setText(shown == total ? tr("%n annotation(s)", nullptr, total)
                                    : tr("%1 of %n annotation(s) shown", nullptr, total).arg(shown));
}

void AnnotationPanel::applyFilters()
{
    if (!m_filter)
        return;
    m_filter->setTextFilter(m_filterText->text());
    m_filter->setTagFilter(m_filterTag->currentIndex() > 0 ? m_filterTag->currentText() : QString());
    const qint64 choice = m_filterStyle->currentData().toLongLong();
    m_filter->setStyleFilter(qMax<qint64>(0, choice));
    m_filter->setStateFilter(choice == NotAnchoredFilter ? int(AnchorState::Orphaned)
                             : choice == MovedFilter     ? int(AnchorState::Relocated)
                                                         : -1);
    updateCount();
}

void AnnotationPanel::retranslate()
{
    m_filterText->setPlaceholderText(tr("Filter annotations"));
    m_filterText->setAccessibleName(tr("Filter annotations by text"));
    m_filterTag->setAccessibleName(tr("Filter by tag"));
    m_filterStyle->setAccessibleName(tr("Filter by style"));
    m_list->setAccessibleName(tr("Annotations"));
    m_noteLabel->setText(tr("&Note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Write a note…"));
    m_tagsLabel->setText(tr("Ta&gs"));
    m_tags->setAccessibleName(tr("Tags"));
    if (m_filterTag->count() > 0)
        m_filterTag->setItemText(0, tr("All tags"));
    if (m_filterStyle->count() > 0)
        m_filterStyle->setItemText(0, tr("All styles"));
    if (const int i = m_filterStyle->findData(NotAnchoredFilter); i >= 0)
        m_filterStyle->setItemText(i, tr("Not anchored"));
    if (const int i = m_filterStyle->findData(MovedFilter); i >= 0)
        m_filterStyle->setItemText(i, tr("Moved"));
    updateCount();
}

} // namespace hashiya
