#include "ui/librarytroubledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QString headline(Library::Problem problem)
{
    switch (problem) {
    case Library::Problem::Damaged:
        return LibraryTroubleDialog::tr("The library is damaged");
    case Library::Problem::Empty:
        return LibraryTroubleDialog::tr("The library file is empty");
    case Library::Problem::NotALibrary:
        return LibraryTroubleDialog::tr("This file is not a Hashiya library");
    case Library::Problem::Newer:
        return LibraryTroubleDialog::tr("The library is from a newer Hashiya");
    case Library::Problem::Unreadable:
        return LibraryTroubleDialog::tr("The library cannot be read");
    case Library::Problem::ReadOnly:
        return LibraryTroubleDialog::tr("The library is read-only and cannot be updated");
    case Library::Problem::CannotCreate:
        return LibraryTroubleDialog::tr("The library cannot be created");
    case Library::Problem::CannotUpdate:
    case Library::Problem::None:
        break;
    }
    return LibraryTroubleDialog::tr("The library cannot be opened");
}

} // namespace

LibraryTroubleDialog::LibraryTroubleDialog(const QString &libraryPath, const QString &message,
                                           Library::Problem problem, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cannot Open the Library"));
    auto *layout = new QVBoxLayout(this);

    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *texts = new QVBoxLayout;
    auto *title = new QLabel(u"<b>"_s + headline(problem).toHtmlEscaped() + u"</b>"_s, this);
    texts->addWidget(title);
    m_message = new QLabel(message, this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path can be copied
    m_message->setTextFormat(Qt::PlainText);
    texts->addWidget(m_message);
    auto *where = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(libraryPath)), this);
    where->setTextFormat(Qt::PlainText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    texts->addWidget(where);
    row->addLayout(texts, 1);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open Another Library…"), QDialogButtonBox::AcceptRole);
    m_create = buttons->addButton(tr("Create a New Library…"), QDialogButtonBox::AcceptRole);
    if (problem == Library::Problem::Damaged) {
        m_recover = buttons->addButton(tr("Try to Recover…"), QDialogButtonBox::AcceptRole);
        m_recover->setToolTip(tr("Copy what is still readable into a new library. The damaged file is "
                                 "left as it is."));
    }
    m_quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    (m_recover ? m_recover : m_open)->setDefault(true);

    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::OpenAnother); });
    connect(m_create, &QPushButton::clicked, this, [this] { choose(Choice::CreateNew); });
    if (m_recover)
        connect(m_recover, &QPushButton::clicked, this, [this] { choose(Choice::Recover); });
    connect(m_quit, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Quit;
        reject();
    });
}

bool LibraryTroubleDialog::offersRecovery() const
{
    return m_recover != nullptr;
}

QPushButton *LibraryTroubleDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::OpenAnother:
        return m_open;
    case Choice::CreateNew:
        return m_create;
    case Choice::Recover:
        return m_recover;
    case Choice::Quit:
        break;
    }
    return m_quit;
}

QString LibraryTroubleDialog::message() const
{
    return m_message->text();
}

void LibraryTroubleDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace hashiya
