#include "about/componentversions.h"

#include <QCoreApplication>

#include <libxml/parser.h>
#include <libxml/xmlversion.h>
#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <zip.h>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

QString icuVersion(const UVersionInfo info)
{
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

// libxml2 reports its run-time version as digits, "20914" for 2.9.14.
QString libxmlVersion()
{
    const QString digits = QString::fromLatin1(xmlParserVersion);
    bool ok = false;
    const int number = digits.toInt(&ok);
    if (!ok || number < 10000)
        return digits;
    return u"%1.%2.%3"_s.arg(number / 10000).arg(number / 100 % 100).arg(number % 100);
}

} // namespace

QVector<ComponentVersion> componentVersions()
{
    UVersionInfo icu;
    u_getVersion(icu);
    UVersionInfo unicode;
    u_getUnicodeVersion(unicode);
    //: ICU's version, then the version of the Unicode standard it implements: "72.1 (Unicode 15.0)".
    const QString icuText = QCoreApplication::translate("hashiya::ComponentVersions", "%1 (Unicode %2)")
                                .arg(icuVersion(icu), icuVersion(unicode));
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s, QUrl(u"https://www.qt.io/"_s)},
        {u"ICU"_s, icuText, u"Unicode-DFS-2016"_s, QUrl(u"https://icu.unicode.org/"_s)},
        {u"SQLite"_s, QString::fromLatin1(sqlite3_libversion()),
         QCoreApplication::translate("hashiya::ComponentVersions", "Public domain"),
         QUrl(u"https://www.sqlite.org/"_s)},
        {u"libxml2"_s, libxmlVersion(), u"MIT"_s, QUrl(u"https://gitlab.gnome.org/GNOME/libxml2"_s)},
        {u"libzip"_s, QString::fromLatin1(zip_libzip_version()), u"BSD-3-Clause"_s,
         QUrl(u"https://libzip.org/"_s)},
    };
}

} // namespace hashiya
