// libFuzzer entry point of the w3cjson target; the code path and its checks are in fuzzw3cjson.h.
#include "fuzzw3cjson.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_w3cjson";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    hashiya::fuzz::detail::article();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hashiya::fuzz::fuzzW3cJson(hashiya::fuzz::bytesOf(data, size));
    return 0;
}
