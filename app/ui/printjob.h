#pragma once

#include "print/articlepagerenderer.h"
#include "ui/printcontent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPainter>
#include <QTimer>

#include <memory>

class QPagedPaintDevice;
class QPdfWriter;
class QPrinter;
class QSaveFile;

namespace hashiya {

/**
 * One run of printing or PDF writing, done in short slices on the GUI thread's event loop: QPainter on a
 * printer must stay on the thread that made it, so the work is cut up instead of moved away. Each slice
 * lays out a few blocks or paints one page within a small time budget, so the window keeps answering (and
 * Cancel works) while a book prints. A PDF goes through QSaveFile: a cancelled or failed run leaves no
 * half-written file and never touches an existing one.
 */
class PrintJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintJob)

public:
    PrintJob(const PrintContent &content, const QFont &font, QObject *parent = nullptr);
    ~PrintJob() override;

    /// Writes an A4 PDF at 300 dpi to `path`.
    void startPdf(const QString &path);
    /// Prints on `printer`, which must outlive the job.
    void startPrinter(QPrinter *printer);
    void cancel();

    bool isRunning() const { return m_timer.isActive(); }
    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_renderer.pageCount(); }

Q_SIGNALS:
    /// From 0 to 1000: laying out is the first 40 %, painting the pages the rest.
    void progressChanged(int permille);
    void finished(bool ok, const QString &message);

private:
    void start(QPagedPaintDevice *device);
    void step();
    void finish(bool ok, const QString &message);

    ArticlePageRenderer m_renderer;
    QString m_title;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPrinter *m_printer = nullptr;
    QPagedPaintDevice *m_device = nullptr;
    QPainter m_painter;
    QTimer m_timer;
    bool m_paginating = true;
    int m_page = 0;
    bool m_cancelled = false;
};

} // namespace hashiya
