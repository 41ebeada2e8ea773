#!/usr/bin/env bash
# Runs the fuzz targets longer than the test suite does, on a corpus kept between runs.
#   scripts/fuzz.sh TARGET|all [SECONDS] [extra libFuzzer flags...]
# TARGET is one of: decode html markdown w3cjson fold reanchor. SECONDS defaults to 600 per target.
# Builds build-asan (clang, ASan + UBSan, libFuzzer) when needed. New inputs are kept in
# build-asan/fuzz-corpus/TARGET; a crash is saved as build-asan/fuzz-crashes/TARGET-crash-* — add it to
# tests/data/fuzz/TARGET/ and a row to tests/core/tst_fuzzregressions.cpp once fixed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-asan"
all_targets=(decode html markdown w3cjson fold reanchor)

if [ $# -lt 1 ]; then
  echo "usage: $0 TARGET|all [SECONDS] [libFuzzer flags...]  (targets: ${all_targets[*]})" >&2
  exit 2
fi
target=$1
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
if [ "$target" = all ]; then targets=("${all_targets[@]}"); else targets=("$target"); fi
for t in "${targets[@]}"; do
  case " ${all_targets[*]} " in *" $t "*) ;; *) echo "unknown target: $t" >&2; exit 2 ;; esac
done

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHASHIYA_SANITIZE=ON -DHASHIYA_FUZZ=ON
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

# The same sanitizer settings as the test suite (sanitizer-environment.cmake holds them).
eval "$(sed -n 's/^set(ENV{\([A-Z_]*\)} \(".*"\))$/export \1=\2/p' "$build/sanitizer-environment.cmake")"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

status=0
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  crashes="$build/fuzz-crashes"
  mkdir -p "$corpus" "$crashes"
  max_len=$(sed -n "s/^set(_max_len_$t \([0-9]*\))$/\1/p" "$root/tests/fuzz/CMakeLists.txt")
  echo "== fuzz_$t for ${seconds}s (corpus $corpus)"
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="${max_len:-65536}" -timeout=30 \
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$crashes/$t-" "$@" \
    "$corpus" "$root/tests/fuzz/seeds/$t" "$root/../shared/corpus" || status=1
done
exit $status
