#pragma once

#include <QString>
#include <QUrl>
#include <QVector>

namespace hashiya {

/** One library Hashiya runs on, as loaded at run time (not as compiled against), for Help › About. */
struct ComponentVersion {
    QString name;    ///< the project's own name ("Qt", "ICU", …); not translated
    QString version; ///< the running library's version, as the library reports it
    QString licence; ///< SPDX licence identifier, or a translated phrase where none exists (public domain)
    QUrl homepage;
};

/**
 * The run-time versions of the libraries the core links: Qt, ICU, SQLite, libxml2 and libzip. Lives in the
 * core because it links libxml2, libzip and SQLite privately; the window adds the fonts it found.
 */
QVector<ComponentVersion> componentVersions();

} // namespace hashiya
