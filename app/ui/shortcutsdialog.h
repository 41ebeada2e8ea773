#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;
class QTreeWidgetItem;

namespace hashiya {

/**
 * Help › Keyboard Shortcuts: every shortcut of the window, read from its live QActions at the time it is
 * shown (menus by menu, then actions that are in no menu), followed by the keys widgets handle themselves,
 * from the tables kept next to the code that handles them. A filter field matches folded text, so "note",
 * "NOTE" or a word typed without its vowel marks finds the row.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    /// On each row: the QAction it lists (as QObject*), null for a key a widget handles itself.
    static constexpr int ActionRole = Qt::UserRole + 1;

    explicit ShortcutsDialog(QMainWindow *window);

    /// Shows the window's dialog (one per window), its content read again from the actions.
    static ShortcutsDialog *showFor(QMainWindow *window);

    /// Reads every action and key table again (a style renamed since, a language changed).
    void refresh();

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    /// Every QAction with a shortcut in `window`: in its menus, its own actions and any of its widgets'.
    static QList<QAction *> shortcutActions(const QWidget *window);
    /// An action's text without its mnemonic marker: "&Open…" → "Open…".
    static QString plainText(const QString &text);
    /// The shortcuts in the platform's own notation, for example "Ctrl+Shift+F, F3".
    static QString shortcutText(const QList<QKeySequence> &shortcuts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslate();
    QTreeWidgetItem *addGroup(const QString &title);

    QMainWindow *m_window;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace hashiya
