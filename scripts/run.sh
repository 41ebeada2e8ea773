#!/usr/bin/env bash
# Install what is needed, build Hashiya and open it on the bundled sample article.
# Extra arguments go to hashiya instead of the sample (e.g. scripts/run.sh ~/article.txt).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/setup-debian.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build" --target hashiya -j "$(nproc)"
if [ $# -eq 0 ]; then set -- "$root/resources/sample-article.ar.txt"; fi
exec "$root/build/app/hashiya" "$@"
