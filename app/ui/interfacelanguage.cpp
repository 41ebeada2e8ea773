#include "ui/interfacelanguage.h"

#include "ui/joinedscriptstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QLocale g_installed = QLocale(QLocale::English);

bool isTranslated(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    for (const auto &language : InterfaceLanguage::available()) {
        if (language.first == code)
            return true;
    }
    return false;
}

} // namespace

QVector<std::pair<QString, QString>> InterfaceLanguage::available()
{
    // Native names are shown as themselves in every interface language, so they are not translated.
    return {{u"en"_s, u"English"_s}, {u"ar"_s, u"العربية"_s}, {u"fr"_s, u"Français"_s}};
}

QString InterfaceLanguage::requestedCode()
{
    const QString fromEnvironment = qEnvironmentVariable("HASHIYA_LANGUAGE").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(u"interface/language"_s).toString().trimmed();
}

QLocale InterfaceLanguage::chosenLocale()
{
    const QString requested = requestedCode();
    if (!requested.isEmpty())
        return QLocale(requested);
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &name : uiLanguages) {
        const QLocale candidate(name);
        if (isTranslated(candidate))
            return candidate;
    }
    const QLocale first = uiLanguages.isEmpty() ? QLocale(QLocale::C) : QLocale(uiLanguages.constFirst());
    // "C" (a bare POSIX locale) means English, the source language.
    return first.language() == QLocale::C ? QLocale(QLocale::English) : first;
}

Qt::LayoutDirection InterfaceLanguage::layoutDirection(const QLocale &locale)
{
    return locale.textDirection() == Qt::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
}

void InterfaceLanguage::install(QCoreApplication &app)
{
    const QLocale locale = chosenLocale();
    g_installed = locale;
    // Qt's own first, ours last: the translator installed last is asked first.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"hashiya"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Set explicitly, so a language without a translation of ours (Hebrew, Persian) still mirrors the window.
    if (qobject_cast<QGuiApplication *>(&app))
        QGuiApplication::setLayoutDirection(layoutDirection(locale));
    if (qobject_cast<QApplication *>(&app)) {
        const bool joins = JoinedScriptStyle::joinsLetters(locale);
        const auto *joined = qobject_cast<const JoinedScriptStyle *>(QApplication::style());
        if (joins && !joined)
            QApplication::setStyle(new JoinedScriptStyle);
        else if (!joins && joined)
            QApplication::setStyle(joined->baseStyle()->name());
    }
}

QLocale InterfaceLanguage::installedLocale()
{
    return g_installed;
}

} // namespace hashiya
