#!/usr/bin/env bash
# Install what is needed, build everything and run the whole test suite (headless: Qt's offscreen platform),
# then the same suite again in a second build under AddressSanitizer + UndefinedBehaviorSanitizer (clang),
# which also runs each libFuzzer target for a short bounded time on its seed corpus.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$root/build" -j "$(nproc)"
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@"

# The sanitizer build: ASan/UBSan/LSan options are set by its own ctest files (sanitizer-environment.cmake).
CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHASHIYA_SANITIZE=ON -DHASHIYA_FUZZ=ON
cmake --build "$root/build-asan" -j "$(nproc)"
cd "$root/build-asan"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@"
