#pragma once

#include <QDialog>

class QByteArray;
class QComboBox;
class QListWidget;

namespace hashiya {

/**
 * "Reopen with Encoding…": the likely encodings of a file, best first, each with a preview line of the text
 * it gives, and any other encoding by name.
 */
class EncodingDialog final : public QDialog
{
    Q_OBJECT

public:
    EncodingDialog(const QByteArray &bytes, const QString &currentEncoding, QWidget *parent = nullptr);

    QString selectedEncoding() const;
    QListWidget *candidates() const { return m_candidates; }

private:
    QListWidget *m_candidates;
    QComboBox *m_other;
};

} // namespace hashiya
