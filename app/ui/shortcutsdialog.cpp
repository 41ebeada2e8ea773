#include "ui/shortcutsdialog.h"

#include "articleview/articleview.h"
#include "editors/noteeditor.h"
#include "editors/tageditor.h"
#include "findbar/findbar.h"
#include "text/textfolder.h"
#include "ui/keyboardnavigation.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

// Every menu, depth first, with its path of titles ("File › Open Recent").
void collectMenus(QMenu *menu, const QString &path, QList<std::pair<QString, QMenu *>> &out)
{
    out.append({path, menu});
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (QMenu *sub = action->menu())
            //: A submenu under its menu in Help › Keyboard Shortcuts: "File › Open Recent".
            collectMenus(sub,
                         QCoreApplication::translate("hashiya::ShortcutsDialog", "%1 › %2")
                             .arg(path, ShortcutsDialog::plainText(sub->title())),
                         out);
    }
}

QString fold(const QString &text)
{
    return TextFolder::foldKey(text);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *label = new QLabel(this);
    label->setObjectName(u"filterLabel"_s);
    label->setBuddy(m_filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(560, 620);
    retranslate();
}

ShortcutsDialog *ShortcutsDialog::showFor(QMainWindow *window)
{
    auto *dialog = window->findChild<ShortcutsDialog *>(u"shortcutsDialog"_s, Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new ShortcutsDialog(window);
    dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->m_filter->setFocus(Qt::OtherFocusReason);
    return dialog;
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" is a literal ampersand; "&x" marks x
        plain.append(text.at(i));
    }
    return plain;
}

QString ShortcutsDialog::shortcutText(const QList<QKeySequence> &shortcuts)
{
    QStringList texts;
    for (const QKeySequence &sequence : shortcuts) {
        // Keys are read left to right in every language: an isolate keeps "Ctrl++" or "Ctrl+," in that
        // order in a right-to-left dialog, where the bidi algorithm would otherwise move the punctuation.
        const QString text = sequence.toString(QKeySequence::NativeText);
        const QString isolated = QChar(0x2066) + text + QChar(0x2069);
        if (!text.isEmpty() && !texts.contains(isolated))
            texts.append(isolated);
    }
    //: Between two shortcuts of one command: "Ctrl+Y, Ctrl+Shift+Z".
    return texts.join(tr(", "));
}

QList<QAction *> ShortcutsDialog::shortcutActions(const QWidget *window)
{
    QList<QAction *> result;
    QSet<QAction *> seen;
    const auto add = [&](QAction *action) {
        if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            result.append(action);
        }
    };
    const QList<QAction *> owned = window->findChildren<QAction *>();
    for (QAction *action : owned)
        add(action);
    for (QAction *action : window->actions())
        add(action);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Dialogs are windows of their own; their shortcuts are not the window's.
        if (widget->window() != window)
            continue;
        for (QAction *action : widget->actions())
            add(action);
    }
    return result;
}

QTreeWidgetItem *ShortcutsDialog::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_tree, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    return group;
}

void ShortcutsDialog::refresh()
{
    m_tree->clear();
    QSet<QAction *> listed;
    const auto addAction = [&](QTreeWidgetItem *group, QAction *action) {
        auto *item =
            new QTreeWidgetItem(group, {plainText(action->text()), shortcutText(action->shortcuts())});
        item->setData(0, ActionRole, QVariant::fromValue<QObject *>(action));
        listed.insert(action);
    };

    QList<std::pair<QString, QMenu *>> menus;
    if (QMenuBar *bar = m_window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QAction *top : bar->actions()) {
            if (QMenu *menu = top->menu())
                collectMenus(menu, plainText(menu->title()), menus);
        }
    }
    for (const auto &[title, menu] : std::as_const(menus)) {
        QTreeWidgetItem *group = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || action->shortcuts().isEmpty()
                || listed.contains(action))
                continue;
            if (!group)
                group = addGroup(title);
            addAction(group, action);
        }
    }

    // Shortcuts of actions in no menu (added to the window or to one of its widgets).
    QTreeWidgetItem *others = nullptr;
    const QList<QAction *> actions = shortcutActions(m_window);
    for (QAction *action : actions) {
        if (listed.contains(action))
            continue;
        if (!others)
            others = addGroup(tr("Other commands"));
        addAction(others, action);
    }

    const auto addKeys = [this](const QString &title, const KeyBindings &bindings) {
        QTreeWidgetItem *group = addGroup(title);
        for (const KeyBinding &binding : bindings)
            new QTreeWidgetItem(group, {binding.text(), shortcutText({binding.keys})});
    };
    addKeys(tr("Moving around"), KeyboardNavigation::keyBindings());
    addKeys(tr("In the article"), ArticleView::keyBindings());
    addKeys(tr("In the find bar"), FindBar::keyBindings());
    addKeys(tr("In the note"), NoteEditor::keyBindings());
    addKeys(tr("In the tag field"), TagEditor::keyBindings());

    m_tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString key = fold(m_filter->text().simplified());
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = key.isEmpty() || fold(group->text(0)).contains(key);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match =
                groupMatches || fold(item->text(0)).contains(key) || fold(item->text(1)).contains(key);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    if (auto *label = findChild<QLabel *>(u"filterLabel"_s))
        label->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Type part of a command or a key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
}

} // namespace hashiya
