#include "ui/preferencesreadingpage.h"

#include "articleview/articleview.h"
#include "ui/readersettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

// A typographic sample, not interface text: it stays Arabic (vocalised, with an English name and digits
// of both kinds) in every interface language, since that is what the reader's settings must serve.
const QString &sampleText()
{
    static const QString text = u"كَتَبَ المُحَرِّرُ فِي هَامِشِ المَقَالَةِ أَنَّ تَقْرِيرَ Reuters نُشِرَ سَنَةَ ٢٠٢٤، وَأَنَّ "
                                u"الرَّقْمَ الصَّحِيحَ هُوَ 1,250 لَا 1,520؛ فَالتَّحَقُّقُ مِنْ كُلِّ ادِّعَاءٍ وَاجِبٌ قَبْلَ النَّشْرِ."_s;
    return text;
}

enum WidthMode { DefaultWidth, FitWindow, Custom };

} // namespace

PreferencesReadingPage::PreferencesReadingPage(QWidget *parent)
    : PreferencesPage(parent)
    , m_font(new QFontComboBox(this))
    , m_arabicOnly(new QCheckBox(tr("Only fonts that write &Arabic"), this))
    , m_size(new QDoubleSpinBox(this))
    , m_spacing(new QDoubleSpinBox(this))
    , m_widthMode(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_preview(new ArticleView(this))
{
    m_font->setObjectName(u"fontFamily"_s);
    m_font->setAccessibleName(tr("Article font"));
    m_font->setWritingSystem(QFontDatabase::Arabic);
    m_arabicOnly->setChecked(true);
    m_arabicOnly->setObjectName(u"arabicFontsOnly"_s);
    m_size->setObjectName(u"fontSize"_s);
    m_size->setAccessibleName(tr("Font size"));
    m_size->setRange(6, 72);
    m_size->setSingleStep(1);
    m_size->setDecimals(1);
    m_size->setSuffix(tr(" pt"));
    m_spacing->setObjectName(u"lineSpacing"_s);
    m_spacing->setAccessibleName(tr("Line spacing"));
    m_spacing->setRange(0.8, 3.0);
    m_spacing->setSingleStep(0.1);
    m_spacing->setDecimals(2);
    m_spacing->setSuffix(tr(" ×"));
    m_widthMode->setObjectName(u"textWidthMode"_s);
    m_widthMode->setAccessibleName(tr("Text width"));
    m_widthMode->addItem(tr("Comfortable (about 42 em)"));
    m_widthMode->addItem(tr("Fit the window"));
    m_widthMode->addItem(tr("Custom"));
    m_width->setObjectName(u"textWidth"_s);
    m_width->setAccessibleName(tr("Custom text width in em"));
    m_width->setRange(15, 200);
    m_width->setSuffix(tr(" em"));
    m_theme->setObjectName(u"theme"_s);
    m_theme->setAccessibleName(tr("Theme"));
    for (const Theme::Kind kind :
         {Theme::Kind::System, Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Sepia})
        m_theme->addItem(Theme::displayName(kind), int(kind));
    m_preview->setObjectName(u"readingPreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setMinimumSize(360, 200);
    m_preview->setFocusPolicy(Qt::ClickFocus); // something to look at, not a stop on the Tab path
    m_preview->setContent(sampleText(),
                          {{0, int(sampleText().size()), ViewBlock::Kind::Paragraph, 0, Qt::RightToLeft}});

    auto *width = new QHBoxLayout;
    width->addWidget(m_widthMode, 1);
    width->addWidget(m_width);
    auto *form = new QFormLayout;
    auto *fontLabel = new QLabel(tr("&Font:"), this);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, m_font);
    form->addRow(QString(), m_arabicOnly);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, m_size);
    auto *spacingLabel = new QLabel(tr("&Line spacing:"), this);
    spacingLabel->setBuddy(m_spacing);
    form->addRow(spacingLabel, m_spacing);
    auto *widthLabel = new QLabel(tr("Text &width:"), this);
    widthLabel->setBuddy(m_widthMode);
    form->addRow(widthLabel, width);
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    setTabOrder(m_font, m_arabicOnly);
    setTabOrder(m_arabicOnly, m_size);
    setTabOrder(m_size, m_spacing);
    setTabOrder(m_spacing, m_widthMode);
    setTabOrder(m_widthMode, m_width);
    setTabOrder(m_width, m_theme);

    m_saved = ReadingStyle::fromSettings();
    m_savedTheme = Theme::fromKey(ReaderSettings::theme());
    m_defaultFamilies = ReaderSettings::fontFamily().isEmpty();
    showValues(m_saved, m_savedTheme);

    connect(m_arabicOnly, &QCheckBox::toggled, this, [this](bool only) {
        const QFont current = m_font->currentFont();
        m_font->setWritingSystem(only ? QFontDatabase::Arabic : QFontDatabase::Any);
        m_font->setCurrentFont(current);
    });
    connect(m_font, &QFontComboBox::currentFontChanged, this, [this] {
        if (!m_showing)
            m_defaultFamilies = false;
        onChanged();
    });
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &PreferencesReadingPage::onChanged);
    connect(m_spacing, &QDoubleSpinBox::valueChanged, this, &PreferencesReadingPage::onChanged);
    connect(m_widthMode, &QComboBox::currentIndexChanged, this, &PreferencesReadingPage::onChanged);
    connect(m_width, &QSpinBox::valueChanged, this, &PreferencesReadingPage::onChanged);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesReadingPage::onChanged);
}

QString PreferencesReadingPage::title() const
{
    return tr("Reading");
}

void PreferencesReadingPage::showValues(const ReadingStyle &style, Theme::Kind theme)
{
    {
        const QScopedValueRollback showing(m_showing, true);
        m_font->setCurrentFont(QFont(style.font.families().value(0, style.font.family())));
        m_size->setValue(style.font.pointSizeF());
        m_spacing->setValue(style.lineSpacing);
        m_widthMode->setCurrentIndex(style.textWidth == ReadingStyle::FitWindow ? FitWindow
                                     : style.textWidth > 0                      ? Custom
                                                                                : DefaultWidth);
        m_width->setValue(style.textWidth > 0 ? style.textWidth : 42);
        m_theme->setCurrentIndex(m_theme->findData(int(theme)));
    }
    onChanged();
}

ReadingStyle PreferencesReadingPage::readingStyle() const
{
    ReadingStyle style;
    if (m_defaultFamilies)
        style.font = ReadingStyle::defaults().font;
    else
        style.font.setFamilies({m_font->currentFont().family(), u"Noto Naskh Arabic"_s, u"Amiri"_s});
    style.font.setPointSizeF(m_size->value());
    style.lineSpacing = m_spacing->value();
    switch (m_widthMode->currentIndex()) {
    case FitWindow:
        style.textWidth = ReadingStyle::FitWindow;
        break;
    case Custom:
        style.textWidth = m_width->value();
        break;
    default:
        style.textWidth = ReadingStyle::DefaultWidth;
        break;
    }
    return style;
}

Theme::Kind PreferencesReadingPage::theme() const
{
    return Theme::Kind(m_theme->currentData().toInt());
}

void PreferencesReadingPage::onChanged()
{
    m_width->setEnabled(m_widthMode->currentIndex() == Custom);
    if (m_showing)
        return;
    updatePreview();
    Q_EMIT modified();
}

void PreferencesReadingPage::updatePreview()
{
    readingStyle().applyTo(m_preview);
    m_preview->setPalette(Theme::palette(theme()));
}

void PreferencesReadingPage::setStyleColors(const QVector<QColor> &colors)
{
    m_styleColors = colors;
    // One highlight per style on successive words, from the start of the sample.
    QVector<ArticleView::Highlight> highlights;
    const QString &text = sampleText();
    int position = 0;
    for (int i = 0; i < colors.size(); ++i) {
        const int start = int(text.indexOf(u' ', position)) + 1;
        if (start <= 0)
            break;
        int end = int(text.indexOf(u' ', start));
        if (end < 0)
            end = int(text.size());
        highlights.append({i + 1, start, end, colors.at(i)});
        position = int(text.indexOf(u' ', end + 1)); // a plain word between two highlights
        if (position < 0)
            break;
    }
    m_preview->setHighlights(highlights);
}

bool PreferencesReadingPage::apply()
{
    const ReadingStyle style = readingStyle();
    style.save();
    ReaderSettings::setTheme(Theme::key(theme()));
    m_saved = style;
    m_savedTheme = theme();
    Q_EMIT modified();
    return true;
}

void PreferencesReadingPage::restoreDefaults()
{
    m_defaultFamilies = true;
    showValues(ReadingStyle::defaults(), Theme::Kind::System);
}

bool PreferencesReadingPage::isModified() const
{
    const ReadingStyle now = readingStyle();
    return now.font.families() != m_saved.font.families()
           || !qFuzzyCompare(now.font.pointSizeF(), m_saved.font.pointSizeF())
           || !qFuzzyCompare(now.lineSpacing, m_saved.lineSpacing) || now.textWidth != m_saved.textWidth
           || theme() != m_savedTheme;
}

} // namespace hashiya
