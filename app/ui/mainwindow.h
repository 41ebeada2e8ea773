#pragma once

#include <QMainWindow>
#include <QUndoStack>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace hashiya {

class AnnotationPanel;
class ArticleView;
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

    bool openFile(const QString &path);

    ArticleView *articleView() const { return m_view; }
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
    void showAbout();
    static QFont readingFont();

    Library &m_library;
    QUndoStack m_undoStack;
    QSplitter *m_splitter = nullptr;
    ArticleView *m_view = nullptr;
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
