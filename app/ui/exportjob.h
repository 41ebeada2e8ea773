#pragma once

#include "interop/exporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace hashiya {

class Library;

/**
 * One export run off the GUI thread (DESIGN.md invariant 5): a pool thread opens its own connection to the
 * library file (QtSql connections never cross threads), collects, writes and saves through Exporter, and
 * reports progress as queued signals. cancel() makes the next progress report answer "stop"; nothing is saved
 * then.
 */
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    /** What a run ended with. */
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString error;
        QStringList fileNames; // what was written, bare names
    };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    /// `documentIds` empty = the whole library (latest versions). `target` is a file, or an existing folder.
    void start(Library &library, ExportFormat format, const QVector<qint64> &documentIds,
               const QString &target);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// From 0 to 1000 over the three steps (reading, writing, saving).
    void progressChanged(int permille);
    void finished(const hashiya::ExportJob::Outcome &outcome);

private:
    static Outcome run(ExportJob *job, Library *shared, const QString &libraryPath, ExportFormat format,
                       const QVector<qint64> &documentIds, const QString &target);

    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancelled{false};
};

} // namespace hashiya
