// MainWindow: Edit › Preferences, and applying what it saves (reading settings, theme, highlight styles).
#include "ui/mainwindow.h"

#include "articleview/articleview.h"
#include "ui/annotationpanel.h"
#include "ui/documentcontroller.h"
#include "ui/preferencesdialog.h"
#include "ui/printcontroller.h"
#include "ui/readersettings.h"
#include "ui/readingstyle.h"
#include "ui/swatchicon.h"
#include "ui/theme.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace hashiya {

void MainWindow::addPreferencesAction(QMenu *edit)
{
    edit->addSeparator();
    m_preferencesAction = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(u"preferences"_s);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    // The platform's key where it has one (empty on most Linux desktops), and Ctrl+, as GNOME and KDE
    // applications use.
    QList<QKeySequence> keys;
    const QKeySequence platform(QKeySequence::Preferences);
    if (!platform.isEmpty())
        keys.append(platform);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(keys);
}

void MainWindow::showPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    m_panel->flushNote(); // the styles page counts annotations: a note being typed is saved first
    m_preferences = new PreferencesDialog(m_library, this);
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferences, &PreferencesDialog::readingApplied, this, &MainWindow::applyReadingSettings);
    connect(m_preferences, &PreferencesDialog::stylesApplied, this, &MainWindow::onStylesApplied);
    connect(m_preferences, &PreferencesDialog::librarySwitchRequested, this,
            &MainWindow::librarySwitchRequested);
    m_preferences->open();
}

void MainWindow::applyReadingSettings()
{
    const Theme::Kind theme = Theme::fromKey(ReaderSettings::theme());
    // "Follow the system" at start-up leaves the platform's palette untouched.
    if (theme != Theme::Kind::System || Theme::current() != Theme::Kind::System)
        Theme::apply(theme);
    ReadingStyle::fromSettings().applyTo(m_view);
    if (m_print)
        m_print->setFont(m_view->articleFont());
}

void MainWindow::applyTextWidth()
{
    const int em = ReaderSettings::textWidth();
    m_view->setMaximumTextWidth(ReadingStyle::textWidthPixels(m_view, em));
}

void MainWindow::createStyleActions()
{
    for (const HighlightStyle &style : m_controller->styles()) {
        auto *action = new QAction(tr("Highlight as %1").arg(style.name), this);
        action->setIcon(swatchIcon(style.color));
        if (style.shortcut > 0 && style.shortcut <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + style.shortcut)));
        const int number = style.shortcut;
        connect(action, &QAction::triggered, m_controller,
                [this, number] { m_controller->applyStyle(number); });
        m_styleActions.append(action);
    }
}

void MainWindow::rebuildStyleActions()
{
    // Names, colours and the Ctrl+number order may all have changed: the actions are made again.
    qDeleteAll(m_styleActions);
    m_styleActions.clear();
    createStyleActions();
    if (m_annotateMenu)
        m_annotateMenu->insertActions(m_styleSeparator, m_styleActions);
}

void MainWindow::onStylesApplied(bool annotationsMoved)
{
    if (annotationsMoved) {
        // A removed style's annotations now have another style: they are read again, and the undo history
        // goes, as its steps may name the removed style.
        m_undoStack.clear();
        m_controller->reloadFromLibrary();
    } else {
        m_controller->reloadStyles();
    }
}

} // namespace hashiya
