#include "cli/commandline.h"

#include "cli/commands.h"
#include "cli/commandtable.h"
#include "cli/librarylocation.h"
#include "ui/application.h"
#include "ui/interfacelanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

// Decides before any QCoreApplication exists whether a window is wanted, so commands run without a display.
bool runsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        // --help and --version print and exit: they must work where there is no display.
        for (const char *option : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    static const char *const optionsWithValue[] = {"--library",  "--format",         "--document", "--output",
                                                   "--encoding", "--new-version-of", "-platform"};
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        bool takesValue = false;
        for (const char *option : optionsWithValue)
            takesValue = takesValue || std::strcmp(arg, option) == 0;
        if (takesValue) {
            ++i;
            continue;
        }
        if (arg[0] == '-')
            continue;
        return CommandTable::find(arg) != nullptr;
    }
    return false;
}

// The offscreen platform warns about a missing XDG_RUNTIME_DIR, which a headless command never uses; other
// programs read our standard error, so that line is kept out of it.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"_s))
        return;
    qt_message_output(type, context, message);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Hashiya"_s);
    QCoreApplication::setOrganizationDomain(u"hashiya.app"_s);
    QCoreApplication::setApplicationName(u"hashiya"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HASHIYA_VERSION));
}

} // namespace

int CommandLine::run(int argc, char **argv)
{
    const bool headless = runsHeadless(argc, argv);
    setApplicationIdentity();
    if (headless) {
        // Commands never show a window, but importers lay out text with QtGui: give them a display of their
        // own.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessageHandler);
    }
    std::unique_ptr<QCoreApplication> app =
        headless ? std::make_unique<QGuiApplication>(argc, argv) : Application::create(argc, argv);
    // Before the parser is built, so --help and every message of a command speak the interface language.
    InterfaceLanguage::install(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hashiya::CommandLine",
                                    "Read, highlight and annotate right-to-left articles.")
        + u"\n\n"_s + CommandTable::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        u"library"_s, QCoreApplication::translate("hashiya::CommandLine", "Use the library FILE."),
        u"FILE"_s);
    const QCommandLineOption formatOption(
        u"format"_s, QCoreApplication::translate("hashiya::CommandLine", "Export format."),
        u"json|markdown|csv|html|qdpx"_s);
    const QCommandLineOption documentOption(
        u"document"_s, QCoreApplication::translate("hashiya::CommandLine", "Export only this document."),
        u"DOCUMENT"_s);
    const QCommandLineOption outputOption(
        u"output"_s, QCoreApplication::translate("hashiya::CommandLine", "Write the export to PATH."),
        u"PATH"_s);
    const QCommandLineOption encodingOption(
        u"encoding"_s, QCoreApplication::translate("hashiya::CommandLine", "Read articles in this encoding."),
        u"NAME"_s);
    const QCommandLineOption exactOption(
        u"exact-marks"_s,
        QCoreApplication::translate("hashiya::CommandLine", "find: match vowel marks and hamza exactly."));
    const QCommandLineOption wordsOption(
        u"whole-words"_s,
        QCoreApplication::translate("hashiya::CommandLine", "find: match whole words only."));
    const QCommandLineOption newVersionOption(
        u"new-version-of"_s,
        QCoreApplication::translate(
            "hashiya::CommandLine",
            "import: the article is a new version of DOCUMENT; its annotations move to it."),
        u"DOCUMENT"_s);
    parser.addOptions({libraryOption, formatOption, documentOption, outputOption, encodingOption, exactOption,
                       wordsOption, newVersionOption});
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate("hashiya::CommandLine", "A command, or an ARTICLE to open."),
        u"[command|ARTICLE]"_s);
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    const QString libraryPath = resolveLibraryPath(parser.value(libraryOption));
    if (!headless)
        return Application::exec(libraryPath, positional.value(0));

    CommandOptions options;
    options.libraryPath = libraryPath;
    options.format = parser.value(formatOption);
    options.document = parser.value(documentOption);
    options.output = parser.value(outputOption);
    options.encoding = parser.value(encodingOption);
    options.newVersionOf = parser.value(newVersionOption);
    options.exactMarks = parser.isSet(exactOption);
    options.wholeWords = parser.isSet(wordsOption);
    options.arguments = positional.mid(1);
    // Headless means the first positional argument named a command of the table.
    const CommandEntry *command = CommandTable::find(positional.constFirst().toUtf8().constData());
    return command ? command->run(options) : 2;
}

} // namespace hashiya
