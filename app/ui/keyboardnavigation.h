#pragma once

#include "keyboard/keybinding.h"

#include <QObject>

class QWidget;

namespace hashiya {

class MainWindow;

/**
 * The window's keyboard paths: the Tab order (article → find bar when open → panel filters → list → note →
 * tags) and F6 / Shift+F6 moving between the panes (article, find bar when open, annotation panel).
 */
class KeyboardNavigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardNavigation)

public:
    explicit KeyboardNavigation(MainWindow *window);

    /// Sets the Tab order with QWidget::setTabOrder; hidden widgets (a closed find bar) are skipped by Qt.
    void setTabOrder();
    /// The focusable widgets in Tab order, as set by setTabOrder() (hidden ones included).
    QList<QWidget *> tabOrder() const;
    /// Moves the focus to the next pane (+1) or the previous one (-1), wrapping around.
    void focusPane(int direction);

    /// The keys Qt handles for this window without an action (Tab, Shift+Tab), kept next to setTabOrder().
    static KeyBindings keyBindings();

private:
    QList<QWidget *> panes() const;
    void focusInto(QWidget *pane);

    MainWindow *m_window;
};

} // namespace hashiya
