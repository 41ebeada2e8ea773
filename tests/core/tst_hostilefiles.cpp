// Hostile files given to ArticleLoader: each is opened or refused with a message, in bounded time and memory.
// Memory is the process's peak resident size (VmHWM), read before and after each load: a refusal must not
// read the file, an opened file may cost a bounded multiple of its size.
#include "article/articleloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

/// The process's peak resident set so far, in KB (0 where /proc is missing).
qint64 peakResidentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

QString corpus(const QString &name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the corpus file %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

/// One paragraph of about `characters` characters, Arabic and Latin sentences in turn, no line break.
QByteArray oneLongLine(int characters)
{
    QString arabic = corpus(u"burkina-faso-russia.ar.txt"_s).simplified();
    const QString latin = u" The quick brown fox (Mars, 4.6 billion years) jumps over the lazy dog. "_s;
    QString line;
    line.reserve(characters + arabic.size() + latin.size());
    while (line.size() < characters)
        line += arabic + latin;
    line.truncate(characters);
    return line.toUtf8();
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

    /// A sparse file of `size` bytes: large on paper, nothing written to disk.
    QString sparseFile(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
            qFatal("cannot make a sparse file");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("fragments"); // what the message must say

        QTest::newRow("empty file refused as empty")
            << writeFile(u"empty.txt"_s, {}) << QStringList{u"empty"_s};
        QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
        QRandomGenerator random(7);
        for (int i = 0; i < 200'000; ++i)
            png.append(char(random.bounded(256)));
        QTest::newRow("binary image refused as binary")
            << writeFile(u"photo.txt"_s, png) << QStringList{u"binary"_s};
        QTest::newRow("200 MB file refused, size and limit stated")
            << sparseFile(u"huge.txt"_s, 200LL * 1024 * 1024) << QStringList{u"200 MB"_s, u"at most 64 MB"_s};
        QTest::newRow("one byte over the limit says 64.0 MB")
            << sparseFile(u"just over.txt"_s, ArticleLoader::MaximumFileSize + 1)
            << QStringList{u"64.0 MB"_s, u"at most 64 MB"_s};
        QTest::newRow("placeholders in a refused name stay as written")
            << sparseFile(u"%1 %2 %3.txt"_s, 100LL * 1024 * 1024)
            << QStringList{u"%1 %2 %3.txt"_s, u"100 MB"_s, u"at most 64 MB"_s};
        QTest::newRow("/dev/zero, endless, refused as a device")
            << u"/dev/zero"_s << QStringList{u"not a regular file"_s};
        const QString link = m_dir.filePath(u"zero.txt"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, link));
        QTest::newRow("link to /dev/zero refused as a device")
            << link << QStringList{u"not a regular file"_s};
        const QString fifo = m_dir.filePath(u"pipe.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Nobody writes to it: opening it for reading the usual way would block forever.
        QTest::newRow("FIFO with no writer refused, never blocks")
            << fifo << QStringList{u"not a regular file"_s};
        QVERIFY(QDir(m_dir.path()).mkpath(u"folder.html"_s));
        QTest::newRow("directory named like an article")
            << m_dir.filePath(u"folder.html"_s) << QStringList{u"is a folder"_s};
    }
    void refused()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, fragments);
        const qint64 before = peakResidentKb();
        const LoadResult result = ArticleLoader::loadFile(path);
        const qint64 grown = peakResidentKb() - before;
        QVERIFY(!result.ok());
        for (const QString &fragment : std::as_const(fragments))
            QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        QVERIFY2(result.error.contains(QFileInfo(path).fileName()), qPrintable(result.error));
        QVERIFY(result.article.blocks.isEmpty());
        // A refusal reads nothing big: not the 200 MB, not an endless device.
        QVERIFY2(grown < 16 * 1024, qPrintable(u"peak grew by %1 KB"_s.arg(grown)));
    }

    void opened_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // a piece of text the article must hold
        QTest::addColumn<QString>("warning");  // what the warning must say; empty: none wanted
        QTest::addColumn<bool>("uncertain");   // the encoding is a guess the window offers to correct
        QTest::addColumn<int>("memoryFactor"); // peak growth at most this times the file size, + 32 MB

        const QByteArray line = oneLongLine(5'000'000);
        QTest::newRow("one 5 MB line of Arabic and Latin opens whole")
            << writeFile(u"one line.txt"_s, line) << u"The quick brown fox"_s << QString() << false << 12;

        // Every sixth byte of an Arabic text replaced by one that never starts or continues UTF-8: nothing
        // reads as UTF-8 any more, so it opens as the best legacy guess, said to be a guess.
        const QByteArray arabic = corpus(u"burkina-faso-russia.ar.txt"_s).toUtf8();
        QByteArray broken = arabic.repeated(200);
        for (qsizetype i = 5; i < broken.size(); i += 6)
            broken[i] = char(0xFF);
        QTest::newRow("invalid UTF-8 everywhere opens as a stated guess")
            << writeFile(u"broken.txt"_s, broken) << QString() << QString() << true << 12;
        // A stray invalid byte between the words of every line: UTF-8 still, each one replaced and said so.
        QByteArray sprinkled = arabic;
        sprinkled.replace(" ", " \xFF");
        sprinkled = sprinkled.repeated(200);
        QTest::newRow("invalid bytes sprinkled through UTF-8 are replaced, with a warning")
            << writeFile(u"sprinkled.txt"_s, sprinkled) << u"\uFFFD"_s << u"replaced"_s << true << 12;
        const QByteArray brokenHtml = "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"></head>"
                                      "<body><p>"
                                      + sprinkled.left(200'000) + "</p></body></html>";
        QTest::newRow("invalid bytes in a UTF-8 web page are replaced, with a warning")
            << writeFile(u"broken.html"_s, brokenHtml) << u"\uFFFD"_s << u"replaced"_s << true << 40;

        // libxml2 reads 256 levels deep and stops; what came before is kept and the rest is said to be
        // missing.
        const QByteArray bolds = "<!DOCTYPE html><html><body><p>كلمة " + QByteArray("<b>").repeated(1'000'000)
                                 + "عريضة جدا.</p></body></html>";
        QTest::newRow("1 000 000 unclosed <b> open down to the limit, with a warning")
            << writeFile(u"bold.html"_s, bolds) << u"كلمة"_s << u"more than 256 levels deep"_s << false << 60;
    }
    void opened()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QFETCH(QString, warning);
        QFETCH(bool, uncertain);
        QFETCH(int, memoryFactor);
        const qint64 size = QFileInfo(path).size();
        const qint64 before = peakResidentKb();
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = ArticleLoader::loadFile(path);
        const qint64 elapsed = timer.elapsed();
        const qint64 grown = peakResidentKb() - before;
        qInfo("%s: %.1f MB loaded in %lld ms, peak resident grew by %lld KB",
              qPrintable(QFileInfo(path).fileName()), size / 1e6, elapsed, grown);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.article.text.isEmpty());
        QVERIFY(result.article.text.contains(expected));
        if (warning.isEmpty())
            QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
        else
            QVERIFY2(result.warning.contains(warning), qPrintable(result.warning));
        QCOMPARE(result.encodingUncertain, uncertain);
        QVERIFY2(grown <= memoryFactor * size / 1024 + 32 * 1024,
                 qPrintable(u"peak grew by %1 KB for a %2 KB file"_s.arg(grown).arg(size / 1024)));
    }

    void textAfterAnEmbedIsKept()
    {
        // <embed> is a void element; libxml2 2.9 does not know it and makes what follows its children, and
        // reader mode skips an <embed> whole, so the rest of the article vanishes without a word.
        const QByteArray page = "<!DOCTYPE html><html><body><article><p>قبل العنصر.</p><embed src=\"x.swf\">"
                                "<p>بعد العنصر.</p></article></body></html>";
        const LoadResult result = ArticleLoader::loadFile(writeFile(u"embed.html"_s, page));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article.text.contains(u"قبل العنصر"_s));
        QVERIFY(result.article.text.contains(u"بعد العنصر"_s));
    }

    void nestedTooDeepWithNoTextIsRefused()
    {
        const QByteArray divs = "<!DOCTYPE html><html><body>" + QByteArray("<div>").repeated(100'000)
                                + "<p>نص في أعماق الصفحة.</p>" + QByteArray("</div>").repeated(100'000)
                                + "</body></html>";
        const qint64 before = peakResidentKb();
        const LoadResult result = ArticleLoader::loadFile(writeFile(u"deep divs.html"_s, divs));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"more than 256 levels deep"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"deep divs.html"_s), qPrintable(result.error));
        QVERIFY(peakResidentKb() - before < 64 * 1024);
    }

    void longLineTextIsKeptExactly()
    {
        // The view may lay a long paragraph out in pieces; the stored text stays the file's, character for
        // character.
        const QByteArray line = oneLongLine(5'000'000);
        const LoadResult result = ArticleLoader::loadFile(writeFile(u"exact.txt"_s, line));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.text, QString::fromUtf8(line).trimmed());
        QCOMPARE(result.article.blocks.size(), 1);
        QCOMPARE(result.article.blocks.constFirst().length, result.article.text.size());
    }

    void awkwardNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("spaces") << u"my saved article.txt"_s;
        QTest::newRow("double and single quotes") << u"the \"quoted\" 'one'.txt"_s;
        QTest::newRow("Arabic name") << u"مقالة عن المريخ.txt"_s;
        QTest::newRow("leading dash") << u"-x.txt"_s;
        QTest::newRow("newline in the name") << u"two\nlines.txt"_s;
        QTest::newRow("placeholders %1 %2 in the name") << u"100% %1 %2.txt"_s;
        QTest::newRow("backslash and dollar") << u"back\\slash $HOME.txt"_s;
    }
    void awkwardNames()
    {
        QFETCH(QString, name);
        const QString text = u"هذه مقالة قصيرة عن المريخ. It mentions Mars too."_s;
        const QString path = writeFile(name, text.toUtf8());
        const LoadResult result = ArticleLoader::loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.text, text);
        QCOMPARE(result.article.sourcePath, QFileInfo(path).absoluteFilePath());

        // And a refusal names the file exactly as it is called.
        const QString empty = writeFile(u"empty "_s + name, {});
        const LoadResult refused = ArticleLoader::loadFile(empty);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QFileInfo(empty).fileName()), qPrintable(refused.error));
    }

    // Last: it holds 64 MB at once, which would hide what the rows above cost in the peak resident size.
    void oversizedBytesRefused()
    {
        // Bytes from elsewhere (standard input, a download) are held to the same limit, with the same
        // message.
        const QByteArray bytes(ArticleLoader::MaximumFileSize + 1, 'a');
        const LoadResult result = ArticleLoader::loadBytes(bytes, u"/tmp/from stdin.txt"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"64.0 MB"_s) && result.error.contains(u"at most 64 MB"_s),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
