#pragma once

#include "library/library.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hashiya::test {

/** A fresh library file in a temporary folder holding one document: the corpus article about Burkina Faso. */
class LibraryFixture final
{
    Q_DISABLE_COPY_MOVE(LibraryFixture)

public:
    LibraryFixture() = default;

    /// Creates the library and the document; false with `error` set when anything fails.
    bool setUp(QString *error);
    QString libraryPath() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_documentId = 0;
    QString m_text;
};

/// A corpus file decoded as UTF-8 (HASHIYA_CORPUS); empty if missing.
QString corpusText(const QString &fileName);

} // namespace hashiya::test
