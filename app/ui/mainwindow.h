#pragma once

#include "ui/articlepane.h"

#include <QMainWindow>
#include <QPointer>
#include <QUndoStack>
#include <QUuid>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace hashiya {

struct Article;
struct DocumentRecord;
struct ReanchorReport;
class AnnotationPanel;
class ArticlePane;
class ArticleView;
class CountsIndicator;
class LibrarySearchDialog;
class DocumentController;
class ExportController;
class Library;
class LibraryWatcher;
class PreferencesDialog;
class PrintController;

/** The reader's window: the article on one side, its annotations on the other, the menus that join them. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path, const QString &encoding = QString());
    bool openDocument(qint64 documentId, int start = -1, int end = -1, const QUuid &annotationId = QUuid());
    void showLibrarySearch();
    void reopenWithEncoding();
    /// Imports `path` as the next version of the open article and re-anchors its annotations.
    bool importNewVersion(const QString &path);
    void openLatestVersion();

    ArticleView *articleView() const { return m_view; }
    ArticlePane *articlePane() const { return m_articlePane; }
    CountsIndicator *counts() const { return m_counts; }
    LibrarySearchDialog *librarySearch() const { return m_search; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    DocumentController *controller() const { return m_controller; }
    PrintController *printing() const { return m_print; }
    ExportController *exporting() const { return m_export; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// File › Earlier Versions: every version of the open article, newest first.
    QMenu *versionsMenu() const { return m_versionsMenu; }
    /// Edit › Preferences (mainwindowpreferences.cpp): opens the dialog window-modal, without blocking.
    void showPreferences();
    QAction *preferencesAction() const { return m_preferencesAction; }
    /// Annotate › Highlight as …: one action per style, in style order, Ctrl+1 … Ctrl+9.
    const QList<QAction *> &styleActions() const { return m_styleActions; }

Q_SIGNALS:
    /// The user chose another library in the preferences and asked to switch now; it has been checked to
    /// open. Application closes this window and opens one on the new library.
    void librarySwitchRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void addExportActions(QMenu *file);
    void showOpenDialog();
    void onNoticeAction(ArticlePane::NoticeAction action);
    void rebuildRecentMenu();
    void undo();
    void redo();
    void updateStatus();
    void showError(const QString &message);
    void showArticle(const DocumentRecord &record, const Article &article);
    /// Runs `step` (which waits for a worker with runResponsively) marked busy: a close asked for meanwhile
    /// is held until it is done, and the library watcher does not take the worker's commits for another
    /// program's while the window still shows what they replace.
    template<typename Step> auto whileBusy(Step step)
    {
        beginBusy();
        auto result = step();
        endBusy();
        return result;
    }
    void beginBusy();
    void endBusy();
    void showAbout();
    // Versions (mainwindowversions.cpp).
    void showImportNewVersionDialog();
    void showRevisionReport(const ReanchorReport &report);
    qint64 latestVersionOf(qint64 documentId);
    void updateVersions();
    static QFont readingFont();
    // Preferences (mainwindowpreferences.cpp).
    void addPreferencesAction(QMenu *edit);
    void applyReadingSettings();
    void applyTextWidth();
    void createStyleActions();
    void rebuildStyleActions();
    void onStylesApplied(bool annotationsMoved);

    Library &m_library;
    QUndoStack m_undoStack;
    QSplitter *m_splitter = nullptr;
    ArticlePane *m_articlePane = nullptr;
    ArticleView *m_view = nullptr;
    CountsIndicator *m_counts = nullptr;
    LibrarySearchDialog *m_search = nullptr;
    QString m_currentPath; // the file the open article came from, for reopening with another encoding
    AnnotationPanel *m_panel = nullptr;
    DocumentController *m_controller = nullptr;
    QLabel *m_statusDocument = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_versionsMenu = nullptr;
    QAction *m_attachAction = nullptr;
    PrintController *m_print = nullptr;
    ExportController *m_export = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QList<QAction *> m_styleActions;
    QMenu *m_annotateMenu = nullptr;
    QAction *m_styleSeparator = nullptr;
    QAction *m_preferencesAction = nullptr;
    QPointer<PreferencesDialog> m_preferences;
    LibraryWatcher *m_watcher = nullptr;
    int m_busy = 0;                  // whileBusy steps under way (one inside another's wait is possible)
    bool m_watchingWhenIdle = false; // the watcher was polling when the first of them began
    bool m_closeWhenIdle = false;    // a close arrived while busy
};

} // namespace hashiya
