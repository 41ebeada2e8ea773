// The interface in Arabic and French: the real main window with the embedded translations and Qt's own,
// mirrored in Arabic (and Hebrew, which has no translation of ours), while the article keeps each paragraph's
// own direction; and `hashiya --help` run as a process in the interface language.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "articleview/articleview.h"
#include "ui/annotationpanel.h"
#include "ui/interfacelanguage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

class TestArabicInterface : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void windowSpeaksAndMirrors_data();
    void windowSpeaksAndMirrors();
    void paragraphsKeepTheirOwnDirection_data();
    void paragraphsKeepTheirOwnDirection();
    void everyMenuItemSpeaksTheLanguage_data();
    void everyMenuItemSpeaksTheLanguage();
    void helpListsTheCommandsInTheLanguage_data();
    void helpListsTheCommandsInTheLanguage();

private:
    // Installs the interface language as the application does at start, replacing an earlier one.
    static void useLanguage(const QString &environment, const QString &setting);
    static QStringList menuTitles(MainWindow *window);
    // The text of every menu item, submenus included, keyed by where it sits ("0/3" = fourth item of the
    // first menu); the style actions and recent files (the user's own words) are left out.
    static QMap<QString, QString> menuItemTexts(MainWindow *window);

    WindowFixture m_fixture;
};

void TestArabicInterface::initTestCase()
{
    m_fixture.isolate();
    QCoreApplication::setOrganizationName(u"Hashiya"_s);
    QCoreApplication::setApplicationName(u"hashiya"_s);
}

void TestArabicInterface::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
}

void TestArabicInterface::cleanup()
{
    m_fixture.cleanup();
    useLanguage(QString(), QString());
}

void TestArabicInterface::useLanguage(const QString &environment, const QString &setting)
{
    const QList<QTranslator *> old = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    if (environment.isEmpty())
        qunsetenv("HASHIYA_LANGUAGE");
    else
        qputenv("HASHIYA_LANGUAGE", environment.toUtf8());
    QSettings().setValue(u"interface/language"_s, setting);
    InterfaceLanguage::install(*qApp);
}

QStringList TestArabicInterface::menuTitles(MainWindow *window)
{
    QStringList titles;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(QString(action->text()).remove(u'&'));
    return titles;
}

void TestArabicInterface::windowSpeaksAndMirrors_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("editMenu");
    QTest::addColumn<QString>("cancelButton");
    QTest::addColumn<bool>("underlinesMnemonics");

    QTest::newRow("HASHIYA_LANGUAGE=ar: Arabic menus, mirrored")
        << u"ar"_s << QString() << Qt::RightToLeft << u"ملف"_s << u"تحرير"_s << u"ألغِ"_s << false;
    QTest::newRow("the setting alone chooses Arabic")
        << QString() << u"ar"_s << Qt::RightToLeft << u"ملف"_s << u"تحرير"_s << u"ألغِ"_s << false;
    QTest::newRow("HASHIYA_LANGUAGE beats the setting")
        << u"fr"_s << u"ar"_s << Qt::LeftToRight << u"Fichier"_s << u"Édition"_s << u"Annuler"_s << true;
    QTest::newRow("French menus, left to right")
        << u"fr"_s << QString() << Qt::LeftToRight << u"Fichier"_s << u"Édition"_s << u"Annuler"_s << true;
    QTest::newRow("Hebrew mirrors though only Qt speaks it")
        << u"he"_s << QString() << Qt::RightToLeft << u"File"_s << u"Edit"_s << u"ביטול"_s << true;
    QTest::newRow("English stays left to right")
        << u"en"_s << QString() << Qt::LeftToRight << u"File"_s << u"Edit"_s << u"Cancel"_s << true;
}

void TestArabicInterface::windowSpeaksAndMirrors()
{
    QFETCH(QString, environment);
    QFETCH(QString, setting);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, fileMenu);
    QFETCH(QString, editMenu);
    QFETCH(QString, cancelButton);
    QFETCH(bool, underlinesMnemonics);

    useLanguage(environment, setting);
    QCOMPARE(QGuiApplication::layoutDirection(), direction);
    QVERIFY2(m_fixture.showWindow(), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    QCOMPARE(window->layoutDirection(), direction);

    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.size() >= 2, qPrintable(titles.join(u", "_s)));
    QCOMPARE(titles.at(0), fileMenu);
    QCOMPARE(titles.at(1), editMenu);

    // The menu bar itself is mirrored: the File menu is at the start of the reading direction.
    QMenuBar *bar = window->menuBar();
    const QRect first = bar->actionGeometry(bar->actions().at(0));
    const QRect second = bar->actionGeometry(bar->actions().at(1));
    if (direction == Qt::RightToLeft)
        QVERIFY2(first.center().x() > second.center().x(), "File is right of Edit");
    else
        QVERIFY2(first.center().x() < second.center().x(), "File is left of Edit");

    // The annotation panel sits on the side the text ends: the left in a mirrored window.
    AnnotationPanel *panel = window->annotationPanel();
    ArticleView *view = window->articleView();
    QTRY_VERIFY(panel->isVisible() && view->isVisible());
    const int panelX = panel->mapTo(window, panel->rect().center()).x();
    const int viewX = view->mapTo(window, view->rect().center()).x();
    if (direction == Qt::RightToLeft)
        QVERIFY2(panelX < viewX, "the panel is left of the article");
    else
        QVERIFY2(panelX > viewX, "the panel is right of the article");

    // A standard button comes from Qt's own translation (qtbase_XX.qm).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancelButton);

    // An underlined mnemonic is drawn as a run of its own and would break Arabic joining ("م لف").
    QCOMPARE(window->style()->styleHint(QStyle::SH_UnderlineShortcut, nullptr, bar) != 0,
             underlinesMnemonics);
}

void TestArabicInterface::paragraphsKeepTheirOwnDirection_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Arabic interface") << u"ar"_s;
    QTest::newRow("French interface") << u"fr"_s;
}

void TestArabicInterface::paragraphsKeepTheirOwnDirection()
{
    QFETCH(QString, language);
    useLanguage(language, QString());
    const QString path = m_fixture.writeFile(
        u"mixed.txt"_s, u"قال المتحدث إن الاجتماع سيعقد غداً في العاصمة.\n\n"
                        "Reuters reported that the meeting would take place in Ouagadougou.\n"_s.toUtf8());
    QVERIFY2(m_fixture.openArticle(path), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    const QString text = view->text();
    const auto firstRect = [&](const QString &needle) {
        const int at = int(text.indexOf(needle));
        const QVector<QRect> rects = view->rangeRects(at, at + int(needle.size()));
        return rects.isEmpty() ? QRect() : rects.constFirst();
    };
    const QRect english = firstRect(u"Reuters"_s);
    const QRect arabic = firstRect(u"قال"_s);
    QVERIFY(english.isValid() && arabic.isValid());
    const int middle = view->viewport()->width() / 2;
    // Whatever the window's direction, each paragraph starts where its own script starts.
    QVERIFY2(english.left() < middle, "the English paragraph starts at the left");
    QVERIFY2(arabic.right() > middle, "the Arabic paragraph starts at the right");
}

QMap<QString, QString> TestArabicInterface::menuItemTexts(MainWindow *window)
{
    QMap<QString, QString> texts;
    const QList<QAction *> userWords = window->styleActions();
    std::function<void(const QString &, const QList<QAction *> &)> walk =
        [&](const QString &at, const QList<QAction *> &actions) {
            for (int i = 0; i < actions.size(); ++i) {
                QAction *action = actions.at(i);
                if (action->isSeparator() || userWords.contains(action))
                    continue;
                const QString key = at % u'/' % QString::number(i);
                if (QMenu *menu = action->menu()) {
                    Q_EMIT menu->aboutToShow(); // menus filled on demand (recent files, versions)
                    // Recent files are file names: only the menu's own commands (Clear List) are interface
                    // text.
                    QList<QAction *> items = menu->actions();
                    if (menu->objectName() == u"recentFiles"_s)
                        items = {items.constLast()};
                    walk(key, items);
                }
                texts.insert(key, QString(action->text()).remove(u'&'));
            }
        };
    walk(QString(), window->menuBar()->actions());
    return texts;
}

void TestArabicInterface::everyMenuItemSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Arabic: every item in Arabic letters") << u"ar"_s;
    QTest::newRow("French: no item left in English") << u"fr"_s;
}

void TestArabicInterface::everyMenuItemSpeaksTheLanguage()
{
    QFETCH(QString, language);
    const QString article = QStringLiteral(HASHIYA_CORPUS) + u"/burkina-faso-russia.ar.txt"_s;
    useLanguage(u"en"_s, QString());
    QVERIFY2(m_fixture.openArticle(article), m_fixture.failure());
    const QMap<QString, QString> english = menuItemTexts(m_fixture.window());
    m_fixture.reset();
    useLanguage(language, QString());
    QVERIFY2(m_fixture.openArticle(article), m_fixture.failure());
    const QMap<QString, QString> translated = menuItemTexts(m_fixture.window());
    QCOMPARE(translated.keys(), english.keys());
    QVERIFY2(english.size() > 30, qPrintable(QStringList(english.values()).join(u" | "_s)));

    static const QRegularExpression arabicLetter(u"\\p{Arabic}"_s);
    QStringList untranslated;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        const QString &source = english.value(it.key());
        const bool ok = language == u"ar"_s ? it.value().contains(arabicLetter) : it.value() != source;
        if (!ok)
            untranslated.append(source % u" → " % it.value());
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u"; "_s)));
}

void TestArabicInterface::helpListsTheCommandsInTheLanguage_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("HASHIYA_LANGUAGE=ar prints Arabic commands")
        << u"HASHIYA_LANGUAGE"_s << u"ar"_s
        << QStringList{u"الأوامر:"_s, u"استيراد مقالات"_s, u"عرض المستندات"_s, u"استخدام المكتبة FILE."_s};
    QTest::newRow("LANGUAGE=ar, as an Arabic desktop sets it")
        << u"LANGUAGE"_s << u"ar"_s << QStringList{u"الأوامر:"_s, u"استيراد مقالات"_s};
    QTest::newRow("HASHIYA_LANGUAGE=fr prints French commands")
        << u"HASHIYA_LANGUAGE"_s << u"fr"_s
        << QStringList{u"Commandes\u00a0:"_s, u"importer des articles"_s,
                       u"Utiliser la bibliothèque FILE."_s};
}

void TestArabicInterface::helpListsTheCommandsInTheLanguage()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);

    QTemporaryDir config;
    QProcessEnvironment environment;
    environment.insert(u"HASHIYA_LANGUAGE"_s, QString());    // removed unless the row sets it
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path()); // no user setting leaks in
    environment.insert(variable, value);
    const ProcessResult help = runHashiya({u"--help"_s}, QString(), environment);
    QCOMPARE(help.exitCode, 0);
    const QString out = help.outText();
    for (const QString &line : expected)
        QVERIFY2(out.contains(line), qPrintable(u"missing “"_s + line + u"” in:\n"_s + out));
}

QTEST_MAIN(TestArabicInterface)
#include "tst_arabicinterface.moc"
