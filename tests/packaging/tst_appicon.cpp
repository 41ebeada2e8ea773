// The application icon and the one reverse-DNS id the desktop entry, the metainfo and the icon share.
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"app.hashiya.Hashiya"_s;

QString packagingFile(const QString &name)
{
    return QStringLiteral(HASHIYA_SOURCE_DIR) + u"/packaging/"_s + name;
}

QString iconPath()
{
    return packagingFile(u"icons/"_s + appId + u".svg"_s);
}

QImage renderIcon(int size)
{
    QSvgRenderer renderer(iconPath());
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

// Opaque pixels of the rendering whose colour is close to `colour`.
int pixelsNear(const QImage &image, QColor colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            const int distance = std::abs(pixel.red() - colour.red())
                                 + std::abs(pixel.green() - colour.green())
                                 + std::abs(pixel.blue() - colour.blue());
            count += distance < 60 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconIsWellFormedWithoutTextOrStrokes();
    void iconStaysLegible_data();
    void iconStaysLegible();
    void oneIdNamesEntryMetainfoAndIcon();
};

void TestAppIcon::iconIsWellFormedWithoutTextOrStrokes()
{
    QFile file(iconPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int shapes = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        // Text depends on the fonts of the machine and a thin stroke vanishes at 16 px: filled shapes only.
        QVERIFY2(xml.name() != u"text"_s, "the icon holds text");
        QVERIFY2(!xml.attributes().hasAttribute(u"stroke"_s), "the icon draws a stroke");
        if (xml.name() == u"rect"_s || xml.name() == u"path"_s)
            ++shapes;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(shapes > 0);
    QSvgRenderer renderer(iconPath());
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().width(), renderer.viewBoxF().height());
}

void TestAppIcon::iconStaysLegible_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("16 px, the size of a menu or a task list") << 16;
    QTest::newRow("24 px, a toolbar") << 24;
    QTest::newRow("32 px, a window title") << 32;
    QTest::newRow("48 px, an application menu") << 48;
    QTest::newRow("128 px, a software centre") << 128;
}

void TestAppIcon::iconStaysLegible()
{
    QFETCH(int, size);
    const QImage image = renderIcon(size);
    int opaque = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x)
            opaque += image.pixelColor(x, y).alpha() >= 200 ? 1 : 0;
    }
    // The page fills most of the square; then each part of the picture keeps whole pixels of its own colour:
    // the paper, the yellow highlight and the blue note.
    QVERIFY2(opaque > size * size / 2, qPrintable(QString::number(opaque)));
    const int pixelsPerPart = std::max(1, size * size / 128);
    QVERIFY2(pixelsNear(image, QColor(0xfa, 0xfa, 0xf7)) >= pixelsPerPart, "paper");
    QVERIFY2(pixelsNear(image, QColor(0xf6, 0xc3, 0x1c)) >= pixelsPerPart, "highlight");
    QVERIFY2(pixelsNear(image, QColor(0x1c, 0x71, 0xd8)) >= pixelsPerPart, "note");
    QVERIFY2(pixelsNear(image, QColor(0x3d, 0x38, 0x46)) >= pixelsPerPart, "lines of text");
}

void TestAppIcon::oneIdNamesEntryMetainfoAndIcon()
{
    QFile desktopFile(packagingFile(appId + u".desktop"_s));
    QVERIFY(desktopFile.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> entry;
    for (const QString &line : QString::fromUtf8(desktopFile.readAll()).split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            entry.insert(line.left(equals), line.mid(equals + 1));
    }
    QCOMPARE(entry.value(u"Icon"_s), appId);
    QCOMPARE(entry.value(u"Exec"_s), u"hashiya %F"_s);
    // The window's WM_CLASS is the application name, so the desktop finds this entry for a running window.
    QCOMPARE(entry.value(u"StartupWMClass"_s), u"hashiya"_s);

    QFile metainfo(packagingFile(appId + u".metainfo.xml"_s));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString id;
    QString launchable;
    QString binary;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id"_s)
            id = xml.readElementText();
        else if (xml.name() == u"launchable"_s)
            launchable = xml.readElementText();
        else if (xml.name() == u"binary"_s)
            binary = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + u".desktop"_s);
    QCOMPARE(binary, u"hashiya"_s);
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
