#include "article/articleloader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

class TestArticleLoader : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment"); // a part of the message that tells the user what is wrong

        QTest::newRow("missing file") << m_dir.filePath(u"nowhere.txt"_s) << u"does not exist"_s;
        QVERIFY(QDir(m_dir.path()).mkpath(u"folder.txt"_s));
        QTest::newRow("directory") << m_dir.filePath(u"folder.txt"_s) << u"is a folder"_s;
        QTest::newRow("empty file") << writeFile(u"empty.txt"_s, {}) << u"is empty"_s;
        QTest::newRow("white space only") << writeFile(u"blank.txt"_s, "  \n\n\t\n") << u"only white space"_s;
        QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
        QTest::newRow("binary with NUL bytes") << writeFile(u"image.txt"_s, png) << u"binary"_s;
        QByteArray controls;
        for (int i = 0; i < 200; ++i)
            controls.append(char(1 + i % 7)).append('a');
        QTest::newRow("binary of control characters")
            << writeFile(u"controls.txt"_s, controls) << u"binary"_s;

        // A sparse file: 64 MB + 1 byte on paper, nothing written.
        const QString big = m_dir.filePath(u"book.txt"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ArticleLoader::MaximumFileSize + 1));
        file.close();
        QTest::newRow("larger than 64 MB") << big << u"at most 64 MB"_s;
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const LoadResult result = ArticleLoader::loadFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        QVERIFY2(result.error.contains(QFileInfo(path).fileName()), qPrintable(result.error));
        QVERIFY(result.article.blocks.isEmpty());
    }

    void unreadableFile()
    {
        const QString path = writeFile(u"secret.txt"_s, "نص سري");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (QFileInfo(path).isReadable())
            QSKIP("running as root: every file is readable");
        const LoadResult result = ArticleLoader::loadFile(path);
        QVERIFY(result.error.contains(u"permission"_s));
    }

    void unknownForcedEncoding()
    {
        const LoadResult result =
            ArticleLoader::loadFile(writeFile(u"a.txt"_s, "text"), u"no-such-charset"_s);
        QVERIFY(result.error.contains(u"no-such-charset"_s));
    }

    void loadsCorpusArticle()
    {
        const LoadResult result =
            ArticleLoader::loadFile(QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.warning.isEmpty());
        QCOMPARE(result.article.mediaType, u"text/plain"_s);
        QCOMPARE(result.article.encoding, u"UTF-8"_s);
        QCOMPARE(result.article.blocks.size(), 4);
        QVERIFY(result.article.title.startsWith(u"بوركينا فاسو"_s));
        QVERIFY(QFileInfo(result.article.sourcePath).isAbsolute());
    }

    void invalidBytesGiveAWarning()
    {
        const QByteArray bytes = u"نص عربي سليم "_s.toUtf8() + "\xFF" + u" ثم يكمل."_s.toUtf8();
        const LoadResult result = ArticleLoader::loadFile(writeFile(u"damaged.txt"_s, bytes));
        QVERIFY(result.ok());
        QVERIFY(!result.warning.isEmpty());
        QVERIFY(result.article.text.contains(QChar(0xFFFD)));
        QVERIFY(result.article.text.endsWith(u"ثم يكمل."_s));
    }

    void legacyEncodingIsRecorded()
    {
        // Loaded as plain text under a .txt name: this test runs without a QGuiApplication.
        QFile legacy(QStringLiteral(HASHIYA_CORPUS "/legacy/news.windows-1256.ar.html"));
        QVERIFY(legacy.open(QIODevice::ReadOnly));
        const LoadResult result = ArticleLoader::loadBytes(legacy.readAll(), u"/tmp/news.txt"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.article.encoding, u"windows-1256"_s);
        QVERIFY(result.article.text.contains(u"كتائب"_s));
    }

    void mediaType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow(".md is Markdown") << u"a/notes.md"_s << u"text/markdown"_s;
        QTest::newRow(".MARKDOWN in capitals is Markdown") << u"NOTES.MARKDOWN"_s << u"text/markdown"_s;
        QTest::newRow(".htm is HTML") << u"page.htm"_s << u"text/html"_s;
        QTest::newRow(".xhtml is HTML") << u"page.xhtml"_s << u"text/html"_s;
        QTest::newRow(".txt is plain text") << u"article.txt"_s << u"text/plain"_s;
        QTest::newRow("no suffix is plain text") << u"README"_s << u"text/plain"_s;
    }
    void mediaType()
    {
        QFETCH(QString, path);
        QFETCH(QString, mediaType);
        QCOMPARE(ArticleLoader::mediaTypeFor(path), mediaType);
    }

    // HTML is read by libxml2 and needs no GUI; Qt's Markdown reader still does.
    void markdownWithoutGuiIsAClearError()
    {
        const LoadResult result = ArticleLoader::loadBytes("# نص", u"/tmp/page.md"_s);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(u"QGuiApplication"_s));
    }
};

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
