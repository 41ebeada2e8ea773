#pragma once

#include "annotation/annotation.h"
#include "annotation/highlightstyle.h"
#include "article/article.h"
#include "library/documentrecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <memory>

class QUndoStack;

namespace hashiya {

class AnnotationFilterModel;
class AnnotationModel;
class AnnotationPanel;
class AnnotationStore;
class ArticleView;
class Library;

/**
 * Joins the open document's annotations (core) to the article view and the side panel (widgets): it turns
 * what the user does into undoable commands and shows the store's changes in both views. The view speaks in
 * integer highlight ids; the controller keeps the map to annotation uuids.
 */
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    DocumentController(Library &library, ArticleView *view, AnnotationPanel *panel, QUndoStack *undoStack,
                       QObject *parent = nullptr);
    ~DocumentController() override;

    bool hasDocument() const { return m_document.id != 0; }
    const DocumentRecord &document() const { return m_document; }
    AnnotationStore *store() const { return m_store.get(); }
    AnnotationModel *model() const { return m_model; }
    const QVector<HighlightStyle> &styles() const { return m_styles; }

    void open(const DocumentRecord &record, const Article &article);
    void close();

    /// Highlights the selection with the style whose shortcut is `number`; without a selection, restyles the
    /// current annotation.
    void applyStyle(int number);
    void deleteCurrent();
    void copyCurrentQuote();
    void focusTags();
    void selectAdjacent(int direction); // +1 next in reading order, -1 previous
    /// "Attach here": anchors the current annotation, when re-anchoring orphaned it, to the selection.
    void attachCurrentHere();
    /// True when attachCurrentHere() has something to do: an orphaned current annotation and a selection.
    bool canAttachHere() const;
    void showContextMenu(const QPoint &globalPos, int position, int highlightId);
    void saveReadingPosition();
    /// Shows what another program (a second window, the command line) committed to the library: the open
    /// document's annotations, the tag names and the styles are read again; the current annotation stays
    /// selected if it still exists, and a note being typed is saved first. When anything shown changed, the
    /// undo history is cleared (its commands would restore values the other program has since replaced).
    /// Returns whether anything shown changed (documentcontrollerreload.cpp).
    bool reloadFromLibrary();
    /// Reads the styles again (after the preferences saved them): names, colours, order and shortcuts in
    /// the panel, the menus and the highlights; emits stylesChanged() when they differ. Returns whether they
    /// did.
    bool reloadStyles();

    QUuid annotationForHighlight(int highlightId) const { return m_uuids.value(highlightId); }
    int highlightForAnnotation(const QUuid &id) const { return m_highlightIds.value(id, -1); }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);
    void annotationCountChanged(int count);
    void canAttachHereChanged(bool can);
    /// The styles were changed by another program: names, colours or shortcuts may differ.
    void stylesChanged();

private:
    void createAnnotation(const HighlightStyle &style);
    /// The selection without white space at its ends; empty when nothing but space is selected.
    std::pair<int, int> trimmedSelection() const;
    void updateCanAttachHere();
    void restyle(const QUuid &id, const HighlightStyle &style);
    void onAnnotationAdded(int row);
    void onAnnotationRemoved(const Annotation &annotation);
    void onAnnotationChanged(int row);
    void onPanelCurrentChanged(const QUuid &id);
    void onHighlightClicked(int highlightId);
    void refreshTagNames();
    /// Gives the view every anchored annotation's highlight at once (on open and after a bulk reload).
    void showAllHighlights();
    void onStoreAboutToBeReset();
    void onStoreReset();
    int viewIdFor(const QUuid &id);
    QColor colorOf(qint64 styleId) const;
    const HighlightStyle *styleByNumber(int number) const;

    Library &m_library;
    ArticleView *m_view;
    AnnotationPanel *m_panel;
    QUndoStack *m_undoStack;
    DocumentRecord m_document;
    std::unique_ptr<AnnotationStore> m_store;
    AnnotationModel *m_model;
    AnnotationFilterModel *m_filter;
    QVector<HighlightStyle> m_styles;
    QHash<QUuid, int> m_highlightIds;
    QHash<int, QUuid> m_uuids;
    QStringList m_tagNames;
    QUuid m_currentBeforeReset;
    bool m_quietSelection = false; // while reloading: a selection that changes does not scroll the article
    int m_nextHighlightId = 1;
    bool m_focusNoteOnAdd = false;
    bool m_canAttachHere = false;
    QTimer m_readingPositionTimer;
};

} // namespace hashiya
