#include "importbenchmark.h"

#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "interop/w3cjsonexporter.h"
#include "interop/w3cjsonimporter.h"
#include "library/annotationrepository.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/stylestore.h"
#include "library/transaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hashiya::benchmark {

namespace {

double processCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/** With `perf record -D -1 --control fd:N`, profiles only the imports: the library built to export from is
 * most of the program's time. */
void profilerControl(const char *command)
{
    static const int fd =
        qEnvironmentVariableIsSet("PERF_CTL_FD") ? qEnvironmentVariableIntValue("PERF_CTL_FD") : -1;
    if (fd >= 0 && write(fd, command, std::strlen(command)) < 0)
        std::perror("PERF_CTL_FD");
}

} // namespace

QVector<double> timeAnnotationImport(const QString &folder, const QString &book, int runs)
{
    QString error;
    const LoadResult loaded = ArticleLoader::loadFile(book);
    QByteArray json;
    {
        auto source = Library::open(folder + u"/import-source.sqlite"_s, &error);
        if (!source)
            qFatal("%s", qPrintable(error));
        const auto document = DocumentImporter::import(*source, loaded.article);
        const auto styles = StyleStore(*source).all();
        const QString &text = loaded.article.text;
        const QStringList tags = {u"verified"_s, u"needs source"_s, u"مؤكد"_s, u"رأي"_s, u"disputed"_s};
        {
            AnnotationRepository repository(*source);
            Transaction transaction(*source);
            QRandomGenerator random(11);
            for (int i = 0; i < 100'000; ++i) {
                const int start = int(random.bounded(int(text.size()) - 60));
                Annotation annotation = AnnotationStore::makeAnnotation(document.record.id, text, start,
                                                                        start + 5 + int(random.bounded(40)),
                                                                        styles.at(i % styles.size()).id);
                if (i % 3 == 0)
                    annotation.note = u"ملاحظة رقم %1 على هذا المقطع"_s.arg(i);
                if (i % 4 == 0)
                    annotation.tags = {tags.at(i % tags.size()), tags.at((i + 1) % tags.size())};
                if (!repository.insert(annotation))
                    qFatal("%s", qPrintable(repository.lastError()));
            }
            if (!transaction.commit())
                qFatal("%s", qPrintable(transaction.errorMessage()));
        }
        ExportItem item;
        item.document = DocumentStore(*source).find(document.record.id).value();
        item.annotations = AnnotationStore(*source, document.record.id).annotations();
        json = W3cJsonExporter::write({item}, styles);
    }
    std::printf("W3C JSON of 100,000 annotations: %.1f MB\n", json.size() / 1e6);

    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        const QString path = folder + u"/import-%1.sqlite"_s.arg(i);
        auto target = Library::open(path, &error);
        if (!target)
            qFatal("%s", qPrintable(error));
        DocumentImporter::import(*target, loaded.article); // the same book; not counted
        QElapsedTimer timer;
        const double cpuBefore = processCpuMilliseconds();
        timer.start();
        profilerControl("enable\n");
        const AnnotationImportReport result = W3cJsonImporter::import(*target, json);
        profilerControl("disable\n");
        times.append(timer.nsecsElapsed() / 1e6);
        // On a shared machine the wall clock says little; the CPU time of all threads says how much work it
        // was.
        std::printf("  run %d: %.1f ms wall, %.1f ms CPU\n", i + 1, times.constLast(),
                    processCpuMilliseconds() - cpuBefore);
        std::fflush(stdout);
        if (result.imported != 100'000)
            qFatal("import: %s %s", qPrintable(result.summary()), qPrintable(result.error));
    }
    return times;
}

} // namespace hashiya::benchmark
