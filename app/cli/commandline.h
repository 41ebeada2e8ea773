#pragma once

namespace hashiya {

/**
 * The one entry point of the `hashiya` executable: a command (import, list, text, export) runs headless on a
 * QCoreApplication; anything else opens the window.
 */
class CommandLine final
{
public:
    static int run(int argc, char **argv);
};

} // namespace hashiya
