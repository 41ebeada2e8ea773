#pragma once

#include <QProxyStyle>

namespace hashiya {

/**
 * The platform style, except that keyboard mnemonics are not underlined. Qt draws the underlined letter of
 * "&ملف" as a separate run, which breaks Arabic joining in every menu title and button; without the underline
 * the text is shaped whole, and Alt+letter still works.
 */
class JoinedScriptStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    /// Whether the locale's script joins its letters (Arabic, Persian, Urdu, Syriac, N'Ko, Mongolian).
    static bool joinsLetters(const QLocale &locale);
};

} // namespace hashiya
