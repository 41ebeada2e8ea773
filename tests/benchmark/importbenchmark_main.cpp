// The annotation import figure alone, in a program that links only hashiya_core: quick to build while the
// import is being tuned, and what a profiler should run (perf record build/tests/benchmark/...).
//   hashiya_import_benchmark [RUNS]     (default 3)
// Only the imports, under perf:  mkfifo ctl; exec 9<>ctl; PERF_CTL_FD=9 perf record -D -1 --control fd:9 ...
// HASHIYA_BENCHMARK_KEEP=1 keeps the libraries it wrote.
#include "benchmarkcorpus.h"
#include "importbenchmark.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // The book is made with QTextDocument, which needs a GUI application (offscreen is enough).
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hashiya-import-benchmark"_s);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir scratch;
    if (qEnvironmentVariableIsSet("HASHIYA_BENCHMARK_KEEP")) { // the libraries, for a look with sqlite3
        scratch.setAutoRemove(false);
        std::printf("libraries kept in %s\n", qPrintable(scratch.path()));
    }
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    QVector<double> times = hashiya::benchmark::timeAnnotationImport(
        scratch.path(), hashiya::benchmark::writeBook(scratch.path(), 2'300'000), runs);
    std::sort(times.begin(), times.end());
    const auto n = times.size();
    const double median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
    std::printf("import 100,000 annotations (W3C JSON): median %.1f ms over %lld runs (min %.1f, max %.1f)\n",
                median, static_cast<long long>(n), times.constFirst(), times.constLast());
    for (const double t : std::as_const(times))
        std::printf("  %.1f ms\n", t);
    return 0;
}
