#pragma once

#include <QString>
#include <QStringList>

namespace hashiya {

/** Options the headless commands share, parsed by CommandLine. */
struct CommandOptions {
    QString libraryPath;
    QString format;
    QString document;
    QString output;
    QString encoding;
    QString newVersionOf; // import: the DOCUMENT the article is a new version of
    bool exactMarks = false;
    bool wholeWords = false;
    QStringList arguments; // the command's positional arguments, after its name
};

/** The headless commands of DESIGN.md's command line. Each returns the process exit code. */
class Commands final
{
public:
    static int importArticles(const CommandOptions &options);
    static int list(const CommandOptions &options);
    static int text(const CommandOptions &options);
    static int exportAnnotations(const CommandOptions &options);
    static int importAnnotations(const CommandOptions &options);
    static int find(const CommandOptions &options);
    static int search(const CommandOptions &options);
};

} // namespace hashiya
