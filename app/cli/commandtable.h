#pragma once

#include <QString>

#include <vector>

namespace hashiya {

struct CommandOptions;

/** One headless command of the command line: what it is called, how --help shows it, and what runs it. */
struct CommandEntry {
    const char *name;
    /// Its arguments as --help and the man page write them: placeholders, not translated.
    const char *arguments;
    /// One short line, in English; marked for translation in the context "hashiya::CommandLine".
    const char *description;
    int (*run)(const CommandOptions &options);
};

/**
 * The headless commands in one table: the dispatcher runs a command from it and --help lists it from it, so a
 * command cannot exist without its line of help.
 */
class CommandTable final
{
public:
    static const std::vector<CommandEntry> &entries();
    /// The entry called `name`, or null. Plain bytes: the command line is read before Qt starts.
    static const CommandEntry *find(const char *name);
    /// The "Commands:" part of --help, one line a command, in the interface language.
    static QString helpText();
};

} // namespace hashiya
