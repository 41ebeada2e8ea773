#pragma once

#include "interop/exporter.h"
#include "ui/exportdialog.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace hashiya {

class DocumentController;
class ExportJob;
class Library;

/**
 * File › Export…: asks with an ExportDialog, then runs an ExportJob off the GUI thread with a progress dialog
 * whose Cancel stops it. One export at a time.
 */
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(Library &library, DocumentController *documents, QWidget *window);
    ~ExportController() override;

    void showDialog();
    /// Exports without asking; false when it cannot start (then finished() says why). The outcome comes with
    /// finished().
    bool exportTo(ExportFormat format, ExportDialog::Scope scope, const QString &target);
    bool isBusy() const { return !m_job.isNull(); }

Q_SIGNALS:
    /// Emitted before the library is read, so a note still being typed can be saved first.
    void aboutToRun();
    void finished(bool ok, const QString &message);
    /// The user stopped the export; nothing was written.
    void cancelled(const QString &message);

private:
    Library &m_library;
    DocumentController *m_documents;
    QWidget *m_window;
    QPointer<ExportJob> m_job;
};

} // namespace hashiya
