#pragma once

#include "annotation/highlightstyle.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace hashiya {

class AnnotationFilterModel;
class AnnotationModel;
class NoteEditor;
class TagEditor;

/**
 * The side panel: the open article's annotations in reading order (filtered by text, tag and style), and the
 * note and tags of the current one. It edits nothing itself: it reports what the user did, the controller
 * turns that into undoable commands, and the panel shows the model's state.
 */
class AnnotationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setModels(AnnotationModel *model, AnnotationFilterModel *filter);
    void setStyles(const QVector<HighlightStyle> &styles);
    void setTagNames(const QStringList &names);

    QUuid currentAnnotation() const;
    void setCurrentAnnotation(const QUuid &id);
    /// Shows only the annotations re-anchoring could not place, the first one selected.
    void showNotAnchored();
    void focusNote();
    void focusTags();
    void focusList();
    void flushNote();

    QListView *listView() const { return m_list; }
    NoteEditor *noteEditor() const { return m_note; }
    TagEditor *tagEditor() const { return m_tags; }
    QLineEdit *filterField() const { return m_filterText; }
    QComboBox *tagFilter() const { return m_filterTag; }
    QComboBox *styleFilter() const { return m_filterStyle; }

Q_SIGNALS:
    void currentAnnotationChanged(const QUuid &id);
    void noteEdited(const QUuid &id, const QString &note);
    void tagAdded(const QUuid &id, const QString &name);
    void tagRemoved(const QUuid &id, const QString &name);
    void escapePressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Entries of the style filter that choose by anchor state; style ids are positive.
    static constexpr qint64 NotAnchoredFilter = -1;
    static constexpr qint64 MovedFilter = -2;

    void onCurrentChanged(const QModelIndex &current);
    void showCurrent();
    void updateCount();
    void applyFilters();
    void retranslate();

    AnnotationModel *m_model = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
    QVector<HighlightStyle> m_styles;
    QUuid m_current;
    QUuid m_noteOwner; // the annotation the note editor's text belongs to, so a late flush is not misdirected

    QLineEdit *m_filterText = nullptr;
    QComboBox *m_filterTag = nullptr;
    QComboBox *m_filterStyle = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_noteLabel = nullptr;
    NoteEditor *m_note = nullptr;
    QLabel *m_tagsLabel = nullptr;
    TagEditor *m_tags = nullptr;
};

} // namespace hashiya
