#pragma once

#include "interop/exportbundle.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace hashiya {

class Library;

/** The `tag` table as the tag editor needs it: every tag name, for completion. */
class TagStore final
{
    Q_DISABLE_COPY_MOVE(TagStore)

public:
    explicit TagStore(const Library &library);

    /// All tag names, sorted by their folded key (so "ab" and "Ab…" stay together whatever the case).
    QStringList names();
    /// Every tag with its colour and parent, parents before their children where the ids allow (by id).
    QVector<ExportTag> all();
    QString lastError() const { return m_lastError; }

private:
    const Library &m_library;
    QString m_lastError;
};

} // namespace hashiya
