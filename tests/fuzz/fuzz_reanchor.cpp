// libFuzzer entry point of the reanchor target; the code path and its checks are in fuzzreanchor.h.
#include "fuzzreanchor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hashiya::fuzz::fuzzReanchor(hashiya::fuzz::bytesOf(data, size));
    return 0;
}
