#include "cli/commandtable.h"

#include "cli/commands.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("hashiya::CommandLine", text);
}

// Without a command the window opens; --help lists that first, though it is not in the table.
const char *const windowArguments = "[ARTICLE]";
const char *const windowDescription =
    QT_TRANSLATE_NOOP("hashiya::CommandLine", "open the window, on ARTICLE if given");

} // namespace

const std::vector<CommandEntry> &CommandTable::entries()
{
    // Each description stays on one line of --help; details belong in the man page (packaging/hashiya.1).
    static const std::vector<CommandEntry> table = {
        {"import", "ARTICLE...",
         QT_TRANSLATE_NOOP("hashiya::CommandLine",
                           "import articles; print the ID, encoding and title of each"),
         &Commands::importArticles},
        {"list", "",
         QT_TRANSLATE_NOOP("hashiya::CommandLine", "list the documents with their annotation counts"),
         &Commands::list},
        {"text", "DOCUMENT", QT_TRANSLATE_NOOP("hashiya::CommandLine", "print the stored text of a document"),
         &Commands::text},
        {"export", "--format FORMAT",
         QT_TRANSLATE_NOOP("hashiya::CommandLine", "export annotations as json, markdown, csv, html or qdpx"),
         &Commands::exportAnnotations},
        {"import-annotations", "FILE",
         QT_TRANSLATE_NOOP("hashiya::CommandLine",
                           "import W3C Web Annotation JSON-LD (FILE - reads standard input)"),
         &Commands::importAnnotations},
        {"find", "DOCUMENT QUERY",
         QT_TRANSLATE_NOOP("hashiya::CommandLine",
                           "find in a document, ignoring vowel marks; print START, END, match"),
         &Commands::find},
        {"search", "QUERY",
         QT_TRANSLATE_NOOP("hashiya::CommandLine",
                           "search the texts, quotes, notes, tags and titles of the library"),
         &Commands::search},
    };
    return table;
}

const CommandEntry *CommandTable::find(const char *name)
{
    const std::vector<CommandEntry> &table = entries();
    const auto found = std::find_if(table.begin(), table.end(), [name](const CommandEntry &entry) {
        return std::strcmp(entry.name, name) == 0;
    });
    return found == table.end() ? nullptr : &*found;
}

QString CommandTable::helpText()
{
    // Returns a QString, not a QStringBuilder that would outlive the temporaries it refers to.
    const auto usage = [](const char *name, const char *arguments) -> QString {
        QString text = QString::fromLatin1(name);
        if (*arguments)
            text += u' ' + QString::fromLatin1(arguments);
        return text;
    };
    // One column for "name arguments", wide enough for the longest, so every description starts at the same
    // place.
    qsizetype width = qsizetype(std::strlen(windowArguments));
    for (const CommandEntry &entry : entries())
        width = std::max(width, usage(entry.name, entry.arguments).size());

    const auto line = [width](const QString &usageText, const char *description) -> QString {
        return u"  "_s + usageText.leftJustified(width + 2) + translated(description) + u'\n';
    };
    // Spelt out in full (not through translated()) so that lupdate finds each string.
    QString text = QCoreApplication::translate("hashiya::CommandLine", "Commands:") + u'\n';
    text += line(QString::fromLatin1(windowArguments), windowDescription);
    for (const CommandEntry &entry : entries())
        text += line(usage(entry.name, entry.arguments), entry.description);
    text += QCoreApplication::translate(
                "hashiya::CommandLine",
                "DOCUMENT is an ID printed by import and list (a unique prefix is enough).")
            + u'\n';
    text +=
        QCoreApplication::translate(
            "hashiya::CommandLine",
            "The library is --library FILE, else $HASHIYA_LIBRARY, else library.sqlite in the data folder.")
        + u'\n';
    text += QCoreApplication::translate("hashiya::CommandLine",
                                        "See hashiya(1) for the details of each command.");
    return text;
}

} // namespace hashiya
