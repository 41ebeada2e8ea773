// libFuzzer entry point of the markdown target; the code path and its checks are in fuzzmarkdown.h.
#include "fuzzmarkdown.h"

#include <QGuiApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Lives as long as the process: the importer needs it on every input. Its own argv, so Qt never takes
    // an argument meant for libFuzzer.
    static int argc = 1;
    static char name[] = "fuzz_markdown";
    static char *argv[] = {name, nullptr};
    static QGuiApplication application(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hashiya::fuzz::fuzzMarkdown(hashiya::fuzz::bytesOf(data, size));
    return 0;
}
