// DocumentController: showing what another program committed to the library (see reloadFromLibrary()).
#include "ui/documentcontroller.h"

#include "annotation/annotationmodel.h"
#include "annotation/annotationstore.h"
#include "articleview/articleview.h"
#include "library/stylestore.h"
#include "library/tagstore.h"
#include "ui/annotationpanel.h"

#include <QScopedValueRollback>
#include <QUndoStack>

namespace hashiya {

bool DocumentController::reloadFromLibrary()
{
    // A note being typed is saved first: the reload then shows it instead of overwriting the editor with
    // the older stored note.
    m_panel->flushNote();
    bool changed = reloadStyles();
    if (TagStore(m_library).names() != m_tagNames) {
        refreshTagNames();
        changed = true;
    }
    if (m_store) {
        const QUuid current = m_panel->currentAnnotation();
        // The reader is reading: rows coming and going must not move the article under their eyes.
        const QScopedValueRollback quiet(m_quietSelection, true);
        const int differences = m_store->reload();
        if (differences < 0) {
            Q_EMIT errorOccurred(m_store->lastError());
        } else if (differences > 0) {
            changed = true;
            // A row that moved in reading order was removed and inserted again: select it again.
            if (!current.isNull() && m_store->find(current) && m_panel->currentAnnotation() != current)
                m_panel->setCurrentAnnotation(current);
            updateCanAttachHere();
        }
    }
    if (changed && m_undoStack->count() > 0) {
        // Undoing a step now could put back a value the other program has replaced since, losing its edit;
        // a history that may lie is worse than none.
        m_undoStack->clear();
        Q_EMIT statusMessage(tr("The library was changed by another program; undo history was cleared."));
    }
    return changed;
}

bool DocumentController::reloadStyles()
{
    const QVector<HighlightStyle> styles = StyleStore(m_library).all();
    if (styles.isEmpty() || styles == m_styles)
        return false;
    m_styles = styles;
    m_model->setStyles(m_styles);
    m_panel->setStyles(m_styles);
    if (m_store) {
        for (const Annotation &annotation : m_store->annotations()) {
            if (annotation.state != AnchorState::Orphaned)
                m_view->updateHighlight({viewIdFor(annotation.id), annotation.start, annotation.end,
                                         colorOf(annotation.styleId)});
        }
    }
    Q_EMIT stylesChanged();
    return true;
}

void DocumentController::showAllHighlights()
{
    QVector<ArticleView::Highlight> highlights;
    const QVector<Annotation> &annotations = m_store->annotations();
    highlights.reserve(annotations.size());
    for (const Annotation &annotation : annotations) {
        if (annotation.state == AnchorState::Orphaned)
            continue;
        highlights.append(
            {viewIdFor(annotation.id), annotation.start, annotation.end, colorOf(annotation.styleId)});
    }
    m_view->setHighlights(highlights);
}

void DocumentController::onStoreAboutToBeReset()
{
    // The model reads the store's rows directly: it lets go of them before they are swapped.
    m_currentBeforeReset = m_panel->currentAnnotation();
    m_model->setStore(nullptr);
}

void DocumentController::onStoreReset()
{
    m_model->setStore(m_store.get());
    const int active = m_view->activeHighlight();
    const QUuid activeId = m_uuids.value(active);
    showAllHighlights();
    if (!activeId.isNull() && m_store->find(activeId))
        m_view->setActiveHighlight(viewIdFor(activeId));
    if (!m_currentBeforeReset.isNull() && m_store->find(m_currentBeforeReset))
        m_panel->setCurrentAnnotation(m_currentBeforeReset);
    m_currentBeforeReset = QUuid();
    refreshTagNames();
    updateCanAttachHere();
    Q_EMIT annotationCountChanged(int(m_store->annotations().size()));
}

} // namespace hashiya
