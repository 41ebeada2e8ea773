#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace hashiya::fuzz {

/** What a broken invariant does: by default abort(), a crash libFuzzer saves the input of (not Q_ASSERT, so
 *  the checks hold in release builds too); the regression test installs a handler that throws instead. */
using FailureHandler = void (*)(const char *what, const char *file, int line);

inline FailureHandler &failureHandler()
{
    static FailureHandler handler = nullptr;
    return handler;
}

inline void fail(const char *what, const char *file, int line)
{
    if (failureHandler())
        failureHandler()(what, file, line); // may throw
    std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}

/** The input as bytes, without copying: libFuzzer keeps the buffer alive for the call. */
inline QByteArray bytesOf(const unsigned char *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace hashiya::fuzz

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            hashiya::fuzz::fail(#condition, __FILE__, __LINE__);                                             \
    } while (false)
