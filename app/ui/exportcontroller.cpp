#include "ui/exportcontroller.h"

#include "ui/documentcontroller.h"
#include "ui/exportjob.h"

#include <QDir>
#include <QProgressDialog>

namespace hashiya {

ExportController::ExportController(Library &library, DocumentController *documents, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_documents(documents)
    , m_window(window)
{}

ExportController::~ExportController()
{
    if (m_job) {
        m_job->disconnect(this);
        delete m_job; // cancels and waits for the worker
    }
}

void ExportController::showDialog()
{
    if (isBusy()) {
        Q_EMIT finished(false, tr("An export is already going on."));
        return;
    }
    ExportDialog dialog(m_documents->hasDocument() ? m_documents->document().title : QString(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        exportTo(dialog.format(), dialog.scope(), dialog.destination());
}

bool ExportController::exportTo(ExportFormat format, ExportDialog::Scope scope, const QString &target)
{
    if (isBusy()) {
        Q_EMIT finished(false, tr("An export is already going on."));
        return false;
    }
    QVector<qint64> documents; // empty: the whole library
    if (scope == ExportDialog::Scope::CurrentArticle) {
        if (!m_documents->hasDocument()) {
            Q_EMIT finished(false, tr("Open an article first."));
            return false;
        }
        documents.append(m_documents->document().id);
    }
    Q_EMIT aboutToRun();

    auto *job = new ExportJob(this);
    m_job = job;
    auto *progress = new QProgressDialog(tr("Exporting to %1…").arg(QDir::toNativeSeparators(target)),
                                         tr("Cancel"), 0, 1000, m_window);
    // Window-modal: the window keeps painting while the worker runs, but a second export cannot start.
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(job, &ExportJob::progressChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
    connect(
        job, &ExportJob::finished, this, [this, job, progress, target](const ExportJob::Outcome &outcome) {
            progress->deleteLater();
            job->deleteLater();
            m_job.clear();
            if (outcome.ok)
                Q_EMIT finished(true, tr("Exported %n file(s) to %1.", nullptr, int(outcome.fileNames.size()))
                                          .arg(QDir::toNativeSeparators(target)));
            else if (outcome.cancelled)
                Q_EMIT cancelled(tr("Export cancelled: nothing was written."));
            else
                Q_EMIT finished(false, tr("Export failed: %1").arg(outcome.error));
        });
    job->start(m_library, format, documents, target);
    return true;
}

} // namespace hashiya
