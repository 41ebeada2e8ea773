#include "ui/printcontroller.h"

#include "annotation/annotationstore.h"
#include "ui/documentcontroller.h"
#include "ui/printcontent.h"
#include "ui/printjob.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hashiya {

using namespace Qt::StringLiterals;

PrintController::PrintController(DocumentController *documents, QWidget *window)
    : QObject(window)
    , m_documents(documents)
    , m_window(window)
{
    m_font.setFamilies({u"Noto Naskh Arabic"_s, u"Amiri"_s});
    m_font.setPointSizeF(12);
}

PrintController::~PrintController()
{
    // A run still going is cancelled before the printer it paints on goes; nobody listens any more.
    if (m_job) {
        m_job->disconnect(this);
        delete m_job;
    }
}

void PrintController::setFont(const QFont &font)
{
    m_font = font;
    m_font.setPointSizeF(12); // the screen's reading size is too big on paper
}

bool PrintController::canStart()
{
    if (!m_documents->hasDocument() || !m_documents->store()) {
        Q_EMIT finished(false, tr("Open an article first."));
        return false;
    }
    if (isBusy()) {
        Q_EMIT finished(false, tr("Printing is already going on."));
        return false;
    }
    return true;
}

PrintJob *PrintController::makeJob()
{
    Q_EMIT aboutToRun();
    const PrintContent content = PrintContent::from(
        m_documents->document(), m_documents->store()->annotations(), m_documents->styles());
    m_job = new PrintJob(content, m_font, this);
    return m_job;
}

void PrintController::print()
{
    if (!canStart())
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(m_documents->document().title);
    QPrintDialog dialog(m_printer.get(), m_window);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    PrintJob *job = makeJob();
    watch(job, tr("Printing…"));
    job->startPrinter(m_printer.get());
}

void PrintController::exportPdf()
{
    if (!canStart())
        return;
    // A title may hold characters no file system takes; the rest (Arabic included) is kept.
    QString name = m_documents->document().title.simplified();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s), u"-"_s);
    if (name.isEmpty())
        name = tr("article");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export as PDF"), QDir(folder).filePath(name + u".pdf"_s), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    exportPdfTo(path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

bool PrintController::exportPdfTo(const QString &path)
{
    if (!canStart())
        return false;
    PrintJob *job = makeJob();
    watch(job, tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    job->startPdf(path);
    return true;
}

void PrintController::watch(PrintJob *job, const QString &label)
{
    // Window-modal: the window stays painted and answering, but a second run cannot start over this one.
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    m_progress = progress;
    connect(job, &PrintJob::progressChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &PrintJob::cancel);
    connect(job, &PrintJob::finished, this, [this, job, progress](bool ok, const QString &message) {
        progress->deleteLater();
        job->deleteLater();
        m_job.clear();
        if (job->wasCancelled())
            Q_EMIT cancelled(message);
        else
            Q_EMIT finished(ok, message);
    });
}

} // namespace hashiya
