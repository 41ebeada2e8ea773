#include "annotationlist/annotationdelegate.h"
#include "annotationlist/annotationrowlayout.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using hashiya::AnnotationDelegate;
using hashiya::AnnotationRowLayout;

namespace {

enum Role { ColorRole = Qt::UserRole + 1, QuoteRole, NoteRole, TagsRole, DirectionRole };

const QColor Swatch(0xd6, 0x1a, 0x7a); // a colour nothing else in the row uses

QString corpusParagraph(int index)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList paragraphs = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return paragraphs.value(index).trimmed();
}

QStandardItem *row(const QString &quote, Qt::LayoutDirection direction, const QString &note = {},
                   const QStringList &tags = {})
{
    auto *item = new QStandardItem;
    item->setData(Swatch, ColorRole);
    item->setData(quote, QuoteRole);
    item->setData(note, NoteRole);
    item->setData(tags, TagsRole);
    item->setData(int(direction), DirectionRole);
    item->setEditable(false);
    return item;
}

bool isSwatch(QRgb pixel)
{
    return qAbs(qRed(pixel) - Swatch.red()) < 8 && qAbs(qGreen(pixel) - Swatch.green()) < 8
           && qAbs(qBlue(pixel) - Swatch.blue()) < 8;
}

bool isInk(QRgb pixel)
{
    return qGray(pixel) < 128; // dark text on the light offscreen palette
}

} // namespace

/** Paints annotation rows through a real QListView, offscreen, and looks at where the pixels land. */
class TestAnnotationDelegate : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model;
    AnnotationDelegate *m_delegate = nullptr;
    QFont m_font{u"Noto Naskh Arabic"_s, 11};

    QStyleOptionViewItem optionFor(int width, Qt::LayoutDirection direction = Qt::LeftToRight) const
    {
        QStyleOptionViewItem option;
        option.font = m_font;
        option.fontMetrics = QFontMetrics(m_font);
        option.rect = QRect(0, 0, width, 10);
        option.direction = direction;
        option.palette = QApplication::palette();
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        return option;
    }

    void showView(QListView &view, Qt::LayoutDirection direction, int width)
    {
        view.setLayoutDirection(direction);
        view.setModel(&m_model);
        view.setItemDelegate(m_delegate);
        view.setFont(m_font);
        view.setUniformItemSizes(false);
        view.setResizeMode(QListView::Adjust);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(width, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    static void saveGrab(const QImage &image, const QString &name)
    {
        if (qEnvironmentVariableIsSet("HASHIYA_SAVE_GRABS"))
            image.save(QDir::temp().filePath(u"panel-"_s + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        m_delegate = new AnnotationDelegate(this);
        m_delegate->setRoles({ColorRole, QuoteRole, NoteRole, TagsRole, DirectionRole});
        const QString arabic = corpusParagraph(1);
        QVERIFY(arabic.size() > 200);
        m_model.appendRow(row(corpusParagraph(0), Qt::RightToLeft, u"Headline claim: check it."_s,
                              {u"claim"_s, u"بحاجة إلى مصدر"_s}));
        m_model.appendRow(row(u"Russia has a resident defence attaché in Accra."_s, Qt::LeftToRight,
                              u"مصدر روسي، **بحاجة إلى تأكيد**"_s, {u"verified"_s}));
        m_model.appendRow(row(arabic, Qt::RightToLeft,
                              u"# Long note\nThe minister's whole answer is quoted here; compare it with the "
                              u"interview's transcript and with the agency's own English version before "
                              u"publication, and ask the desk about the date."_s,
                              {u"disputed"_s, u"needs source"_s, u"Sputnik"_s, u"وزيرة"_s, u"Accra"_s}));
    }

    void sizeHintFollowsText_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("longerQuote");
        QTest::addColumn<QString>("longerNote");
        QTest::addColumn<QStringList>("moreTags");
        const QString arabic = corpusParagraph(1);
        QTest::newRow("two-line arabic quote is taller than one line")
            << arabic.left(20) << QString() << QStringList() << arabic.left(70) << QString() << QStringList();
        QTest::newRow("a note adds height") << u"Short quote"_s << QString() << QStringList()
                                            << u"Short quote"_s << u"A note"_s << QStringList();
        QTest::newRow("tags add height") << u"Short quote"_s << u"A note"_s << QStringList()
                                         << u"Short quote"_s << u"A note"_s << QStringList{u"verified"_s};
    }

    void sizeHintFollowsText()
    {
        QFETCH(QString, quote);
        QFETCH(QString, note);
        QFETCH(QStringList, tags);
        QFETCH(QString, longerQuote);
        QFETCH(QString, longerNote);
        QFETCH(QStringList, moreTags);
        QStandardItemModel model;
        model.appendRow(row(quote, Qt::LayoutDirectionAuto, note, tags));
        model.appendRow(row(longerQuote, Qt::LayoutDirectionAuto, longerNote, moreTags));
        const QStyleOptionViewItem option = optionFor(300);
        const QSize small = m_delegate->sizeHint(option, model.index(0, 0));
        const QSize large = m_delegate->sizeHint(option, model.index(1, 0));
        QCOMPARE(small.width(), 300);
        QVERIFY2(large.height() > small.height(),
                 qPrintable(u"%1 vs %2"_s.arg(large.height()).arg(small.height())));
    }

    void sizeHintGrowsAsWidthShrinks_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("wide");
        QTest::addColumn<int>("narrow");
        QTest::newRow("arabic headline wraps when narrow") << 0 << 900 << 200;
        QTest::newRow("english quote and arabic note wrap when narrow") << 1 << 900 << 160;
    }

    void sizeHintGrowsAsWidthShrinks()
    {
        QFETCH(int, row);
        QFETCH(int, wide);
        QFETCH(int, narrow);
        const QModelIndex index = m_model.index(row, 0);
        const int wideHeight = m_delegate->sizeHint(optionFor(wide), index).height();
        const int narrowHeight = m_delegate->sizeHint(optionFor(narrow), index).height();
        QVERIFY2(narrowHeight > wideHeight, qPrintable(u"%1 vs %2"_s.arg(narrowHeight).arg(wideHeight)));
    }

    void longTextIsCappedAndElided()
    {
        // The long quote (a whole paragraph) shows three lines and the note two, however narrow the row.
        const QModelIndex index = m_model.index(2, 0);
        const int lineHeight = QFontMetrics(m_font).height();
        const int height = m_delegate->sizeHint(optionFor(180), index).height();
        QVERIFY2(height < lineHeight * 9, qPrintable(QString::number(height)));
        QVERIFY(height > lineHeight * 4);
    }

    void notePreviewDropsMarkdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("preview");
        QTest::newRow("heading and emphasis") << u"# Title\n**bold** and _it_"_s << u"Title bold and _it_"_s;
        QTest::newRow("list items joined") << u"- one\n- two"_s << u"one two"_s;
        QTest::newRow("link keeps its text")
            << u"see [the agency](https://example.org)"_s << u"see the agency"_s;
        QTest::newRow("arabic quote block") << u"> مصدر **روسي**"_s << u"مصدر روسي"_s;
    }

    void notePreviewDropsMarkdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, preview);
        QCOMPARE(AnnotationRowLayout::notePreview(markdown), preview);
    }

    void swatchOnStartSide_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("english interface: swatch at the left edge") << Qt::LeftToRight;
        QTest::newRow("arabic interface: swatch at the right edge") << Qt::RightToLeft;
    }

    void swatchOnStartSide()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QListView view;
        showView(view, direction, 380);
        const QImage image = view.viewport()->grab().toImage();
        saveGrab(image, direction == Qt::RightToLeft ? u"list-rtl"_s : u"list-ltr"_s);
        const int edge = AnnotationRowLayout::Margin + AnnotationRowLayout::SwatchWidth + 2;
        for (int r = 0; r < m_model.rowCount(); ++r) {
            const QRect rect = view.visualRect(m_model.index(r, 0));
            QVERIFY(!rect.isEmpty());
            const int y = rect.center().y();
            int start = 0;
            int end = 0;
            for (int x = 0; x < edge; ++x) {
                start += isSwatch(
                    image.pixel(direction == Qt::LeftToRight ? rect.left() + x : rect.right() - x, y));
                end += isSwatch(
                    image.pixel(direction == Qt::LeftToRight ? rect.right() - x : rect.left() + x, y));
            }
            QVERIFY2(start >= AnnotationRowLayout::SwatchWidth - 1, qPrintable(QString::number(start)));
            QCOMPARE(end, 0);
        }
    }

    void rowsAreNotClipped()
    {
        QListView view;
        showView(view, Qt::LeftToRight, 300);
        for (int r = 0; r < m_model.rowCount(); ++r) {
            const QModelIndex index = m_model.index(r, 0);
            const QRect rect = view.visualRect(index);
            QStyleOptionViewItem option = optionFor(rect.width());
            option.widget = &view;
            QCOMPARE(rect.height(), m_delegate->sizeHint(option, index).height());
        }
        // Narrowing the view re-lays the rows out taller.
        const int before = view.visualRect(m_model.index(0, 0)).height();
        view.resize(170, 700);
        QTRY_VERIFY(view.visualRect(m_model.index(0, 0)).height() > before);
    }

    void quoteAlignedByItsOwnDirection_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<Qt::LayoutDirection>("interface");
        QTest::addColumn<bool>("rightAligned");
        QTest::newRow("arabic quote right-aligned in english interface") << 0 << Qt::LeftToRight << true;
        QTest::newRow("arabic quote right-aligned in arabic interface") << 0 << Qt::RightToLeft << true;
        QTest::newRow("english quote left-aligned in english interface") << 1 << Qt::LeftToRight << false;
        QTest::newRow("english quote left-aligned in arabic interface") << 1 << Qt::RightToLeft << false;
    }

    void quoteAlignedByItsOwnDirection()
    {
        QFETCH(int, row);
        QFETCH(Qt::LayoutDirection, interface);
        QFETCH(bool, rightAligned);
        const QModelIndex index = m_model.index(row, 0);
        const int width = 900; // wide enough for the quote to end well before the far side
        QStyleOptionViewItem option = optionFor(width, interface);
        const int height = m_delegate->sizeHint(option, index).height();
        option.rect = QRect(0, 0, width, height);
        QImage image(width, height, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            m_delegate->paint(&painter, option, index);
        }
        saveGrab(image, u"row-%1-%2"_s.arg(row).arg(interface == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s));

        AnnotationRowLayout::Content content;
        content.quote = index.data(QuoteRole).toString();
        AnnotationRowLayout layout(content, m_font, interface, width);
        const QRect quoteArea = layout.quoteRect().toAlignedRect();
        int left = width;
        int right = -1;
        for (int y = quoteArea.top(); y < quoteArea.bottom(); ++y) {
            for (int x = quoteArea.left(); x <= quoteArea.right(); ++x) {
                if (isInk(image.pixel(x, y))) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        QVERIFY(right > left);
        const int gapLeft = left - quoteArea.left();
        const int gapRight = quoteArea.right() - right;
        const QString where = u"ink from %1 to %2 in %3..%4"_s.arg(left)
                                  .arg(right)
                                  .arg(quoteArea.left())
                                  .arg(quoteArea.right());
        if (rightAligned) {
            QVERIFY2(gapRight < 4 && gapLeft > 100, qPrintable(where));
        } else {
            QVERIFY2(gapLeft < 4 && gapRight > 100, qPrintable(where));
        }
    }
};

QTEST_MAIN(TestAnnotationDelegate)
#include "tst_annotationdelegate.moc"
