#include "ui/preferencesgeneralpage.h"

#include "library/library.h"
#include "ui/interfacelanguage.h"
#include "ui/readersettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hashiya {

PreferencesGeneralPage::PreferencesGeneralPage(Library &library, QWidget *parent)
    : PreferencesPage(parent)
    , m_library(library)
    , m_language(new QComboBox(this))
    , m_libraryField(new QLineEdit(this))
    , m_open(new QPushButton(tr("&Open Library…"), this))
    , m_create(new QPushButton(tr("&New Library…"), this))
    , m_default(new QPushButton(tr("Use the &Default"), this))
    , m_switchNow(new QCheckBox(tr("&Switch to it now"), this))
    , m_error(new QLabel(this))
{
    m_language->setObjectName(u"interfaceLanguage"_s);
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System default"), QString());
    for (const auto &[code, name] : InterfaceLanguage::available())
        m_language->addItem(name, code);
    m_savedLanguage = ReaderSettings::interfaceLanguage();
    const int index = m_language->findData(m_savedLanguage);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    auto *languageNote = new QLabel(tr("The new language applies when Hashiya starts again."), this);
    languageNote->setWordWrap(true);

    m_libraryField->setObjectName(u"libraryPath"_s);
    m_libraryField->setAccessibleName(tr("Library file"));
    m_libraryField->setReadOnly(true);
    m_open->setObjectName(u"openLibrary"_s);
    m_create->setObjectName(u"newLibrary"_s);
    m_default->setObjectName(u"defaultLibrary"_s);
    m_switchNow->setObjectName(u"switchLibraryNow"_s);
    m_switchNow->setChecked(true);
    for (QPushButton *button : {m_open, m_create, m_default})
        button->setAutoDefault(false);
    m_error->setObjectName(u"libraryError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *current = new QLabel(tr("Open now: %1")
                                   .arg(m_library.isInMemory() ? tr("a temporary library in memory")
                                                               : QDir::toNativeSeparators(m_library.path())),
                               this);
    current->setObjectName(u"currentLibrary"_s);
    current->setWordWrap(true);
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *languageGroup = new QGroupBox(tr("Interface"), this);
    auto *languageForm = new QFormLayout(languageGroup);
    auto *languageLabel = new QLabel(tr("&Language:"), languageGroup);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    languageForm->addRow(QString(), languageNote);

    auto *libraryGroup = new QGroupBox(tr("Library"), this);
    auto *libraryLayout = new QVBoxLayout(libraryGroup);
    auto *fileLabel = new QLabel(tr("Library &file Hashiya opens:"), libraryGroup);
    fileLabel->setBuddy(m_libraryField);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_create);
    buttons->addWidget(m_default);
    buttons->addStretch();
    libraryLayout->addWidget(fileLabel);
    libraryLayout->addWidget(m_libraryField);
    libraryLayout->addLayout(buttons);
    libraryLayout->addWidget(m_switchNow);
    libraryLayout->addWidget(current);
    libraryLayout->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(languageGroup);
    layout->addWidget(libraryGroup);
    layout->addStretch();
    setTabOrder(m_language, m_libraryField);
    setTabOrder(m_libraryField, m_open);
    setTabOrder(m_open, m_create);
    setTabOrder(m_create, m_default);
    setTabOrder(m_default, m_switchNow);

    m_savedLibraryPath = ReaderSettings::libraryPath();
    m_libraryPath = m_savedLibraryPath;
    showLibrary();

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesPage::modified);
    connect(m_open, &QPushButton::clicked, this, [this] { pickLibrary(false); });
    connect(m_create, &QPushButton::clicked, this, [this] { pickLibrary(true); });
    connect(m_default, &QPushButton::clicked, this, [this] { chooseLibrary(QString()); });
}

QString PreferencesGeneralPage::title() const
{
    return tr("General");
}

QString PreferencesGeneralPage::effectivePath(const QString &setting) const
{
    return setting.isEmpty() ? Library::defaultPath() : QFileInfo(setting).absoluteFilePath();
}

void PreferencesGeneralPage::showLibrary()
{
    m_libraryField->setText(QDir::toNativeSeparators(effectivePath(m_libraryPath)));
    m_libraryField->setToolTip(m_libraryPath.isEmpty() ? tr("The default location") : QString());
    m_switchNow->setEnabled(m_library.isInMemory()
                            || effectivePath(m_libraryPath)
                                   != QFileInfo(m_library.path()).absoluteFilePath());
    m_default->setEnabled(!m_libraryPath.isEmpty());
}

void PreferencesGeneralPage::pickLibrary(bool createNew)
{
    const QString filter = tr("Hashiya libraries (*.sqlite);;All files (*)");
    const QString folder = QFileInfo(effectivePath(m_libraryPath)).absolutePath();
    QString path;
    if (!createNew) {
        path = QFileDialog::getOpenFileName(this, tr("Open Library"), folder, filter);
    } else {
        path =
            QFileDialog::getSaveFileName(this, tr("New Library"), QDir(folder).filePath(u"library.sqlite"_s),
                                         filter, nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty() && QFileInfo::exists(path)) {
            // Never overwritten: the existing file may be someone's library. It can be opened instead.
            QMessageBox::warning(this, tr("New Library"),
                                 tr("“%1” already exists. To use it, choose Open Library; for a new library, "
                                    "choose a new file name.")
                                     .arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    if (!path.isEmpty())
        chooseLibrary(path);
}

void PreferencesGeneralPage::chooseLibrary(const QString &path)
{
    m_libraryPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_error->setVisible(false);
    showLibrary();
    Q_EMIT modified();
}

QString PreferencesGeneralPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool PreferencesGeneralPage::apply()
{
    const QString language = m_language->currentData().toString();
    if (language != m_savedLanguage) {
        ReaderSettings::setInterfaceLanguage(language);
        m_savedLanguage = language;
    }
    if (m_libraryPath != m_savedLibraryPath) {
        const QString target = effectivePath(m_libraryPath);
        const bool isOpenOne =
            !m_library.isInMemory() && target == QFileInfo(m_library.path()).absoluteFilePath();
        if (!isOpenOne) {
            // Checked before it is kept: a file that cannot be a library must not become the one Hashiya
            // tries at every start. Opening leaves a refused file exactly as it was.
            QString error;
            if (!Library::open(target, &error)) {
                m_error->setText(tr("“%1” cannot be used as the library, so Hashiya keeps using the one open "
                                    "now.\n%2")
                                     .arg(QDir::toNativeSeparators(target), error));
                m_error->setVisible(true);
                return false;
            }
        }
        ReaderSettings::setLibraryPath(m_libraryPath);
        m_savedLibraryPath = m_libraryPath;
        m_error->setVisible(false);
        if (!isOpenOne && m_switchNow->isChecked())
            Q_EMIT librarySwitchRequested(target);
    }
    Q_EMIT modified();
    return true;
}

void PreferencesGeneralPage::restoreDefaults()
{
    m_language->setCurrentIndex(0);
    chooseLibrary(QString());
}

bool PreferencesGeneralPage::isModified() const
{
    return m_language->currentData().toString() != m_savedLanguage || m_libraryPath != m_savedLibraryPath;
}

} // namespace hashiya
