#include "cli/commandline.h"

// The executable only dispatches: a command runs headless, anything else opens the window.
int main(int argc, char **argv)
{
    return hashiya::CommandLine::run(argc, argv);
}
