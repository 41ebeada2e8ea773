#pragma once

#include "interop/exporter.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace hashiya {

/**
 * File › Export…: which format, the current article or the whole library, and where to (a file, or a folder
 * when the format writes one file per document and there may be several). Only asks; the window runs the
 * export. The fields can be set from code, so tests drive it without a person.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope { CurrentArticle, WholeLibrary };

    /// `title` names the open article (empty when none is open: only the whole library is offered).
    ExportDialog(const QString &title, QWidget *parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    Scope scope() const;
    void setScope(Scope scope);
    QString destination() const;
    void setDestination(const QString &path);
    /// Whether the destination is a folder for this format and scope.
    bool destinationIsFolder() const;

    void accept() override;

private:
    void updateDestination();
    void browse();
    QString suggestedPath() const;

    QString m_title;
    QComboBox *m_format;
    QRadioButton *m_current;
    QRadioButton *m_library;
    QLabel *m_destinationLabel;
    QLineEdit *m_destination;
    QDialogButtonBox *m_buttons;
    bool m_destinationEdited = false; // a path the user typed is kept when the format changes
};

} // namespace hashiya
