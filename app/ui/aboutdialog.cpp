#include "ui/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRawFont>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtEndian>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

// The "version" string (name id 5) of an installed font's OpenType name table, "Version 2.004" → "2.004".
QString fontVersion(const QString &family)
{
    QFont font(family);
    font.setPixelSize(16);
    const QRawFont raw = QRawFont::fromFont(font);
    const QByteArray table = raw.isValid() ? raw.fontTable("name") : QByteArray();
    if (table.size() < 6)
        return {};
    const auto *data = reinterpret_cast<const uchar *>(table.constData());
    const int count = qFromBigEndian<quint16>(data + 2);
    const int strings = qFromBigEndian<quint16>(data + 4);
    for (int i = 0; i < count && 6 + (i + 1) * 12 <= table.size(); ++i) {
        const uchar *record = data + 6 + i * 12;
        const quint16 platform = qFromBigEndian<quint16>(record);
        const quint16 nameId = qFromBigEndian<quint16>(record + 6);
        const int length = qFromBigEndian<quint16>(record + 8);
        const int offset = strings + qFromBigEndian<quint16>(record + 10);
        if (nameId != 5 || platform != 3 || offset + length > table.size())
            continue;
        QString text;
        for (int c = 0; c + 1 < length; c += 2)
            text.append(QChar(qFromBigEndian<quint16>(data + offset + c)));
        text = text.section(u';', 0, 0).trimmed();
        if (text.startsWith(u"Version "_s, Qt::CaseInsensitive))
            text = text.mid(8);
        return text;
    }
    return {};
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_components(new QLabel(this))
    , m_copy(new QPushButton(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Hashiya"));
    for (QLabel *label : {m_title, m_summary, m_components}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        // Selectable with mouse and keyboard; a link opens in the browser only when clicked (or Enter).
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(true);
    }
    m_components->setObjectName(u"components"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy->setText(tr("&Copy Version Info"));
    m_copy->setToolTip(tr("Copy the versions of Hashiya and its libraries, for a bug report"));
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionInfo()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_components, 1);
    layout->addWidget(buttons);
    fill();
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

AboutDialog *AboutDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<AboutDialog *>(u"aboutDialog"_s, Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new AboutDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QVector<ComponentVersion> AboutDialog::components()
{
    QVector<ComponentVersion> result = componentVersions();
    // The reading fonts the window asks for (MainWindow::readingFont), those that are installed.
    const QStringList installed = QFontDatabase::families();
    const std::pair<QString, QUrl> fonts[] = {
        {u"Noto Naskh Arabic"_s, QUrl(u"https://notofonts.github.io/"_s)},
        {u"Amiri"_s, QUrl(u"https://www.amirifont.org/"_s)},
    };
    for (const auto &[family, url] : fonts) {
        if (installed.contains(family))
            result.append({family, fontVersion(family), u"OFL-1.1"_s, url});
    }
    return result;
}

QString AboutDialog::versionInfo()
{
    QStringList lines{u"Hashiya %1"_s.arg(QStringLiteral(HASHIYA_VERSION))};
    for (const ComponentVersion &component : components())
        lines.append(u"%1 %2 (%3)"_s.arg(component.name, component.version, component.licence));
    lines.append(u"%1, %2, %3"_s.arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                                     QGuiApplication::platformName()));
    return lines.join(u'\n') + u'\n';
}

void AboutDialog::fill()
{
    m_title->setText(
        u"<h2>%1</h2>"_s.arg(tr("Hashiya %1").arg(QStringLiteral(HASHIYA_VERSION)).toHtmlEscaped()));
    m_summary->setText(u"<p>%1</p><p>%2</p>"_s.arg(
        tr("A reader for right-to-left articles: highlight, annotate, tag.").toHtmlEscaped(),
        tr("Hashiya is free software, licensed under the %1: you may share and change it under its terms. "
           "It comes with no warranty.")
            .arg(u"<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a>"_s.arg(
                tr("GNU General Public License, version 3 or later (GPL-3.0-or-later)").toHtmlEscaped()))));

    QString rows;
    for (const ComponentVersion &component : components()) {
        const QString licence = component.licence.contains(u' ')
                                    ? component.licence.toHtmlEscaped()
                                    : u"<a href=\"https://spdx.org/licenses/%1.html\">%1</a>"_s.arg(
                                        component.licence.toHtmlEscaped());
        rows += u"<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>"_s.arg(
            component.homepage.toString(QUrl::FullyEncoded).toHtmlEscaped(), component.name.toHtmlEscaped(),
            component.version.toHtmlEscaped(), licence);
    }
    m_components->setText(
        u"<p><b>%1</b></p><table cellspacing=\"6\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>"
        "%5</table>"_s.arg(tr("Built on these libraries and fonts").toHtmlEscaped(),
                           tr("Component").toHtmlEscaped(), tr("Version").toHtmlEscaped(),
                           tr("Licence").toHtmlEscaped(), rows));
    m_components->setAccessibleName(tr("Libraries and fonts"));
}

} // namespace hashiya
