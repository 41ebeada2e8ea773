#pragma once

#include <QMainWindow>
#include <QUndoStack>
#include <QUuid>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace hashiya {

struct Article;
struct DocumentRecord;
class AnnotationPanel;
class ArticlePane;
class ArticleView;
class CountsIndicator;
class LibrarySearchDialog;
class DocumentController;
class Library;

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

    ArticleView *articleView() const { return m_view; }
    ArticlePane *articlePane() const { return m_articlePane; }
    CountsIndicator *counts() const { return m_counts; }
    LibrarySearchDialog *librarySearch() const { return m_search; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    DocumentController *controller() const { return m_controller; }
    QUndoStack *undoStack() { return &m_undoStack; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showOpenDialog();
    void rebuildRecentMenu();
    void undo();
    void redo();
    void updateStatus();
    void showError(const QString &message);
    void showArticle(const DocumentRecord &record, const Article &article);
    void showAbout();
    static QFont readingFont();

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
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QList<QAction *> m_styleActions;
};

} // namespace hashiya
