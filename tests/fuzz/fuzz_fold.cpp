// libFuzzer entry point of the fold target; the code path and its checks are in fuzzfold.h.
#include "fuzzfold.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hashiya::fuzz::fuzzFold(hashiya::fuzz::bytesOf(data, size));
    return 0;
}
