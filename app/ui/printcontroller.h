#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>

#include <memory>

class QPrinter;
class QProgressDialog;
class QWidget;

namespace hashiya {

class DocumentController;
class PrintJob;

/**
 * File › Print… and File › Export as PDF…: takes the open document with its highlights and notes from the
 * document controller, runs a PrintJob and shows its progress with a way to cancel. One run at a time.
 */
class PrintController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintController)

public:
    PrintController(DocumentController *documents, QWidget *window);
    ~PrintController() override;

    /// The reader's font family; pages use it at a size made for paper.
    void setFont(const QFont &font);

    /// Asks for a printer, then prints.
    void print();
    /// Asks for a file (named after the title), then writes the PDF.
    void exportPdf();
    /// Writes the PDF to `path` without asking; false when no document is open or a run is going on. The
    /// outcome comes with finished().
    bool exportPdfTo(const QString &path);

    bool isBusy() const { return !m_job.isNull(); }

Q_SIGNALS:
    /// Emitted before the annotations are read, so a note still being typed can be saved first.
    void aboutToRun();
    void finished(bool ok, const QString &message);
    /// The user stopped the run; nothing was written (a PDF file is left as it was).
    void cancelled(const QString &message);

private:
    bool canStart();
    PrintJob *makeJob();
    void watch(PrintJob *job, const QString &label);

    DocumentController *m_documents;
    QWidget *m_window;
    QFont m_font;
    std::unique_ptr<QPrinter> m_printer; // kept, so the chosen printer and its settings are offered again
    QPointer<PrintJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace hashiya
