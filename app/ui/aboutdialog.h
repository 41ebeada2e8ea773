#pragma once

#include "about/componentversions.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace hashiya {

/**
 * Help › About Hashiya: the version, Hashiya's licence, and the libraries and fonts it runs on with their
 * run-time versions and licences. The text is selectable, links open only when clicked, and "Copy Version
 * Info" puts a plain summary on the clipboard for bug reports.
 */
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// Shows the window's dialog (one per window).
    static AboutDialog *showFor(QWidget *window);

    /// The libraries from the core, then the article fonts that are installed, as shown in the dialog.
    static QVector<ComponentVersion> components();
    /// What "Copy Version Info" copies: Hashiya's version, each component's, the system and platform.
    static QString versionInfo();

    QLabel *componentsLabel() const { return m_components; }
    QPushButton *copyButton() const { return m_copy; }

private:
    void fill();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_components;
    QPushButton *m_copy;
};

} // namespace hashiya
