// libFuzzer entry point of the html target; the code path and its checks are in fuzzhtml.h.
#include "fuzzhtml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hashiya::fuzz::fuzzHtml(hashiya::fuzz::bytesOf(data, size));
    return 0;
}
