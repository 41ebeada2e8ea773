#include "ui/keyboardnavigation.h"

#include "articleview/articleview.h"
#include "editors/noteeditor.h"
#include "editors/tageditor.h"
#include "findbar/findbar.h"
#include "ui/annotationpanel.h"
#include "ui/articlepane.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>

namespace hashiya {

using namespace Qt::StringLiterals;

KeyboardNavigation::KeyboardNavigation(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

QList<QWidget *> KeyboardNavigation::tabOrder() const
{
    QList<QWidget *> order{m_window->articleView()};
    // The find bar's own controls, in the order they are laid out.
    FindBar *bar = m_window->articlePane()->findBar();
    for (const QString &name : {u"findQuery"_s, u"findPrevious"_s, u"findNext"_s, u"findExactMarks"_s,
                                u"findWholeWords"_s, u"findClose"_s}) {
        if (auto *widget = bar->findChild<QWidget *>(name))
            order.append(widget);
    }
    AnnotationPanel *panel = m_window->annotationPanel();
    order << panel->filterField() << panel->tagFilter() << panel->styleFilter() << panel->listView()
          << panel->noteEditor() << panel->tagEditor()->input();
    return order;
}

void KeyboardNavigation::setTabOrder()
{
    const QList<QWidget *> order = tabOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

KeyBindings KeyboardNavigation::keyBindings()
{
    // Qt moves the focus on these keys along the order setTabOrder() sets.
    constexpr const char *context = "hashiya::KeyboardNavigation";
    return {
        {QKeySequence(Qt::Key_Tab), context,
         QT_TRANSLATE_NOOP("hashiya::KeyboardNavigation",
                           "Next field: article, find bar, filters, annotation list, note, tags")},
        {QKeySequence(Qt::SHIFT | Qt::Key_Tab), context,
         QT_TRANSLATE_NOOP("hashiya::KeyboardNavigation", "Previous field")},
    };
}

QList<QWidget *> KeyboardNavigation::panes() const
{
    QList<QWidget *> panes{m_window->articleView()};
    FindBar *bar = m_window->articlePane()->findBar();
    if (bar->isVisible())
        panes.append(bar);
    panes.append(m_window->annotationPanel());
    return panes;
}

void KeyboardNavigation::focusPane(int direction)
{
    const QList<QWidget *> list = panes();
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (focus && (focus == list.at(i) || list.at(i)->isAncestorOf(focus))) {
            current = i;
            break;
        }
    }
    // From outside every pane (the menu bar, a notice), F6 starts at the article.
    const qsizetype count = list.size();
    const qsizetype next = current < 0 ? 0 : ((current + direction) % count + count) % count;
    focusInto(list.at(next));
}

void KeyboardNavigation::focusInto(QWidget *pane)
{
    if (pane == m_window->annotationPanel())
        m_window->annotationPanel()->focusList();
    else if (auto *bar = qobject_cast<FindBar *>(pane))
        bar->focusQuery();
    else
        pane->setFocus(Qt::ShortcutFocusReason);
}

} // namespace hashiya
