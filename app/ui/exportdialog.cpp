#include "ui/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hashiya {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_format(new QComboBox(this))
    , m_current(new QRadioButton(tr("The &current article"), this))
    , m_library(new QRadioButton(tr("The whole &library"), this))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Annotations"));
    for (const ExportFormat format : Exporter::formats())
        m_format->addItem(Exporter::displayName(format), Exporter::id(format));

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_current);
    scope->addWidget(m_library);
    m_current->setEnabled(!title.isEmpty());
    (title.isEmpty() ? m_library : m_current)->setChecked(true);
    if (!title.isEmpty())
        m_current->setText(tr("The &current article (%1)").arg(title));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(browse);
    m_destinationLabel->setBuddy(m_destination);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Export:"), scope);
    form->addRow(m_destinationLabel, destination);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateDestination);
    connect(m_current, &QRadioButton::toggled, this, &ExportDialog::updateDestination);
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateDestination();
}

ExportFormat ExportDialog::format() const
{
    return Exporter::fromId(m_format->currentData().toString()).value_or(ExportFormat::W3cJson);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(Exporter::id(format)));
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_current->isChecked() ? Scope::CurrentArticle : Scope::WholeLibrary;
}

void ExportDialog::setScope(Scope scope)
{
    if (scope == Scope::CurrentArticle && m_current->isEnabled())
        m_current->setChecked(true);
    else
        m_library->setChecked(true);
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
    m_destinationEdited = true;
}

bool ExportDialog::destinationIsFolder() const
{
    // One page per document: a whole library needs a folder; one article is one file.
    return Exporter::onePerDocument(format()) && scope() == Scope::WholeLibrary;
}

QString ExportDialog::suggestedPath() const
{
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (destinationIsFolder())
        return documents.filePath(tr("Hashiya export"));
    QString name = scope() == Scope::CurrentArticle ? m_title.simplified() : tr("Hashiya library");
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s), u"-"_s);
    return documents.filePath(name + u'.' + Exporter::suffix(format()));
}

void ExportDialog::updateDestination()
{
    m_destinationLabel->setText(destinationIsFolder() ? tr("To &folder:") : tr("To &file:"));
    if (!m_destinationEdited) {
        m_destination->setText(suggestedPath());
        return;
    }
    // Keep the user's place, but with the suffix of the format now chosen.
    const QFileInfo info(destination());
    if (!destinationIsFolder() && !info.isDir() && !info.fileName().isEmpty())
        m_destination->setText(
            info.dir().filePath(info.completeBaseName() + u'.' + Exporter::suffix(format())));
}

void ExportDialog::browse()
{
    QString path;
    if (destinationIsFolder()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), destination());
    } else {
        const QString suffix = Exporter::suffix(format());
        path = QFileDialog::getSaveFileName(this, tr("Export to File"), destination(),
                                            tr("%1 (*.%2)").arg(Exporter::displayName(format()), suffix));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += u'.' + suffix;
    }
    if (!path.isEmpty())
        setDestination(path);
}

void ExportDialog::accept()
{
    const QString path = destination();
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose where to export to.");
    else if (destinationIsFolder() && !QDir().mkpath(path))
        problem = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
    else if (!destinationIsFolder() && QFileInfo(path).isDir())
        problem = tr("%1 is a folder: give a file name.").arg(QDir::toNativeSeparators(path));
    if (!problem.isEmpty()) {
        if (qEnvironmentVariableIsSet("HASHIYA_NO_DIALOGS"))
            qWarning("%s", qUtf8Printable(problem));
        else
            QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

} // namespace hashiya
