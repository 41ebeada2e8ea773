#include "ui/encodingdialog.h"

#include "text/textdecoder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hashiya {

using namespace Qt::StringLiterals;

EncodingDialog::EncodingDialog(const QByteArray &bytes, const QString &currentEncoding, QWidget *parent)
    : QDialog(parent)
    , m_candidates(new QListWidget(this))
    , m_other(new QComboBox(this))
{
    setWindowTitle(tr("Reopen with Encoding"));
    resize(640, 380);
    auto *explanation = new QLabel(
        tr("If the text looks wrong, choose the encoding that gives readable text. The current one is %1.")
            .arg(currentEncoding),
        this);
    explanation->setWordWrap(true);

    const QVector<EncodingCandidate> candidates = TextDecoder::candidates(bytes, 6);
    for (const EncodingCandidate &candidate : candidates) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2%)\n%3").arg(candidate.encoding).arg(candidate.confidence).arg(candidate.preview),
            m_candidates);
        item->setData(Qt::UserRole, candidate.encoding);
        // The preview is the point of the list: let it read in its own direction.
        item->setTextAlignment(candidate.preview.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    }
    m_candidates->setAccessibleName(tr("Likely encodings"));
    if (m_candidates->count() > 0)
        m_candidates->setCurrentRow(0);

    m_other->addItem(tr("(choose from the list above)"), QString());
    for (const char *name : {"UTF-8", "windows-1256", "ISO-8859-6", "windows-1255", "ISO-8859-8", "UTF-16LE",
                             "UTF-16BE", "windows-1252", "ISO-8859-1"})
        m_other->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_other->setAccessibleName(tr("Other encoding"));

    auto *form = new QFormLayout;
    form->addRow(tr("Other encoding:"), m_other);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reopen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_candidates, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString EncodingDialog::selectedEncoding() const
{
    const QString other = m_other->currentData().toString();
    if (!other.isEmpty())
        return other;
    const QListWidgetItem *item = m_candidates->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace hashiya
