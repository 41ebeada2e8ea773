// The article's colours in each theme: ink over every highlight, find match and selection stays readable
// (WCAG contrast ≥ 4.5:1) and each fill still shows on the paper.
#include "articleview/articlecolors.h"

#include <QPalette>
#include <QTest>

using namespace hashiya;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hashiya::ArticleColors)

namespace {

struct NamedTheme {
    const char *name;
    ArticleColors colors;
};

QVector<NamedTheme> themes()
{
    return {{"light", ArticleColors::light()},
            {"dark", ArticleColors::dark()},
            {"sepia", ArticleColors::sepia()}};
}

// The five styles every library starts with, and two strong colours a user might pick.
struct NamedColor {
    const char *name;
    QColor color;
};

QVector<NamedColor> styleColors()
{
    return {{"yellow", QColor(0xff, 0xf1, 0x76)}, {"salmon", QColor(0xff, 0x8a, 0x80)},
            {"green", QColor(0xa5, 0xd6, 0xa7)},  {"blue", QColor(0x90, 0xca, 0xf9)},
            {"purple", QColor(0xce, 0x93, 0xd8)}, {"user's saturated red", QColor(0xd0, 0x00, 0x00)},
            {"user's black", QColor(Qt::black)}};
}

constexpr double ReadableInk = 4.5;
// The selection is a solid colour: it must differ from the paper in lightness, not only in hue.
constexpr double VisibleOnPaper = 1.3;

} // namespace

class TestThemeColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioFollowsWcag_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white is 21:1") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same colour is 1:1") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
        QTest::newRow("#777 on white is 4.48:1, just under AA")
            << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    }

    void contrastRatioFollowsWcag()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY2(qAbs(contrastRatio(a, b) - ratio) < 0.01, qPrintable(QString::number(contrastRatio(a, b))));
        QCOMPARE(contrastRatio(a, b), contrastRatio(b, a));
    }

    void highlightKeepsInkReadable_data()
    {
        QTest::addColumn<ArticleColors>("theme");
        QTest::addColumn<QColor>("style");
        QTest::addColumn<bool>("active");
        for (const NamedTheme &theme : themes()) {
            for (const NamedColor &color : styleColors()) {
                for (const bool active : {false, true}) {
                    QTest::addRow("%s: %s highlight%s readable", theme.name, color.name,
                                  active ? " (active)" : "")
                        << theme.colors << color.color << active;
                }
            }
        }
    }

    void highlightKeepsInkReadable()
    {
        QFETCH(ArticleColors, theme);
        QFETCH(QColor, style);
        QFETCH(bool, active);
        const QColor fill = compositeOver(highlightFill(style, theme, active), theme.paper);
        const double ink = contrastRatio(theme.ink, fill);
        const double paper = contrastRatio(fill, theme.paper);
        QVERIFY2(ink >= ReadableInk, qPrintable(u"ink over %1: %2:1"_s.arg(fill.name()).arg(ink)));
        QVERIFY2(isVisibleOn(fill, theme.paper),
                 qPrintable(u"%1 on paper %2: %3:1, ΔE %4"_s.arg(fill.name(), theme.paper.name())
                                .arg(paper)
                                .arg(colorDifference(fill, theme.paper))));
    }

    void darkThemeKeepsInkLightAndFillsDeep()
    {
        // In dark, the ink stays light and the fill is darker than the ink: no black-on-colour needed.
        const ArticleColors dark = ArticleColors::dark();
        QVERIFY(dark.isDark());
        for (const NamedColor &color : styleColors()) {
            const QColor fill = compositeOver(highlightFill(color.color, dark), dark.paper);
            QVERIFY2(relativeLuminance(fill) < relativeLuminance(dark.ink) / 4, color.name);
        }
        QVERIFY(!ArticleColors::light().isDark());
        QVERIFY(!ArticleColors::sepia().isDark());
    }

    void activeHighlightIsStrongerThanTheOthers_data()
    {
        QTest::addColumn<ArticleColors>("theme");
        for (const NamedTheme &theme : themes())
            QTest::addRow("%s: the active highlight stands out", theme.name) << theme.colors;
    }

    void activeHighlightIsStrongerThanTheOthers()
    {
        QFETCH(ArticleColors, theme);
        const QColor yellow(0xff, 0xf1, 0x76);
        const QColor plain = compositeOver(highlightFill(yellow, theme), theme.paper);
        const QColor active = compositeOver(highlightFill(yellow, theme, true), theme.paper);
        QVERIFY(contrastRatio(active, theme.paper) >= contrastRatio(plain, theme.paper));
    }

    void findMatchesAndSelectionAreReadable_data()
    {
        QTest::addColumn<ArticleColors>("theme");
        for (const NamedTheme &theme : themes())
            QTest::addRow("%s: find matches and selection readable", theme.name) << theme.colors;
    }

    void findMatchesAndSelectionAreReadable()
    {
        QFETCH(ArticleColors, theme);
        const FindColors find = findColors(theme);
        for (const QColor &layer : {find.match, find.current}) {
            const QColor fill = compositeOver(layer, theme.paper);
            QVERIFY2(contrastRatio(theme.ink, fill) >= ReadableInk, qPrintable(fill.name()));
            QVERIFY2(isVisibleOn(fill, theme.paper), qPrintable(fill.name()));
        }
        // The current match is told apart from the others.
        QVERIFY(
            contrastRatio(compositeOver(find.current, theme.paper), compositeOver(find.match, theme.paper))
            > 1.1);
        QVERIFY(contrastRatio(find.outline, theme.paper) >= 3.0); // WCAG non-text contrast
        QVERIFY2(contrastRatio(theme.selectionInk, theme.selection) >= ReadableInk,
                 qPrintable(QString::number(contrastRatio(theme.selectionInk, theme.selection))));
        QVERIFY(contrastRatio(theme.selection, theme.paper) >= VisibleOnPaper);
        QVERIFY(contrastRatio(theme.ink, theme.paper) >= 7.0); // body text: AAA
        QVERIFY(contrastRatio(theme.link, theme.paper) >= ReadableInk);
    }

    void paletteRoundTrips()
    {
        const ArticleColors sepia = ArticleColors::sepia();
        QPalette palette;
        palette.setColor(QPalette::Base, sepia.paper);
        palette.setColor(QPalette::Text, sepia.ink);
        palette.setColor(QPalette::Highlight, sepia.selection);
        palette.setColor(QPalette::HighlightedText, sepia.selectionInk);
        palette.setColor(QPalette::Link, sepia.link);
        const ArticleColors back = ArticleColors::fromPalette(palette);
        QCOMPARE(back.paper, sepia.paper);
        QCOMPARE(back.ink, sepia.ink);
        QCOMPARE(back.selection, sepia.selection);
        QCOMPARE(back.link, sepia.link);
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
