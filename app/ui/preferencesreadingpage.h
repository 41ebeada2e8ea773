#pragma once

#include "ui/preferencespage.h"
#include "ui/readingstyle.h"
#include "ui/theme.h"

#include <QColor>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;

namespace hashiya {

class ArticleView;

/**
 * Preferences › Reading: the article's font, size, line spacing, measure and the theme, with a live preview
 * drawn by a real ArticleView: a vocalised Arabic paragraph with an English word and numbers, highlighted in
 * each style.
 */
class PreferencesReadingPage final : public PreferencesPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesReadingPage)

public:
    explicit PreferencesReadingPage(QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;
    void restoreDefaults() override;
    bool isModified() const override;

    /// The preview's highlights, one per style colour, in order.
    void setStyleColors(const QVector<QColor> &colors);

    ReadingStyle readingStyle() const;
    Theme::Kind theme() const;
    ArticleView *preview() const { return m_preview; }
    QFontComboBox *fontBox() const { return m_font; }
    QDoubleSpinBox *sizeBox() const { return m_size; }
    QDoubleSpinBox *spacingBox() const { return m_spacing; }
    QComboBox *widthModeBox() const { return m_widthMode; }
    QSpinBox *widthBox() const { return m_width; }
    QComboBox *themeBox() const { return m_theme; }

private:
    void showValues(const ReadingStyle &style, Theme::Kind theme);
    void onChanged();
    void updatePreview();

    QFontComboBox *m_font;
    QCheckBox *m_arabicOnly;
    QDoubleSpinBox *m_size;
    QDoubleSpinBox *m_spacing;
    QComboBox *m_widthMode;
    QSpinBox *m_width;
    QComboBox *m_theme;
    ArticleView *m_preview;
    QVector<QColor> m_styleColors;
    ReadingStyle m_saved;
    Theme::Kind m_savedTheme = Theme::Kind::System;
    bool m_defaultFamilies = true; // the font is the default family list, not one chosen family
    bool m_showing = false;
};

} // namespace hashiya
