#include "ui/exportjob.h"

#include "library/library.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hashiya {

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

ExportJob::~ExportJob()
{
    // The worker reports to this object: stop it at its next progress report and wait for it.
    m_cancelled = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ExportJob::start(Library &library, ExportFormat format, const QVector<qint64> &documentIds,
                      const QString &target)
{
    m_cancelled = false;
    // An in-memory library exists only in this process's shared cache: the worker then takes its own
    // per-thread connection from the same Library, which hands one out per thread.
    Library *shared = library.isInMemory() ? &library : nullptr;
    m_watcher.setFuture(
        QtConcurrent::run(&ExportJob::run, this, shared, library.path(), format, documentIds, target));
}

ExportJob::Outcome ExportJob::run(ExportJob *job, Library *shared, const QString &libraryPath,
                                  ExportFormat format, const QVector<qint64> &documentIds,
                                  const QString &target)
{
    Outcome outcome;
    std::unique_ptr<Library> own;
    if (!shared) {
        own = Library::open(libraryPath, &outcome.error);
        if (!own)
            return outcome;
    }
    Library &library = shared ? *shared : *own;

    // Each step reports its share of the whole; a report is also where a cancel is noticed.
    const auto reporter = [job](int from, int span) {
        return [job, from, span](int done, int total) {
            Q_EMIT job->progressChanged(from + (total > 0 ? span * qBound(0, done, total) / total : 0));
            return !job->m_cancelled.load();
        };
    };
    ExportBundle bundle;
    if (!Exporter::collect(library, documentIds, &bundle, &outcome.error, reporter(0, 500))
        || job->m_cancelled) {
        outcome.cancelled = job->m_cancelled;
        return outcome;
    }
    const QVector<ExportFile> files = Exporter::write(format, bundle, &outcome.error, reporter(500, 450));
    if (files.isEmpty() || job->m_cancelled) {
        outcome.cancelled = job->m_cancelled;
        if (!outcome.cancelled && outcome.error.isEmpty())
            outcome.error = Exporter::tr("There is nothing to export.");
        return outcome;
    }
    if (!Exporter::save(files, target, &outcome.error))
        return outcome;
    Q_EMIT job->progressChanged(1000);
    outcome.ok = true;
    for (const ExportFile &file : files)
        outcome.fileNames.append(file.fileName);
    return outcome;
}

} // namespace hashiya
