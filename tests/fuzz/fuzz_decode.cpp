// libFuzzer entry point of the decode target; the code path and its checks are in fuzzdecode.h.
#include "fuzzdecode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hashiya::fuzz::fuzzDecode(hashiya::fuzz::bytesOf(data, size));
    return 0;
}
