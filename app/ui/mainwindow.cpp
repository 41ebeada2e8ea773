#include "ui/mainwindow.h"

#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "article/storedarticle.h"
#include "articleview/articleview.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/librarywatcher.h"
#include "text/textboundaries.h"
#include "ui/aboutdialog.h"
#include "ui/annotationpanel.h"
#include "ui/articlepane.h"
#include "ui/countsindicator.h"
#include "ui/documentcontroller.h"
#include "ui/encodingdialog.h"
#include "ui/exportcontroller.h"
#include "ui/findcontroller.h"
#include "ui/keyboardnavigation.h"
#include "ui/librarysearchdialog.h"
#include "ui/printcontroller.h"
#include "ui/readersettings.h"
#include "ui/responsivewait.h"
#include "ui/shortcutsdialog.h"
#include "ui/swatchicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace hashiya {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_splitter(new QSplitter(this))
    , m_articlePane(new ArticlePane(m_splitter))
    , m_view(m_articlePane->view())
    , m_counts(new CountsIndicator(this))
    , m_panel(new AnnotationPanel(m_splitter))
    , m_statusDocument(new QLabel(this))
{
    setWindowTitle(tr("Hashiya"));
    setAcceptDrops(true);
    m_view->setZoom(ReaderSettings::zoom());
    applyReadingSettings(); // font, spacing, measure and theme from the preferences
    m_view->setWordFinder(&TextBoundaries::wordAt);
    m_view->setAccessibleName(tr("Article"));
    m_view->setAccessibleDescription(tr("The text of the open article. Select a passage to highlight it; "
                                        "Alt+Down and Alt+Up go to the next and previous highlight."));
    m_splitter->addWidget(m_articlePane);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_statusDocument);
    connect(m_view, &ArticleView::selectionChanged, this,
            [this] { m_counts->setSelection(m_view->selectionStart(), m_view->selectionEnd()); });
    connect(m_articlePane, &ArticlePane::noticeActionTriggered, this, &MainWindow::onNoticeAction);

    m_controller = new DocumentController(m_library, m_view, m_panel, &m_undoStack, this);
    connect(m_controller, &DocumentController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_controller, &DocumentController::errorOccurred, this, &MainWindow::showError);
    connect(m_controller, &DocumentController::annotationCountChanged, this, &MainWindow::updateStatus);
    connect(m_panel, &AnnotationPanel::escapePressed, this,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    connect(m_view, &ArticleView::zoomChanged, this, [](int steps) { ReaderSettings::setZoom(steps); });
    connect(m_view, &ArticleView::zoomChanged, this, &MainWindow::applyTextWidth); // the measure is in em
    connect(m_controller, &DocumentController::stylesChanged, this, &MainWindow::rebuildStyleActions);

    // Another window or the command line may write to the same library: what they commit is shown here,
    // checked every 2 s while Hashiya is the active application and at once when it becomes active again.
    auto *watcher = m_watcher = new LibraryWatcher(m_library, this);
    watcher->setObjectName(u"libraryWatcher"_s);
    connect(watcher, &LibraryWatcher::changed, m_controller, &DocumentController::reloadFromLibrary);
    const auto followState = [watcher](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive) {
            watcher->stop();
            return;
        }
        watcher->check();
        watcher->start();
    };
    connect(qApp, &QGuiApplication::applicationStateChanged, watcher, followState);
    followState(QGuiApplication::applicationState());

    createActions();
    createMenus();

    if (!restoreGeometry(ReaderSettings::windowGeometry()))
        resize(1200, 800);
    m_splitter->restoreState(ReaderSettings::splitterState());
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The controller drives the view and the panel: it must go (saving what it holds) before they do.
    delete m_controller;
}

QFont MainWindow::readingFont()
{
    return ReaderSettings::readingFont();
}

void MainWindow::createActions()
{
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);
    connect(&m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(&m_undoStack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });

    // Delete belongs to the article and the list: in the note or tag field it must still delete letters.
    m_deleteAction = new QAction(tr("&Delete Annotation"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, m_controller, &DocumentController::deleteCurrent);
    m_view->addAction(m_deleteAction);
    m_panel->listView()->addAction(m_deleteAction);

    m_attachAction = new QAction(tr("Attach &Here"), this);
    m_attachAction->setObjectName(u"attachHere"_s);
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setEnabled(false);
    connect(m_attachAction, &QAction::triggered, m_controller, &DocumentController::attachCurrentHere);
    connect(m_controller, &DocumentController::canAttachHereChanged, m_attachAction, &QAction::setEnabled);

    createStyleActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::showOpenDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentFiles"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addAction(tr("Reopen with &Encoding…"), this, &MainWindow::reopenWithEncoding);
    file->addAction(tr("Import as New &Version…"), this, &MainWindow::showImportNewVersionDialog);
    m_versionsMenu = file->addMenu(tr("Ear&lier Versions"));
    m_versionsMenu->setEnabled(false);
    addExportActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_view, &ArticleView::copy)
        ->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, m_view, &ArticleView::selectAll)
        ->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    FindController *find = m_articlePane->find();
    edit->addAction(tr("&Find…"), QKeySequence::Find, find, &FindController::open);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, find, &FindController::next);
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, find, &FindController::previous);
    edit->addAction(tr("&Search the Library…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                    &MainWindow::showLibrarySearch);
    addPreferencesAction(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, &ArticleView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &ArticleView::zoomOut);
    view->addAction(tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view,
                    [this] { m_view->setZoom(0); });

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    m_annotateMenu = annotate;
    annotate->addActions(m_styleActions);
    m_styleSeparator = annotate->addSeparator();
    annotate->addAction(tr("Edit N&ote"), QKeySequence(Qt::CTRL | Qt::Key_E), m_panel,
                        &AnnotationPanel::focusNote);
    annotate->addAction(tr("Edit &Tags"), QKeySequence(Qt::CTRL | Qt::Key_T), m_controller,
                        &DocumentController::focusTags);
    annotate->addAction(m_attachAction);
    annotate->addSeparator();
    annotate->addAction(tr("&Next Annotation"), QKeySequence(Qt::ALT | Qt::Key_Down), m_controller,
                        [this] { m_controller->selectAdjacent(+1); });
    annotate->addAction(tr("&Previous Annotation"), QKeySequence(Qt::ALT | Qt::Key_Up), m_controller,
                        [this] { m_controller->selectAdjacent(-1); });

    // F6 / Shift+F6 move between the panes, as in most desktop applications (article, find bar, panel).
    auto *navigation = new KeyboardNavigation(this);
    navigation->setTabOrder();
    view->addSeparator();
    view->addAction(tr("&Next Pane"), QKeySequence(Qt::Key_F6), navigation,
                    [navigation] { navigation->focusPane(+1); });
    view->addAction(tr("&Previous Pane"), QKeySequence(Qt::SHIFT | Qt::Key_F6), navigation,
                    [navigation] { navigation->focusPane(-1); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 is left for the help contents; Ctrl+/ (Ctrl+? on most layouts) is what many applications use.
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts…"), this, [this] { ShortcutsDialog::showFor(this); });
    shortcuts->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    help->addSeparator();
    help->addAction(tr("&About Hashiya"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::addExportActions(QMenu *file)
{
    // Print, PDF and export read the library: a note still being typed is saved first.
    m_print = new PrintController(m_controller, this);
    m_print->setFont(m_view->articleFont());
    m_export = new ExportController(m_library, m_controller, this);
    connect(m_print, &PrintController::aboutToRun, m_panel, &AnnotationPanel::flushNote);
    connect(m_export, &ExportController::aboutToRun, m_panel, &AnnotationPanel::flushNote);
    const auto done = [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 6000);
        else
            showError(message);
    };
    const auto stopped = [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    };
    connect(m_print, &PrintController::finished, this, done);
    connect(m_export, &ExportController::finished, this, done);
    connect(m_print, &PrintController::cancelled, this, stopped);
    connect(m_export, &ExportController::cancelled, this, stopped);

    file->addSeparator();
    file->addAction(tr("E&xport…"), m_export, &ExportController::showDialog);
    file->addAction(tr("Export as P&DF…"), m_print, &PrintController::exportPdf);
    file->addAction(tr("&Print…"), QKeySequence::Print, m_print, &PrintController::print);
}

bool MainWindow::openFile(const QString &path, const QString &encoding)
{
    // The note being typed is saved now, not by its timer while the worker below writes (that would wait
    // for its transaction) nor after a new version has moved its annotation.
    m_panel->flushNote();
    struct Opened {
        LoadResult loaded;
        DocumentImporter::Result imported;
    };
    // Decoding, parsing, hashing and indexing grow with the file (0.7 s for 5 MB): on a worker thread.
    const Opened opened = whileBusy([&] {
        return runOnLibraryResponsively(m_library, [path, encoding](Library &library) {
            Opened result;
            result.loaded = ArticleLoader::loadFile(path, encoding);
            if (result.loaded.error.isEmpty())
                result.imported = DocumentImporter::import(library, result.loaded.article);
            return result;
        });
    });
    const LoadResult &loaded = opened.loaded;
    if (!loaded.error.isEmpty()) {
        showError(tr("Cannot open %1:\n%2").arg(QDir::toNativeSeparators(path), loaded.error));
        return false;
    }
    const DocumentImporter::Result &imported = opened.imported;
    if (!imported.error.isEmpty()) {
        showError(
            tr("Cannot add %1 to the library:\n%2").arg(QDir::toNativeSeparators(path), imported.error));
        return false;
    }
    showArticle(imported.record, loaded.article);
    m_currentPath = QFileInfo(path).absoluteFilePath();
    ReaderSettings::addRecentFile(path);
    setWindowFilePath(m_currentPath);
    // Nothing is guessed silently: an uncertain encoding or replaced bytes are said, with the way out. A
    // changed file says what became of its annotations (after an encoding notice, it is in the list filters).
    if (imported.revision && loaded.warning.isEmpty() && !loaded.encodingUncertain)
        showRevisionReport(*imported.revision);
    else if (!loaded.warning.isEmpty())
        m_articlePane->showNotice(loaded.warning, ArticlePane::NoticeAction::ReopenWithEncoding);
    else if (loaded.encodingUncertain)
        m_articlePane->showNotice(tr("The encoding of this file was a guess (%1). If the text looks wrong, "
                                     "reopen it with another encoding.")
                                      .arg(loaded.article.encoding),
                                  ArticlePane::NoticeAction::ReopenWithEncoding);
    return true;
}

void MainWindow::onNoticeAction(ArticlePane::NoticeAction action)
{
    switch (action) {
    case ArticlePane::NoticeAction::None:
        break;
    case ArticlePane::NoticeAction::ReopenWithEncoding:
        reopenWithEncoding();
        break;
    case ArticlePane::NoticeAction::ShowNotAnchored:
        m_panel->showNotAnchored();
        break;
    case ArticlePane::NoticeAction::OpenLatestVersion:
        openLatestVersion();
        break;
    }
}

bool MainWindow::openDocument(qint64 documentId, int start, int end, const QUuid &annotationId)
{
    if (!m_controller->hasDocument() || m_controller->document().id != documentId) {
        DocumentStore store(m_library);
        const auto record = store.find(documentId);
        if (!record) {
            showError(tr("This document is no longer in the library."));
            return false;
        }
        store.markOpened(record->id, record->sourcePath);
        showArticle(*record, articleFromRecord(*record));
        m_currentPath = QFileInfo::exists(record->sourcePath) ? record->sourcePath : QString();
        setWindowFilePath(m_currentPath);
    }
    if (!annotationId.isNull() && m_controller->store() && m_controller->store()->find(annotationId)) {
        m_panel->setCurrentAnnotation(annotationId);
    } else if (start >= 0 && end > start) {
        m_view->scrollToPosition(start, true);
        m_view->flashRange(start, end);
        m_view->setSelection(start, end);
    }
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::showArticle(const DocumentRecord &record, const Article &article)
{
    m_articlePane->hideNotice();
    m_controller->open(record, article);
    updateVersions();
    m_articlePane->find()->setText(article.text);
    m_counts->setText(article.text);
    setWindowTitle(tr("%1 — Hashiya").arg(record.title));
    m_view->setFocus(Qt::OtherFocusReason);
    updateStatus();
}

void MainWindow::showLibrarySearch()
{
    if (!m_search) {
        m_search = new LibrarySearchDialog(m_library, this);
        connect(m_search, &LibrarySearchDialog::openRequested, this,
                [this](qint64 documentId, int start, int end, const QUuid &annotationId) {
                    openDocument(documentId, start, end, annotationId);
                });
    }
    m_panel->flushNote(); // a note being typed is searchable at once
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->focusQuery();
}

void MainWindow::reopenWithEncoding()
{
    if (m_currentPath.isEmpty()) {
        statusBar()->showMessage(tr("This article did not come from a file that can be read again."), 5000);
        return;
    }
    QFile file(m_currentPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > ArticleLoader::MaximumFileSize) {
        showError(tr("Cannot read %1 again.").arg(QDir::toNativeSeparators(m_currentPath)));
        return;
    }
    EncodingDialog dialog(file.readAll(), m_controller->document().encoding, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedEncoding().isEmpty())
        return;
    openFile(m_currentPath, dialog.selectedEncoding());
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), QString(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = ReaderSettings::recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString label = number <= 9 ? u"&%1  %2"_s.arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        ++number;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [] { ReaderSettings::clearRecentFiles(); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::undo()
{
    // A note still being typed is one more step: record it first, so undo takes back what the user sees.
    m_panel->flushNote();
    m_undoStack.undo();
}

void MainWindow::redo()
{
    m_panel->flushNote();
    m_undoStack.redo();
}

void MainWindow::updateStatus()
{
    if (!m_controller->hasDocument()) {
        m_statusDocument->setText(tr("Open an article with File › Open or drop it here."));
        return;
    }
    const DocumentRecord &document = m_controller->document();
    const QString language = document.language.isEmpty() ? tr("language unknown") : document.language;
    m_statusDocument->setText(
        tr("%1 · %2").arg(document.encoding.isEmpty() ? tr("UTF-8") : document.encoding, language));
}

void MainWindow::showError(const QString &message)
{
    if (qEnvironmentVariableIsSet("HASHIYA_NO_DIALOGS")) {
        // Tests and scripted runs: report without a modal dialog that nobody can close.
        statusBar()->showMessage(message);
        qWarning("%s", qUtf8Printable(message));
        return;
    }
    QMessageBox::warning(this, tr("Hashiya"), message);
}

void MainWindow::showAbout()
{
    AboutDialog::showFor(this);
}

void MainWindow::beginBusy()
{
    if (m_busy++ > 0)
        return;
    m_watchingWhenIdle = m_watcher->isActive();
    m_watcher->stop();
}

void MainWindow::endBusy()
{
    if (--m_busy > 0)
        return;
    // The worker's commits are seen by the next poll, against what the window shows now: nothing to reload.
    if (m_watchingWhenIdle && QGuiApplication::applicationState() == Qt::ApplicationActive)
        m_watcher->start();
    if (m_closeWhenIdle)
        QTimer::singleShot(0, this, &QWidget::close);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        // A file is being opened (whileBusy): the window closes once it is in, not from under it.
        m_closeWhenIdle = true;
        event->ignore();
        return;
    }
    m_controller->close();
    ReaderSettings::setWindowGeometry(saveGeometry());
    ReaderSettings::setSplitterState(m_splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.constFirst().toLocalFile());
}

} // namespace hashiya
