// MainWindow's handling of document versions: a revised file, "Import as New Version…", the earlier versions
// menu and the notices that say what re-anchoring did.
#include "ui/mainwindow.h"

#include "article/articleloader.h"
#include "library/documentstore.h"
#include "library/documentversioner.h"
#include "library/library.h"
#include "ui/annotationpanel.h"
#include "ui/articlepane.h"
#include "ui/documentcontroller.h"
#include "ui/readersettings.h"
#include "ui/responsivewait.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace hashiya {

bool MainWindow::importNewVersion(const QString &path)
{
    if (!m_controller->hasDocument()) {
        statusBar()->showMessage(tr("Open the article the file is a new version of first."), 5000);
        return false;
    }
    m_panel->flushNote();
    const qint64 previous = latestVersionOf(m_controller->document().id);
    struct Imported {
        LoadResult loaded;
        ReanchorReport report;
        DocumentRecord record;
    };
    // Reading the file and re-anchoring every annotation grow with both: on a worker thread.
    const Imported imported = whileBusy([&] {
        return runOnLibraryResponsively(m_library, [path, previous](Library &library) {
            Imported result;
            result.loaded = ArticleLoader::loadFile(path);
            if (result.loaded.ok())
                result.report = DocumentVersioner::importNewVersion(library, previous, result.loaded.article,
                                                                    &result.record);
            return result;
        });
    });
    const LoadResult &loaded = imported.loaded;
    if (!loaded.ok()) {
        showError(tr("Cannot open %1:\n%2").arg(QDir::toNativeSeparators(path), loaded.error));
        return false;
    }
    const ReanchorReport &report = imported.report;
    const DocumentRecord &record = imported.record;
    if (!report.ok()) {
        showError(
            tr("Cannot add %1 as a new version:\n%2").arg(QDir::toNativeSeparators(path), report.error));
        return false;
    }
    showArticle(record, loaded.article);
    m_currentPath = QFileInfo(path).absoluteFilePath();
    ReaderSettings::addRecentFile(path);
    setWindowFilePath(m_currentPath);
    showRevisionReport(report);
    return true;
}

void MainWindow::showImportNewVersionDialog()
{
    if (!m_controller->hasDocument()) {
        statusBar()->showMessage(tr("Open the article the file is a new version of first."), 5000);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import as New Version of “%1”").arg(m_controller->document().title), QString(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm);;All files (*)"));
    if (!path.isEmpty())
        importNewVersion(path);
}

void MainWindow::showRevisionReport(const ReanchorReport &report)
{
    // Each count is a phrase of its own with %n, so every language gets its plural forms (Arabic has six).
    const QString message =
        tr("This is a new version of the article: %1, %2, %3.")
            .arg(tr("%n annotation(s) kept", nullptr, report.kept), tr("%n moved", nullptr, report.moved),
                 tr("%n orphaned", nullptr, report.orphaned));
    if (report.orphaned > 0)
        m_articlePane->showNotice(
            message + u' '
                + tr("Orphaned annotations keep their quote and note: select the passage "
                     "and choose Attach Here."),
            ArticlePane::NoticeAction::ShowNotAnchored);
    else
        m_articlePane->showNotice(message);
}

qint64 MainWindow::latestVersionOf(qint64 documentId)
{
    const QVector<DocumentRecord> chain = DocumentVersioner::versions(m_library, documentId);
    return chain.isEmpty() ? documentId : chain.constFirst().id;
}

void MainWindow::openLatestVersion()
{
    if (m_controller->hasDocument())
        openDocument(latestVersionOf(m_controller->document().id));
}

void MainWindow::updateVersions()
{
    m_versionsMenu->clear();
    const qint64 current = m_controller->hasDocument() ? m_controller->document().id : 0;
    const QVector<DocumentRecord> chain =
        current != 0 ? DocumentVersioner::versions(m_library, current) : QVector<DocumentRecord>();
    const QLocale locale;
    int number = int(chain.size());
    for (const DocumentRecord &version : chain) {
        const QString label = tr("Version %1, imported %2")
                                  .arg(locale.toString(number))
                                  .arg(locale.toString(version.created.toLocalTime(), QLocale::ShortFormat));
        QAction *action =
            m_versionsMenu->addAction(label, this, [this, id = version.id] { openDocument(id); });
        action->setData(version.id);
        action->setCheckable(true);
        action->setChecked(version.id == current);
        --number;
    }
    m_versionsMenu->setEnabled(chain.size() > 1);

    if (chain.size() > 1 && chain.constFirst().id != current) {
        m_articlePane->showNotice(
            tr("This is an earlier version of the article, kept for reference; its annotations are on the "
               "latest version."),
            ArticlePane::NoticeAction::OpenLatestVersion);
    }
}

} // namespace hashiya
