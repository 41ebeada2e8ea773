// Edit › Preferences in the real main window: reading settings and theme applied at once and remembered,
// Cancel changing nothing, highlight styles renamed, reordered and deleted with their shortcuts following,
// the interface language and the library location.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "annotation/annotationstore.h"
#include "articleview/articlecolors.h"
#include "articleview/articleview.h"
#include "cli/librarylocation.h"
#include "library/library.h"
#include "library/stylerepository.h"
#include "ui/documentcontroller.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/preferencesgeneralpage.h"
#include "ui/preferencesreadingpage.h"
#include "ui/preferencesstylespage.h"
#include "ui/readersettings.h"
#include "ui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keyOpensTheDialogAndApplyChangesTheArticle();
    void themesRepaintTheArticle_data();
    void themesRepaintTheArticle();
    void cancelChangesNothing();
    void restoreDefaultsResetsThePage();
    void renamedAndReorderedStylesReachMenusAndShortcuts();
    void deletingAStyleSaysWhereItsAnnotationsGo();
    void languageIsWrittenForTheNextStart();
    void anotherLibraryIsCheckedThenOfferedNow();
    void anUnusableLibraryIsRefusedAndTheSettingKept();
    void libraryLocationOrder_data();
    void libraryLocationOrder();

private:
    PreferencesDialog *openPreferences();
    static void click(QDialogButtonBox *buttons, QDialogButtonBox::StandardButton which);
    static void typeInto(QWidget *widget, const QString &text);
    static QStringList styleActionTexts(MainWindow *window);

    WindowFixture m_fixture;
    const QString m_article = corpusFile(u"burkina-faso-russia.ar.txt"_s);
};

void TestPreferences::initTestCase()
{
    m_fixture.isolate();
    m_fixture.setWindowSize(QSize(1100, 750));
    m_fixture.setWait(WindowFixture::Wait::Active);
}

void TestPreferences::init()
{
    QSettings().clear();
    QVERIFY2(m_fixture.start(), m_fixture.failure());
}

void TestPreferences::cleanup()
{
    m_fixture.cleanup();
    Theme::apply(Theme::Kind::System); // the palette is the application's: the next test starts plain
}

PreferencesDialog *TestPreferences::openPreferences()
{
    // Ctrl+, from the article, as the user presses it.
    QTest::keyClick(m_fixture.window()->articleView(), Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = m_fixture.window()->findChild<PreferencesDialog *>()) && dialog->isVisible();
        }))
        return nullptr;
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestPreferences::click(QDialogButtonBox *buttons, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = buttons->button(which);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestPreferences::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    typeText(widget, text);
}

QStringList TestPreferences::styleActionTexts(MainWindow *window)
{
    QMenu *annotate = nullptr;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text().remove(u'&') == u"Annotate"_s)
            annotate = action->menu();
    }
    QStringList texts;
    if (!annotate)
        return texts;
    for (QAction *action : annotate->actions()) {
        if (action->text().startsWith(u"Highlight as "_s))
            texts.append(action->text() % u" " % action->shortcut().toString(QKeySequence::PortableText));
    }
    return texts;
}

void TestPreferences::keyOpensTheDialogAndApplyChangesTheArticle()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    ArticleView *view = m_fixture.window()->articleView();
    QCOMPARE(view->articleFont().pointSizeF(), 16.0);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    PreferencesReadingPage *page = dialog->readingPage();
    QVERIFY(page->isVisible());
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());

    typeInto(page->sizeBox(), u"20"_s);
    typeInto(page->spacingBox(), u"1.8"_s);
    // The preview follows before anything is applied; the article does not.
    QCOMPARE(page->preview()->articleFont().pointSizeF(), 20.0);
    QCOMPARE(page->preview()->lineSpacing(), 1.8);
    QVERIFY(page->preview()->highlightCount() >= 5);
    QCOMPARE(view->articleFont().pointSizeF(), 16.0);
    page->widthModeBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page->widthModeBox(), Qt::Key_Down); // Fit the window
    QTest::keyClick(page->widthModeBox(), Qt::Key_Down); // Custom
    typeInto(page->widthBox(), u"30"_s);

    click(dialog->buttons(), QDialogButtonBox::Apply);
    QCOMPARE(view->articleFont().pointSizeF(), 20.0);
    QCOMPARE(view->lineSpacing(), 1.8);
    QCOMPARE(view->maximumTextWidth(), 30 * QFontInfo(view->displayFont()).pixelSize());
    QSettings settings;
    QCOMPARE(settings.value(u"reader/fontSize"_s).toReal(), 20.0);
    QCOMPARE(settings.value(u"reader/lineSpacing"_s).toReal(), 1.8);
    QCOMPARE(settings.value(u"reader/textWidth"_s).toInt(), 30);
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    click(dialog->buttons(), QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_fixture.window()->findChild<PreferencesDialog *>());

    // A new window (the next start) reads them back.
    m_fixture.reset();
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QCOMPARE(m_fixture.window()->articleView()->articleFont().pointSizeF(), 20.0);
    QCOMPARE(m_fixture.window()->articleView()->lineSpacing(), 1.8);
    QCOMPARE(m_fixture.window()->articleView()->maximumTextWidth(),
             30 * QFontInfo(m_fixture.window()->articleView()->displayFont()).pixelSize());
}

void TestPreferences::themesRepaintTheArticle_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QColor>("paper");
    QTest::newRow("dark: charcoal paper, light ink") << 2 << u"dark"_s << ArticleColors::dark().paper;
    QTest::newRow("sepia: cream paper, brown ink") << 3 << u"sepia"_s << ArticleColors::sepia().paper;
    QTest::newRow("light: white paper") << 1 << u"light"_s << ArticleColors::light().paper;
}

void TestPreferences::themesRepaintTheArticle()
{
    QFETCH(int, downPresses);
    QFETCH(QString, key);
    QFETCH(QColor, paper);
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    ArticleView *view = m_fixture.window()->articleView();
    // A highlight, so the grab shows one in the new theme too.
    const int start = int(view->text().indexOf(u"روسيا"_s));
    view->setSelection(start, start + 5);
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().size(), 1);

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QComboBox *theme = dialog->readingPage()->themeBox();
    theme->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(theme, Qt::Key_Down);
    QCOMPARE(dialog->readingPage()->preview()->palette().color(QPalette::Base), paper);
    QVERIFY(view->palette().color(QPalette::Base) != paper || key == u"light"_s);
    click(dialog->buttons(), QDialogButtonBox::Ok);

    QCOMPARE(view->palette().color(QPalette::Base), paper);
    QCOMPARE(QApplication::palette().color(QPalette::Base), paper);
    QCOMPARE(QSettings().value(u"reader/theme"_s).toString(), key);
    // The paper is what is painted, away from the text.
    const QImage image = view->viewport()->grab().toImage();
    QCOMPARE(QColor(image.pixel(3, image.height() - 3)), paper);
    const ArticleColors colors = ArticleColors::fromPalette(view->palette());
    const QColor fill =
        compositeOver(highlightFill(m_fixture.window()->controller()->styles().at(1).color, colors), paper);
    QVERIFY(contrastRatio(colors.ink, fill) >= 4.5);

    m_fixture.reset();
    Theme::apply(Theme::Kind::System);
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QCOMPARE(m_fixture.window()->articleView()->palette().color(QPalette::Base), paper);
}

void TestPreferences::cancelChangesNothing()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    ArticleView *view = m_fixture.window()->articleView();
    const QPalette before = view->palette();
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    typeInto(dialog->readingPage()->sizeBox(), u"30"_s);
    QTest::keyClick(dialog->readingPage()->themeBox(), Qt::Key_Down);
    dialog->showPage(PreferencesDialog::Page::Styles);
    QListWidget *list = dialog->stylesPage()->list();
    list->setCurrentRow(1);
    QTest::mouseClick(dialog->stylesPage()->button(u"moveStyleUp"_s), Qt::LeftButton);
    QCOMPARE(list->item(0)->text(), u"Important"_s);
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_fixture.window()->findChild<PreferencesDialog *>());
    QCOMPARE(view->articleFont().pointSizeF(), 16.0);
    QCOMPARE(view->palette().color(QPalette::Base), before.color(QPalette::Base));
    QVERIFY(!QSettings().contains(u"reader/fontSize"_s));
    QVERIFY(!QSettings().contains(u"reader/theme"_s));
    QCOMPARE(StyleRepository(m_fixture.library()).list().constFirst().name, u"Highlight"_s);
    QCOMPARE(styleActionTexts(m_fixture.window()).constFirst(), u"Highlight as Highlight Ctrl+1"_s);
}

void TestPreferences::restoreDefaultsResetsThePage()
{
    ReaderSettings::setFontSize(24);
    ReaderSettings::setLineSpacing(2.0);
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    PreferencesReadingPage *page = dialog->readingPage();
    QCOMPARE(page->sizeBox()->value(), 24.0);
    click(dialog->buttons(), QDialogButtonBox::RestoreDefaults);
    QCOMPARE(page->sizeBox()->value(), ReaderSettings::DefaultFontSize);
    QCOMPARE(page->spacingBox()->value(), ReaderSettings::DefaultLineSpacing);
    QCOMPARE(QSettings().value(u"reader/fontSize"_s).toReal(), 24.0); // nothing saved before Apply
    click(dialog->buttons(), QDialogButtonBox::Ok);
    QCOMPARE(m_fixture.window()->articleView()->articleFont().pointSizeF(), ReaderSettings::DefaultFontSize);
    QCOMPARE(ReaderSettings::fontSize(), ReaderSettings::DefaultFontSize);
}

void TestPreferences::renamedAndReorderedStylesReachMenusAndShortcuts()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QCOMPARE(styleActionTexts(m_fixture.window()).mid(0, 2),
             (QStringList{u"Highlight as Highlight Ctrl+1"_s, u"Highlight as Important Ctrl+2"_s}));
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->showPage(PreferencesDialog::Page::Styles);
    PreferencesStylesPage *page = dialog->stylesPage();
    QListWidget *list = page->list();

    // "Important" moves up: it becomes the first style.
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentRow(1);
    QTest::mouseClick(page->button(u"moveStyleUp"_s), Qt::LeftButton);
    QCOMPARE(list->currentRow(), 0);
    // F2 renames it in place.
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = list->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, u"ادعاء"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(list->item(0)->text(), u"ادعاء"_s);
    click(dialog->buttons(), QDialogButtonBox::Ok);

    QCOMPARE(styleActionTexts(m_fixture.window()).mid(0, 2),
             (QStringList{u"Highlight as ادعاء Ctrl+1"_s, u"Highlight as Highlight Ctrl+2"_s}));
    QCOMPARE(m_fixture.window()->controller()->styles().constFirst().name, u"ادعاء"_s);

    // Ctrl+1 now applies the style that was second.
    QTRY_VERIFY(!m_fixture.window()->findChild<PreferencesDialog *>());
    m_fixture.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture.window()));
    ArticleView *view = m_fixture.window()->articleView();
    const int start = int(view->text().indexOf(u"روسيا"_s));
    view->setSelection(start, start + 5);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().size(), 1);
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().constFirst().styleId, 2);

    // And in a new window (the next start).
    m_fixture.reset();
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QCOMPARE(styleActionTexts(m_fixture.window()).constFirst(), u"Highlight as ادعاء Ctrl+1"_s);
}

void TestPreferences::deletingAStyleSaysWhereItsAnnotationsGo()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    ArticleView *view = m_fixture.window()->articleView();
    const int start = int(view->text().indexOf(u"روسيا"_s));
    view->setSelection(start, start + 5);
    QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().constFirst().styleId, 3);

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->showPage(PreferencesDialog::Page::Styles);
    PreferencesStylesPage *page = dialog->stylesPage();
    page->list()->setCurrentRow(2); // "Term"
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text() % u'\n' % box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
    });
    QTest::mouseClick(page->button(u"deleteStyle"_s), Qt::LeftButton);
    QVERIFY2(question.contains(u"“Term”"_s), qPrintable(question));
    QVERIFY2(question.contains(u"1 annotation"_s) && question.contains(u"“Highlight”"_s),
             qPrintable(question));
    QCOMPARE(page->list()->count(), 4);
    click(dialog->buttons(), QDialogButtonBox::Ok);

    QCOMPARE(m_fixture.window()->controller()->styles().size(), 4);
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().size(), 1); // kept
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().constFirst().styleId, 1);
    QCOMPARE(styleActionTexts(m_fixture.window()).size(), 4);
    QCOMPARE(styleActionTexts(m_fixture.window()).at(2), u"Highlight as Question Ctrl+3"_s);
}

void TestPreferences::languageIsWrittenForTheNextStart()
{
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->showPage(PreferencesDialog::Page::General);
    QComboBox *language = dialog->generalPage()->languageBox();
    QCOMPARE(language->currentIndex(), 0); // System default
    QCOMPARE(language->count(), 4);
    language->setFocus(Qt::TabFocusReason);
    QTest::keyClick(language, Qt::Key_End); // Français, the last
    QCOMPARE(language->currentData().toString(), u"fr"_s);
    click(dialog->buttons(), QDialogButtonBox::Ok);
    QCOMPARE(QSettings().value(u"interface/language"_s).toString(), u"fr"_s);
}

void TestPreferences::anotherLibraryIsCheckedThenOfferedNow()
{
    // A second real library with its own styles.
    const QString second = m_fixture.filePath(u"second.sqlite"_s);
    {
        QString error;
        std::unique_ptr<Library> other = Library::open(second, &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(StyleRepository(*other).rename(1, u"Claim"_s));
    }
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QSignalSpy switches(m_fixture.window(), &MainWindow::librarySwitchRequested);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->showPage(PreferencesDialog::Page::General);
    dialog->generalPage()->chooseLibrary(second);
    click(dialog->buttons(), QDialogButtonBox::Ok);
    QCOMPARE(switches.count(), 1);
    QCOMPARE(switches.first().first().toString(), QFileInfo(second).absoluteFilePath());
    QCOMPARE(ReaderSettings::libraryPath(), QFileInfo(second).absoluteFilePath());
    // What Application does with it: a window on the other library, with its styles.
    QString error;
    std::unique_ptr<Library> next = Library::open(switches.first().first().toString(), &error);
    QVERIFY2(next, qPrintable(error));
    MainWindow window(*next);
    QCOMPARE(window.controller()->styles().constFirst().name, u"Claim"_s);
}

void TestPreferences::anUnusableLibraryIsRefusedAndTheSettingKept()
{
    const QString notALibrary = m_fixture.filePath(u"notes.sqlite"_s);
    {
        QFile file(notALibrary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
    }
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
    QSignalSpy switches(m_fixture.window(), &MainWindow::librarySwitchRequested);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->showPage(PreferencesDialog::Page::General);
    dialog->generalPage()->chooseLibrary(notALibrary);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // stays open, saying why
    QVERIFY2(dialog->generalPage()->errorText().contains(u"keeps using"_s),
             qPrintable(dialog->generalPage()->errorText()));
    QCOMPARE(switches.count(), 0);
    QVERIFY(ReaderSettings::libraryPath().isEmpty());
    QFile file(notALibrary);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("these are my notes, not a database\n")); // untouched
}

void TestPreferences::libraryLocationOrder_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--library wins over everything")
        << u"/tmp/a.sqlite"_s << u"/tmp/b.sqlite"_s << u"/tmp/c.sqlite"_s << u"/tmp/a.sqlite"_s;
    QTest::newRow("HASHIYA_LIBRARY wins over the setting")
        << QString() << u"/tmp/b.sqlite"_s << u"/tmp/c.sqlite"_s << u"/tmp/b.sqlite"_s;
    QTest::newRow("the preferences' library when nothing else says")
        << QString() << QString() << u"/tmp/c.sqlite"_s << u"/tmp/c.sqlite"_s;
    QTest::newRow("the default location without a setting")
        << QString() << QString() << QString() << QString();
}

void TestPreferences::libraryLocationOrder()
{
    QFETCH(QString, option);
    QFETCH(QString, environment);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    const QByteArray saved = qgetenv("HASHIYA_LIBRARY");
    if (environment.isEmpty())
        qunsetenv("HASHIYA_LIBRARY");
    else
        qputenv("HASHIYA_LIBRARY", environment.toUtf8());
    ReaderSettings::setLibraryPath(setting);
    const QString resolved = resolveLibraryPath(option);
    if (saved.isNull())
        qunsetenv("HASHIYA_LIBRARY");
    else
        qputenv("HASHIYA_LIBRARY", saved);
    QCOMPARE(resolved, expected.isEmpty() ? Library::defaultPath() : expected);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
