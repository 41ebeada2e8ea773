// --help and --version of the real binary: every command of the dispatcher's table has its one line of help.
// Also the built-in window icon, which the binary carries for when it runs uninstalled.
#include "apptesthelpers.h"

#include "cli/commandtable.h"

#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

// As a packaging script runs the binary: no display, no platform chosen, English whatever the settings say.
QProcessEnvironment headlessEnglish()
{
    QProcessEnvironment environment;
    environment.insert(u"QT_QPA_PLATFORM"_s, QString());
    environment.insert(u"DISPLAY"_s, QString());
    environment.insert(u"WAYLAND_DISPLAY"_s, QString());
    environment.insert(u"HASHIYA_LANGUAGE"_s, u"en"_s);
    environment.insert(u"HASHIYA_NO_DIALOGS"_s, u"1"_s);
    return environment;
}

QString usage(const CommandEntry &entry)
{
    const QString arguments = QString::fromLatin1(entry.arguments);
    return QString::fromLatin1(entry.name) + (arguments.isEmpty() ? QString() : u" "_s + arguments);
}

// The lines of --help from "Commands:" up to the first line that does not describe a command.
QStringList commandLines(const QString &help)
{
    const QStringList lines = help.split(u'\n');
    const qsizetype start = lines.indexOf(u"Commands:"_s);
    QStringList section;
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && lines.at(i).startsWith(u"  "_s); ++i)
        section << lines.at(i);
    return section;
}

} // namespace

class TestCommandHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionPrintsNameAndVersion();
    void everyCommandHasOneLineOfHelp_data();
    void everyCommandHasOneLineOfHelp();
    void helpListsNothingButTheTable();
    void everyCommandRunsWithoutADisplay_data();
    void everyCommandRunsWithoutADisplay();
    void windowIconIsBuiltIn();

private:
    QString m_help;
};

void TestCommandHelp::initTestCase()
{
    const ProcessResult help = runHashiya({u"--help"_s}, QString(), headlessEnglish());
    QCOMPARE(help.exitCode, 0);
    m_help = help.outText();
    QVERIFY2(!commandLines(m_help).isEmpty(), qPrintable(m_help));
}

void TestCommandHelp::versionPrintsNameAndVersion()
{
    const ProcessResult version = runHashiya({u"--version"_s}, QString(), headlessEnglish());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText(), u"hashiya "_s + QStringLiteral(HASHIYA_VERSION) + u'\n');
}

void TestCommandHelp::everyCommandHasOneLineOfHelp_data()
{
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("description");
    QTest::newRow("no command opens the window")
        << u"[ARTICLE]"_s << u"open the window, on ARTICLE if given"_s;
    for (const CommandEntry &entry : CommandTable::entries()) {
        QTest::addRow("%s has a line of help", entry.name)
            << usage(entry) << QString::fromLatin1(entry.description);
    }
}

void TestCommandHelp::everyCommandHasOneLineOfHelp()
{
    QFETCH(QString, usage);
    QFETCH(QString, description);
    QVERIFY2(!description.trimmed().isEmpty(), "a command without a description");
    const QStringList lines = commandLines(m_help);
    const auto line = std::find_if(lines.cbegin(), lines.cend(), [&usage](const QString &candidate) {
        return candidate.startsWith(u"  "_s + usage + u' ');
    });
    QVERIFY2(line != lines.cend(), qPrintable(m_help));
    // Name, arguments and the whole description on that one line, the descriptions starting in one column.
    QCOMPARE(line->mid(2 + usage.size()).trimmed(), description);
    QCOMPARE(line->indexOf(description), lines.constFirst().indexOf(u"open the window"_s));
}

void TestCommandHelp::helpListsNothingButTheTable()
{
    // The window's line and one line a command of the table: a command line cannot be listed and not run.
    QCOMPARE(commandLines(m_help).size(), qsizetype(CommandTable::entries().size()) + 1);
}

void TestCommandHelp::everyCommandRunsWithoutADisplay_data()
{
    QTest::addColumn<QString>("command");
    for (const CommandEntry &entry : CommandTable::entries())
        QTest::addRow("%s is dispatched headless", entry.name) << QString::fromLatin1(entry.name);
}

void TestCommandHelp::everyCommandRunsWithoutADisplay()
{
    QFETCH(QString, command);
    // Without its arguments a command says what it lacks (2) or, for list, prints the empty library (0); the
    // window would abort here, finding no display.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ProcessResult result = runHashiya({command}, dir.filePath(u"library.sqlite"_s), headlessEnglish());
    QVERIFY2(result.exitCode == 0 || result.exitCode == 2,
             qPrintable(QString::number(result.exitCode) + u' ' + result.errText()));
    QVERIFY2(!result.errText().contains(u"display"_s), qPrintable(result.errText()));
}

void TestCommandHelp::windowIconIsBuiltIn()
{
    // Application::create falls back on this copy when no icon theme has app.hashiya.Hashiya.
    const QIcon icon(u":/hashiya/app.hashiya.Hashiya.svg"_s);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(16, 16).toImage();
    QCOMPARE(image.size(), QSize(16, 16));
    QVERIFY(image.pixelColor(8, 8).alpha() > 0);
}

QTEST_MAIN(TestCommandHelp)
#include "tst_commandhelp.moc"
