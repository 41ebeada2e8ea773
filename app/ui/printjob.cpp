#include "ui/printjob.h"

#include <QDir>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

constexpr int SliceMilliseconds = 25; // short enough that typing and Cancel feel immediate

} // namespace

PrintJob::PrintJob(const PrintContent &content, const QFont &font, QObject *parent)
    : QObject(parent)
    , m_title(content.title)
{
    m_renderer.setFont(font);
    m_renderer.setContent(content.text, content.blocks, content.highlights, content.notes, content.title);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PrintJob::step);
}

PrintJob::~PrintJob()
{
    if (m_timer.isActive())
        cancel();
}

void PrintJob::startPdf(const QString &path)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file->errorString()));
        return;
    }
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    m_writer->setResolution(300);
    m_writer->setTitle(m_title);
    m_writer->setCreator(u"Hashiya"_s);
    start(m_writer.get());
}

void PrintJob::startPrinter(QPrinter *printer)
{
    m_printer = printer;
    m_printer->setDocName(m_title);
    m_printer->setCreator(u"Hashiya"_s);
    start(printer);
}

void PrintJob::start(QPagedPaintDevice *device)
{
    m_device = device;
    if (!m_painter.begin(device)) {
        finish(false, tr("Cannot start printing."));
        return;
    }
    // The painter's origin is the printable area's corner: lay the pages out in that area, in device pixels.
    const int dpi = device->logicalDpiY();
    const QRect paint = device->pageLayout().paintRectPixels(dpi);
    m_renderer.startPagination(QRect(QPoint(0, 0), paint.size()), dpi);
    m_paginating = true;
    m_page = 0;
    Q_EMIT progressChanged(0);
    m_timer.start();
}

void PrintJob::step()
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < SliceMilliseconds) {
        if (m_paginating) {
            m_paginating = !m_renderer.paginateMore(16);
            Q_EMIT progressChanged(400 * m_renderer.blocksDone() / qMax(1, m_renderer.blockCount()));
            continue;
        }
        if (m_page >= m_renderer.pageCount()) {
            if (!m_painter.end()) {
                finish(false, tr("Printing failed."));
                return;
            }
            if (m_file && !m_file->commit()) {
                finish(false, tr("Cannot write %1: %2")
                                  .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString()));
                return;
            }
            finish(true, tr("%n page(s) printed.", nullptr, m_renderer.pageCount()));
            return;
        }
        if (m_page > 0 && !m_device->newPage()) {
            m_timer.stop(); // cancel() below only cleans up: this run ends with its own message
            cancel();
            m_cancelled = false;
            finish(false, tr("Printing failed on page %1.").arg(m_page + 1));
            return;
        }
        m_renderer.paintPage(&m_painter, m_page);
        ++m_page;
        Q_EMIT progressChanged(400 + 600 * m_page / qMax(1, m_renderer.pageCount()));
    }
}

void PrintJob::cancel()
{
    const bool running = m_timer.isActive();
    m_cancelled = m_cancelled || running;
    m_timer.stop();
    if (m_printer)
        m_printer->abort();
    if (m_painter.isActive())
        m_painter.end();
    if (m_file)
        m_file->cancelWriting();
    if (running)
        finish(false, tr("Printing cancelled."));
}

void PrintJob::finish(bool ok, const QString &message)
{
    m_timer.stop();
    Q_EMIT finished(ok, message);
}

} // namespace hashiya
