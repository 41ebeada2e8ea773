#include "ui/documentcontroller.h"

#include "annotation/addtagcommand.h"
#include "annotation/annotationfiltermodel.h"
#include "annotation/annotationmodel.h"
#include "annotation/annotationstore.h"
#include "annotation/createannotationcommand.h"
#include "annotation/deleteannotationcommand.h"
#include "annotation/reattachannotationcommand.h"
#include "annotation/removetagcommand.h"
#include "annotation/setannotationnotecommand.h"
#include "annotation/setannotationstylecommand.h"
#include "article/articlebuilder.h"
#include "articleview/articleview.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/stylestore.h"
#include "library/tagstore.h"
#include "ui/annotationpanel.h"
#include "ui/swatchicon.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QUndoStack>
#include <QUrl>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

ArticleView::Block toViewBlock(const ArticleBlock &block)
{
    ArticleView::Block result;
    result.start = block.start;
    result.length = block.length;
    result.kind = static_cast<ArticleView::Block::Kind>(block.kind);
    result.level = block.level;
    result.direction = block.direction;
    return result;
}

ArticleView::Span toViewSpan(const InlineSpan &span)
{
    return {span.start, span.length, static_cast<ArticleView::Span::Kind>(span.kind), span.href};
}

/// Only web and mail links leave the reader, and only when clicked: a saved page's file:, javascript: or
/// custom-scheme links are never handed to the system.
void openLink(const QString &href)
{
    const QUrl url(href);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "mailto"_L1))
        QDesktopServices::openUrl(url);
}

} // namespace

DocumentController::DocumentController(Library &library, ArticleView *view, AnnotationPanel *panel,
                                       QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_view(view)
    , m_panel(panel)
    , m_undoStack(undoStack)
    , m_model(new AnnotationModel(this))
    , m_filter(new AnnotationFilterModel(this))
{
    m_styles = StyleStore(m_library).all();
    m_model->setStyles(m_styles);
    m_filter->setSourceModel(m_model);
    m_panel->setModels(m_model, m_filter);
    m_panel->setStyles(m_styles);
    refreshTagNames();

    m_readingPositionTimer.setSingleShot(true);
    m_readingPositionTimer.setInterval(1000);
    connect(&m_readingPositionTimer, &QTimer::timeout, this, &DocumentController::saveReadingPosition);
    connect(m_view, &ArticleView::firstVisiblePositionChanged, this, [this] {
        if (hasDocument())
            m_readingPositionTimer.start();
    });
    connect(m_view, &ArticleView::highlightClicked, this, &DocumentController::onHighlightClicked);
    connect(m_view, &ArticleView::linkActivated, this, &openLink);
    connect(m_view, &ArticleView::contextMenuRequested, this, &DocumentController::showContextMenu);
    connect(m_view, &ArticleView::selectionChanged, this, &DocumentController::updateCanAttachHere);

    connect(m_panel, &AnnotationPanel::currentAnnotationChanged, this,
            &DocumentController::onPanelCurrentChanged);
    connect(m_panel, &AnnotationPanel::noteEdited, this, [this](const QUuid &id, const QString &note) {
        const Annotation *annotation = m_store ? m_store->find(id) : nullptr;
        if (annotation && annotation->note != note)
            m_undoStack->push(new SetAnnotationNoteCommand(m_store.get(), id, note));
    });
    connect(m_panel, &AnnotationPanel::tagAdded, this, [this](const QUuid &id, const QString &name) {
        const QString tag = name.simplified();
        if (m_store && m_store->find(id) && !tag.isEmpty())
            m_undoStack->push(new AddTagCommand(m_store.get(), id, tag));
    });
    connect(m_panel, &AnnotationPanel::tagRemoved, this, [this](const QUuid &id, const QString &name) {
        if (m_store && m_store->find(id))
            m_undoStack->push(new RemoveTagCommand(m_store.get(), id, name));
    });
}

DocumentController::~DocumentController()
{
    close();
}

void DocumentController::open(const DocumentRecord &record, const Article &article)
{
    close();
    m_document = record;
    m_store = std::make_unique<AnnotationStore>(m_library, record.id);
    connect(m_store.get(), &AnnotationStore::annotationAdded, this, &DocumentController::onAnnotationAdded);
    connect(m_store.get(), &AnnotationStore::annotationRemoved, this,
            &DocumentController::onAnnotationRemoved);
    connect(m_store.get(), &AnnotationStore::annotationChanged, this,
            &DocumentController::onAnnotationChanged);
    connect(m_store.get(), &AnnotationStore::errorOccurred, this, &DocumentController::errorOccurred);
    connect(m_store.get(), &AnnotationStore::aboutToBeReset, this,
            &DocumentController::onStoreAboutToBeReset);
    connect(m_store.get(), &AnnotationStore::reset, this, &DocumentController::onStoreReset);
    m_model->setStore(m_store.get());

    QVector<ArticleView::Block> blocks;
    blocks.reserve(article.blocks.size());
    for (const ArticleBlock &block : article.blocks)
        blocks.append(toViewBlock(block));
    QVector<ArticleView::Span> spans;
    spans.reserve(article.spans.size());
    for (const InlineSpan &span : article.spans)
        spans.append(toViewSpan(span));
    m_view->setContent(article.text, blocks, spans);
    showAllHighlights();
    m_view->scrollToPosition(record.readingPosition);
    refreshTagNames();
    Q_EMIT annotationCountChanged(int(m_store->annotations().size()));
}

void DocumentController::close()
{
    if (!hasDocument())
        return;
    m_panel->flushNote();
    saveReadingPosition();
    m_readingPositionTimer.stop();
    m_undoStack->clear();
    m_panel->setCurrentAnnotation({});
    m_model->setStore(nullptr);
    m_store.reset();
    m_highlightIds.clear();
    m_uuids.clear();
    m_view->clearHighlights();
    m_document = {};
}

void DocumentController::applyStyle(int number)
{
    const HighlightStyle *style = styleByNumber(number);
    if (!style || !m_store)
        return;
    if (m_view->hasSelection()) {
        createAnnotation(*style);
    } else if (!m_panel->currentAnnotation().isNull()) {
        restyle(m_panel->currentAnnotation(), *style);
    } else {
        Q_EMIT statusMessage(tr("Select some text to highlight it."));
    }
}

std::pair<int, int> DocumentController::trimmedSelection() const
{
    const QString &text = m_view->text();
    int start = m_view->selectionStart();
    int end = m_view->selectionEnd();
    // A selection dragged a little too far should not make a highlight that starts or ends on a space.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end};
}

void DocumentController::createAnnotation(const HighlightStyle &style)
{
    const QString &text = m_view->text();
    const auto [start, end] = trimmedSelection();
    if (start >= end) {
        Q_EMIT statusMessage(tr("Select some text to highlight it."));
        return;
    }
    m_panel->flushNote();
    const Annotation annotation = AnnotationStore::makeAnnotation(m_document.id, text, start, end, style.id);
    m_undoStack->push(new CreateAnnotationCommand(m_store.get(), annotation));
    if (!m_store->find(annotation.id))
        return; // refused and reported through errorOccurred
    m_view->clearSelection();
    m_panel->setCurrentAnnotation(annotation.id);
    m_panel->focusNote();
}

void DocumentController::restyle(const QUuid &id, const HighlightStyle &style)
{
    const Annotation *annotation = m_store->find(id);
    if (annotation && annotation->styleId != style.id)
        m_undoStack->push(new SetAnnotationStyleCommand(m_store.get(), id, style.id));
}

void DocumentController::deleteCurrent()
{
    const QUuid id = m_panel->currentAnnotation();
    if (!m_store || id.isNull())
        return;
    m_panel->flushNote();
    const QVector<Annotation> &annotations = m_store->annotations();
    const int row = m_store->indexOf(id);
    QUuid next;
    if (row + 1 < annotations.size())
        next = annotations.at(row + 1).id;
    else if (row > 0)
        next = annotations.at(row - 1).id;
    m_undoStack->push(new DeleteAnnotationCommand(m_store.get(), id));
    if (!m_store->find(id))
        m_panel->setCurrentAnnotation(next);
}

void DocumentController::copyCurrentQuote()
{
    const Annotation *annotation = m_store ? m_store->find(m_panel->currentAnnotation()) : nullptr;
    if (annotation) {
        QString quote = annotation->quote.exact;
        quote.replace(QChar::LineSeparator, u'\n');
        QGuiApplication::clipboard()->setText(quote);
    }
}

void DocumentController::focusTags()
{
    if (m_panel->currentAnnotation().isNull()) {
        Q_EMIT statusMessage(tr("Select an annotation to tag it."));
        return;
    }
    m_panel->focusTags();
}

void DocumentController::selectAdjacent(int direction)
{
    if (!m_store || m_store->annotations().isEmpty())
        return;
    // Through the highlights in reading order, skipping annotations not anchored in this text. It stops at
    // either end and says so: wrapping round would silently jump the reader across the whole article.
    const QVector<Annotation> &annotations = m_store->annotations();
    const int count = int(annotations.size());
    const int current = m_store->indexOf(m_panel->currentAnnotation());
    int row = -1;
    if (current >= 0) {
        row = current + direction;
    } else {
        // Nothing chosen yet: start from the reader's place on screen.
        const int position = m_view->firstVisiblePosition();
        row = count - 1; // every annotation is above the screen
        for (int i = 0; i < count; ++i) {
            if (annotations.at(i).start >= position) {
                row = direction > 0 ? i : i - 1;
                break;
            }
        }
    }
    while (row >= 0 && row < count && annotations.at(row).state == AnchorState::Orphaned)
        row += direction;
    if (row < 0 || row >= count) {
        Q_EMIT statusMessage(direction > 0 ? tr("This is the last annotation in the article.")
                                           : tr("This is the first annotation in the article."));
        return;
    }
    m_panel->setCurrentAnnotation(annotations.at(row).id);
}

bool DocumentController::canAttachHere() const
{
    const Annotation *annotation = m_store ? m_store->find(m_panel->currentAnnotation()) : nullptr;
    if (!annotation || annotation->state != AnchorState::Orphaned || !m_view->hasSelection())
        return false;
    const auto [start, end] = trimmedSelection();
    return start < end;
}

void DocumentController::updateCanAttachHere()
{
    const bool can = canAttachHere();
    if (can == m_canAttachHere)
        return;
    m_canAttachHere = can;
    Q_EMIT canAttachHereChanged(can);
}

void DocumentController::attachCurrentHere()
{
    if (!canAttachHere()) {
        Q_EMIT statusMessage(tr("Choose a not anchored annotation in the list, then select the passage it "
                                "belongs to."));
        return;
    }
    const QUuid id = m_panel->currentAnnotation();
    const auto [start, end] = trimmedSelection();
    m_panel->flushNote();
    m_undoStack->push(new ReattachAnnotationCommand(m_store.get(), id, start, end));
    const Annotation *annotation = m_store->find(id);
    if (!annotation || annotation->state == AnchorState::Orphaned)
        return; // refused and reported through errorOccurred
    m_view->clearSelection();
    m_view->setActiveHighlight(viewIdFor(id));
    m_view->flashRange(annotation->start, annotation->end);
    updateCanAttachHere();
}

void DocumentController::showContextMenu(const QPoint &globalPos, int position, int highlightId)
{
    Q_UNUSED(position)
    if (!m_store)
        return;
    QMenu menu;
    const QUuid id = m_uuids.value(highlightId);
    if (!id.isNull() && m_store->find(id)) {
        m_panel->setCurrentAnnotation(id);
        const qint64 currentStyle = m_store->find(id)->styleId;
        QMenu *styles = menu.addMenu(tr("&Style"));
        for (const HighlightStyle &style : std::as_const(m_styles)) {
            QAction *action = styles->addAction(swatchIcon(style.color), style.name);
            action->setCheckable(true);
            action->setChecked(style.id == currentStyle);
            connect(action, &QAction::triggered, this, [this, id, style] { restyle(id, style); });
        }
        menu.addAction(tr("&Copy Quote"), this, &DocumentController::copyCurrentQuote);
        menu.addAction(tr("Edit &Note"), this, [this] { m_panel->focusNote(); });
        menu.addAction(tr("Edit &Tags"), this, [this] { m_panel->focusTags(); });
        menu.addSeparator();
        menu.addAction(tr("&Remove Highlight"), this, &DocumentController::deleteCurrent);
    }
    if (m_view->hasSelection()) {
        if (!menu.isEmpty())
            menu.addSeparator();
        QMenu *highlight = menu.addMenu(tr("&Highlight As"));
        for (const HighlightStyle &style : std::as_const(m_styles)) {
            QAction *action = highlight->addAction(swatchIcon(style.color), style.name);
            if (style.shortcut > 0)
                action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + style.shortcut)));
            connect(action, &QAction::triggered, this, [this, style] { createAnnotation(style); });
        }
        menu.addAction(tr("&Copy"), m_view, &ArticleView::copy);
        if (canAttachHere())
            menu.addAction(tr("Attach “%1” &Here")
                               .arg(ArticleBuilder::shortTitle(
                                   m_store->find(m_panel->currentAnnotation())->quote.exact, 30)),
                           this, &DocumentController::attachCurrentHere);
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void DocumentController::saveReadingPosition()
{
    if (!hasDocument())
        return;
    const int position = m_view->firstVisiblePosition();
    if (position < 0 || position == m_document.readingPosition)
        return;
    DocumentStore store(m_library);
    if (store.setReadingPosition(m_document.id, position))
        m_document.readingPosition = position;
}

void DocumentController::onAnnotationAdded(int row)
{
    const Annotation &annotation = m_store->annotations().at(row);
    if (annotation.state != AnchorState::Orphaned)
        m_view->addHighlight(
            {viewIdFor(annotation.id), annotation.start, annotation.end, colorOf(annotation.styleId)});
    refreshTagNames();
    Q_EMIT annotationCountChanged(int(m_store->annotations().size()));
}

void DocumentController::onAnnotationRemoved(const Annotation &annotation)
{
    const int highlightId = m_highlightIds.value(annotation.id, -1);
    if (highlightId >= 0) {
        if (m_view->activeHighlight() == highlightId)
            m_view->setActiveHighlight(-1);
        m_view->removeHighlight(highlightId);
    }
    refreshTagNames();
    Q_EMIT annotationCountChanged(int(m_store->annotations().size()));
}

void DocumentController::onAnnotationChanged(int row)
{
    const Annotation &annotation = m_store->annotations().at(row);
    // Attaching an orphan shows its highlight; undoing that takes it away again.
    if (annotation.state == AnchorState::Orphaned)
        m_view->removeHighlight(viewIdFor(annotation.id));
    else
        m_view->updateHighlight(
            {viewIdFor(annotation.id), annotation.start, annotation.end, colorOf(annotation.styleId)});
    updateCanAttachHere();
    refreshTagNames();
}

void DocumentController::onPanelCurrentChanged(const QUuid &id)
{
    updateCanAttachHere();
    const Annotation *annotation = m_store ? m_store->find(id) : nullptr;
    if (!annotation) {
        m_view->setActiveHighlight(-1);
        return;
    }
    m_view->setActiveHighlight(viewIdFor(id));
    if (annotation->state == AnchorState::Orphaned || m_quietSelection)
        return;
    // Jump only when the passage is off screen, so clicking a highlight never moves the text under the mouse.
    const QVector<QRect> rects = m_view->rangeRects(annotation->start, annotation->end);
    const QRect visible = m_view->viewport()->rect();
    const bool onScreen = !rects.isEmpty() && visible.intersects(rects.constFirst());
    if (!onScreen)
        m_view->scrollToPosition(annotation->start, true);
    m_view->flashRange(annotation->start, annotation->end);
}

void DocumentController::onHighlightClicked(int highlightId)
{
    const QUuid id = m_uuids.value(highlightId);
    if (!id.isNull())
        m_panel->setCurrentAnnotation(id);
}

void DocumentController::refreshTagNames()
{
    m_tagNames = TagStore(m_library).names();
    m_panel->setTagNames(m_tagNames);
}

int DocumentController::viewIdFor(const QUuid &id)
{
    auto it = m_highlightIds.constFind(id);
    if (it != m_highlightIds.constEnd())
        return it.value();
    const int highlightId = m_nextHighlightId++;
    m_highlightIds.insert(id, highlightId);
    m_uuids.insert(highlightId, id);
    return highlightId;
}

QColor DocumentController::colorOf(qint64 styleId) const
{
    for (const HighlightStyle &style : m_styles) {
        if (style.id == styleId)
            return style.color;
    }
    return QColor(255, 230, 120);
}

const HighlightStyle *DocumentController::styleByNumber(int number) const
{
    for (const HighlightStyle &style : m_styles) {
        if (style.shortcut == number)
            return &style;
    }
    return nullptr;
}

} // namespace hashiya
