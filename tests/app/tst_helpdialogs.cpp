// Help › Keyboard Shortcuts and Help › About Hashiya, in the real window offscreen: the shortcuts dialog
// lists every action that has a shortcut and no two actions share one; its filter matches folded text; About
// shows the run-time versions and every licence, and copies them for a bug report.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "articleview/articleview.h"
#include "library/stylestore.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/shortcutsdialog.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

#include <unicode/uversion.h>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

// Every QAction of the window with a shortcut, found independently of the dialog: the window's children
// and the actions added to any of its widgets.
QList<QAction *> actionsWithShortcuts(QWidget *window)
{
    QList<QAction *> all = window->findChildren<QAction *>();
    all += window->actions();
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->window() == window)
            all += widget->actions();
    }
    QList<QAction *> result;
    for (QAction *action : std::as_const(all)) {
        if (!action->shortcuts().isEmpty() && !result.contains(action))
            result.append(action);
    }
    return result;
}

QList<QTreeWidgetItem *> rows(const QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> result;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            result.append(tree->topLevelItem(g)->child(i));
    }
    return result;
}

QStringList shownCommands(const QTreeWidget *tree)
{
    QStringList shown;
    for (const QTreeWidgetItem *item : rows(tree)) {
        if (!item->isHidden() && !item->parent()->isHidden())
            shown.append(item->text(0));
    }
    return shown;
}

} // namespace

class TestHelpDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shortcutsDialogListsEveryActionWithAShortcut();
    void noTwoActionsShareAShortcut();
    void filterMatchesFoldedText_data();
    void filterMatchesFoldedText();
    void aboutShowsRuntimeVersionsAndLicences();
    void copyPutsTheVersionInfoOnTheClipboard();
    void dialogWidgetsHaveAccessibleNames();

private:
    ShortcutsDialog *openShortcuts();

    WindowFixture m_fixture;
    const QString m_article = corpusFile(u"burkina-faso-russia.ar.txt"_s);
};

void TestHelpDialogs::initTestCase()
{
    m_fixture.isolate();
    m_fixture.setWindowSize(QSize()); // the size the window gives itself
    m_fixture.setWait(WindowFixture::Wait::Active);
}

void TestHelpDialogs::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
}

void TestHelpDialogs::cleanup()
{
    m_fixture.cleanup();
}

ShortcutsDialog *TestHelpDialogs::openShortcuts()
{
    QTest::keyClick(m_fixture.window()->articleView(), Qt::Key_Slash, Qt::ControlModifier);
    auto *dialog = m_fixture.window()->findChild<ShortcutsDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestHelpDialogs::shortcutsDialogListsEveryActionWithAShortcut()
{
    // A style renamed in the library: its Ctrl+number action is listed under its current name.
    StyleStore styles(m_fixture.library());
    HighlightStyle first = styles.all().constFirst();
    first.name = u"claim"_s;
    QVERIFY(styles.update(first));
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);

    const QList<QTreeWidgetItem *> listed = rows(dialog->tree());
    QHash<QObject *, QTreeWidgetItem *> byAction;
    for (QTreeWidgetItem *item : listed) {
        if (QObject *action = item->data(0, ShortcutsDialog::ActionRole).value<QObject *>())
            byAction.insert(action, item);
    }
    const QList<QAction *> actions = actionsWithShortcuts(m_fixture.window());
    QVERIFY(actions.size() >= 20);
    for (QAction *action : actions) {
        QTreeWidgetItem *item = byAction.value(action);
        QVERIFY2(item, qPrintable(u"missing: %1 (%2)"_s.arg(action->text(), action->shortcut().toString())));
        for (const QKeySequence &shortcut : action->shortcuts())
            QVERIFY2(item->text(1).contains(shortcut.toString(QKeySequence::NativeText)),
                     qPrintable(item->text(1)));
        QVERIFY(!item->text(0).contains(u'&') || action->text().contains(u"&&"_s));
    }
    const QStringList commands = shownCommands(dialog->tree());
    QVERIFY2(commands.contains(u"Highlight as claim"_s), qPrintable(commands.join(u" | "_s)));
    QVERIFY(commands.contains(u"Keyboard Shortcuts…"_s));
    // Keys the widgets handle themselves are there too, from their own tables.
    QVERIFY(commands.contains(u"Close the find bar and return to the article"_s));
    QVERIFY(commands.contains(u"Scroll down a page"_s));
    QVERIFY(commands.contains(u"Add the typed tag"_s));
}

void TestHelpDialogs::noTwoActionsShareAShortcut()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QHash<QKeySequence, QAction *> owners;
    QStringList clashes;
    for (QAction *action : actionsWithShortcuts(m_fixture.window())) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            QAction *owner = owners.value(shortcut);
            if (owner && owner != action)
                clashes.append(u"%1: “%2” and “%3”"_s.arg(shortcut.toString(QKeySequence::NativeText),
                                                          owner->text(), action->text()));
            owners.insert(shortcut, action);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestHelpDialogs::filterMatchesFoldedText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("hidden");
    QTest::newRow("a word of the command") << u"note"_s << u"Edit Note"_s << u"Zoom In"_s;
    QTest::newRow("upper case matches lower case") << u"ZOOM"_s << u"Zoom In"_s << u"Edit Note"_s;
    QTest::newRow("the key text") << u"F6"_s << u"Next Pane"_s << u"Edit Note"_s;
    QTest::newRow("bare Arabic matches a vocalised style name")
        << u"حاشية"_s << u"Highlight as حاشِيَة"_s << u"Edit Note"_s;
    QTest::newRow("a menu's name shows its commands")
        << u"annotate"_s << u"Next Annotation"_s << u"Zoom In"_s;
}

void TestHelpDialogs::filterMatchesFoldedText()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(QString, hidden);
    StyleStore styles(m_fixture.library());
    HighlightStyle first = styles.all().constFirst();
    first.name = u"حاشِيَة"_s;
    QVERIFY(styles.update(first));
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->filterField());
    typeText(dialog->filterField(), typed);
    const QStringList shown = shownCommands(dialog->tree());
    QVERIFY2(shown.contains(expected), qPrintable(shown.join(u" | "_s)));
    QVERIFY2(!shown.contains(hidden), qPrintable(shown.join(u" | "_s)));
    // Clearing the filter shows every row again.
    dialog->filterField()->clear();
    QCOMPARE(shownCommands(dialog->tree()).size(), rows(dialog->tree()).size());
}

void TestHelpDialogs::aboutShowsRuntimeVersionsAndLicences()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QAction *about = nullptr;
    for (QAction *action : m_fixture.window()->findChildren<QAction *>()) {
        if (action->text() == u"&About Hashiya"_s)
            about = action;
    }
    QVERIFY(about);
    about->trigger();
    auto *dialog = m_fixture.window()->findChild<AboutDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QString text;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        text += label->text() + u'\n';

    // Versions as the running libraries report them, read here independently of the dialog.
    QVERIFY(text.contains(QStringLiteral(HASHIYA_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    UVersionInfo icu;
    u_getVersion(icu);
    QVERIFY2(text.contains(u"%1.%2"_s.arg(icu[0]).arg(icu[1])), qPrintable(text));
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery query(u"SELECT sqlite_version()"_s, db);
        QVERIFY(query.next());
        QVERIFY2(text.contains(query.value(0).toString()), qPrintable(text));
    }
    QSqlDatabase::removeDatabase(u"version"_s);
    const QRegularExpression libxml(u"libxml2</a></td><td>2\\.\\d+\\.\\d+</td>"_s);
    QVERIFY2(libxml.match(text).hasMatch(), qPrintable(text));
    const QRegularExpression libzip(u"libzip</a></td><td>1\\.\\d+\\.\\d+</td>"_s);
    QVERIFY2(libzip.match(text).hasMatch(), qPrintable(text));

    for (const QString &licence : {u"GPL-3.0-or-later"_s, u"LGPL-3.0-only"_s, u"Unicode-DFS-2016"_s,
                                   u"Public domain"_s, u"MIT"_s, u"BSD-3-Clause"_s})
        QVERIFY2(text.contains(licence), qPrintable(licence));
    // The installed reading fonts, with the font licence.
    const QStringList families = QFontDatabase::families();
    for (const QString &font : {u"Noto Naskh Arabic"_s, u"Amiri"_s}) {
        if (families.contains(font)) {
            QVERIFY(text.contains(font));
            QVERIFY(text.contains(u"OFL-1.1"_s));
        }
    }
    // Links open only when clicked: no link is followed while the dialog is read.
    QVERIFY(dialog->componentsLabel()->openExternalLinks());
    QVERIFY(dialog->componentsLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
}

void TestHelpDialogs::copyPutsTheVersionInfoOnTheClipboard()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    AboutDialog *dialog = AboutDialog::showFor(m_fixture.window());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"Hashiya %1\n"_s.arg(QStringLiteral(HASHIYA_VERSION))), qPrintable(copied));
    QVERIFY(copied.contains(u"Qt %1 (LGPL-3.0-only)"_s.arg(QString::fromLatin1(qVersion()))));
    for (const QString &name : {u"ICU "_s, u"SQLite "_s, u"libxml2 "_s, u"libzip "_s})
        QVERIFY2(copied.contains(name), qPrintable(copied));
    QCOMPARE(copied, AboutDialog::versionInfo());
}

void TestHelpDialogs::dialogWidgetsHaveAccessibleNames()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    const QList<QDialog *> dialogs{openShortcuts(), AboutDialog::showFor(m_fixture.window())};
    for (QDialog *dialog : dialogs) {
        QVERIFY(dialog);
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(),
                     widget->metaObject()->className());
        }
    }
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
