// End to end: hostile files given to the real `hashiya import` and to the window's File › Open. Each is
// opened or refused with a message; none crashes, hangs or takes unbounded memory (the binary's peak
// resident size is read from getrusage(RUSAGE_CHILDREN) after it exits). Awkward file names — spaces,
// quotes, Arabic, a leading dash, a newline — work on the command line and in the window.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "article/articleloader.h"
#include "articleview/articleview.h"
#include "articleview/longblocksplitter.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

/// The largest peak resident size of any child process waited for so far, in MB.
long childPeakMegabytes()
{
    rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024; // Linux reports KB
}

/// Runs the binary in `folder` (so relative names like "-x.txt" mean a file there) and waits at most 60 s.
ProcessResult runIn(const QString &folder, const QStringList &arguments, const QString &library)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"HASHIYA_LIBRARY"_s);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral(HASHIYA_BINARY), QStringList{u"--library"_s, library} + arguments);
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result; // exitCode -1: it hung
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString readCorpus(const QString &name)
{
    QFile file(corpusFile(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// One paragraph of `characters` characters, Arabic and Latin sentences in turn, without a line break.
QString oneLongLine(int characters)
{
    const QString arabic = readCorpus(u"burkina-faso-russia.ar.txt"_s).simplified();
    const QString latin = u" The quick brown fox (Mars, 4.6 billion years) jumps over the lazy dog. "_s;
    QString line;
    line.reserve(characters + arabic.size() + latin.size());
    while (line.size() < characters)
        line += arabic + latin;
    line.truncate(characters);
    return line;
}

/// Notes when a widget has painted.
class PaintWatcher final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

class TestHostileFilesApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cliImport_data();
    void cliImport();
    void windowOpensAwkwardNames_data();
    void windowOpensAwkwardNames();
    void windowRefusesWithAMessage_data();
    void windowRefusesWithAMessage();
    void oneHugeLineShowsAtOnce();
    void longBlocksAreLaidOutInPieces_data();
    void longBlocksAreLaidOutInPieces();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString libraryPath() const { return m_dir.filePath(u"library.sqlite"_s); }

    WindowFixture m_fixture;
    QTemporaryDir m_dir;
    const QString ShortText = u"هذه مقالة قصيرة عن المريخ. It mentions Mars too."_s;
};

QString TestHostileFilesApp::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return path;
}

void TestHostileFilesApp::initTestCase()
{
    m_fixture.isolate();
    QVERIFY(m_dir.isValid());
    write(u"empty.txt"_s, {});
    QFile huge(m_dir.filePath(u"huge.txt"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(200LL * 1024 * 1024)); // sparse: nothing written
    huge.close();
    QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(u"pipe.txt"_s)).constData(), 0600), 0);
    write(u"one line.txt"_s, oneLongLine(5'000'000).toUtf8());
    write(u"deep.html"_s, "<!DOCTYPE html><html><body>" + QByteArray("<div>").repeated(100'000)
                              + "<p>نص في أعماق الصفحة.</p>" + QByteArray("</div>").repeated(100'000)
                              + "</body></html>");
    write(u"bold.html"_s, "<!DOCTYPE html><html><body><p>كلمة " + QByteArray("<b>").repeated(1'000'000)
                              + "عريضة جدا.</p></body></html>");
    QByteArray broken = readCorpus(u"burkina-faso-russia.ar.txt"_s).toUtf8().repeated(100);
    for (qsizetype i = 5; i < broken.size(); i += 6)
        broken[i] = char(0xFF);
    write(u"broken.txt"_s, broken);
    for (const QString &name : {u"with spaces.txt"_s, u"the \"quoted\" 'one'.txt"_s, u"مقالة عن المريخ.txt"_s,
                                u"-x.txt"_s, u"two\nlines.txt"_s, u"100% %1.txt"_s})
        write(name, ShortText.toUtf8());
}

void TestHostileFilesApp::cleanup()
{
    m_fixture.cleanup();
}

void TestHostileFilesApp::cliImport_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --library; run in the test folder
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QString>("message"); // in standard error when refused, in standard output when imported

    QTest::newRow("empty file refused") << QStringList{u"import"_s, u"empty.txt"_s} << false << u"empty"_s;
    QTest::newRow("200 MB refused with its size and the limit")
        << QStringList{u"import"_s, u"huge.txt"_s} << false
        << u"is 200 MB; Hashiya opens articles of at most 64 MB"_s;
    QTest::newRow("/dev/zero refused, not read")
        << QStringList{u"import"_s, u"/dev/zero"_s} << false << u"not a regular file"_s;
    QTest::newRow("FIFO refused without blocking")
        << QStringList{u"import"_s, u"pipe.txt"_s} << false << u"not a regular file"_s;
    QTest::newRow("folder refused") << QStringList{u"import"_s, u"."_s} << false << u"is a folder"_s;
    QTest::newRow("one 5 MB line imported")
        << QStringList{u"import"_s, u"one line.txt"_s} << true << u"\tUTF-8\t"_s;
    QTest::newRow("100 000 nested divs refused, the depth limit said")
        << QStringList{u"import"_s, u"deep.html"_s} << false << u"more than 256 levels deep"_s;
    QTest::newRow("1 000 000 unclosed <b> imported")
        << QStringList{u"import"_s, u"bold.html"_s} << true << u"\t"_s;
    QTest::newRow("invalid UTF-8 everywhere imported")
        << QStringList{u"import"_s, u"broken.txt"_s} << true << u"\t"_s;
    QTest::newRow("name with spaces")
        << QStringList{u"import"_s, u"with spaces.txt"_s} << true << u"\tUTF-8\t"_s;
    QTest::newRow("name with quotes")
        << QStringList{u"import"_s, u"the \"quoted\" 'one'.txt"_s} << true << u"\tUTF-8\t"_s;
    QTest::newRow("Arabic name") << QStringList{u"import"_s, u"مقالة عن المريخ.txt"_s} << true
                                 << u"\tUTF-8\t"_s;
    QTest::newRow("name with a newline")
        << QStringList{u"import"_s, u"two\nlines.txt"_s} << true << u"\tUTF-8\t"_s;
    QTest::newRow("name with placeholders")
        << QStringList{u"import"_s, u"100% %1.txt"_s} << true << u"\tUTF-8\t"_s;
    QTest::newRow("leading dash after --")
        << QStringList{u"import"_s, u"--"_s, u"-x.txt"_s} << true << u"\tUTF-8\t"_s;
    QTest::newRow("leading dash as ./-x.txt")
        << QStringList{u"import"_s, u"./-x.txt"_s} << true << u"\tUTF-8\t"_s;
    QTest::newRow("leading dash alone is an unknown option, said so")
        << QStringList{u"import"_s, u"-x.txt"_s} << false << u"Unknown option"_s;
}

void TestHostileFilesApp::cliImport()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, imported);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const ProcessResult result = runIn(m_dir.path(), arguments, libraryPath());
    qInfo("hashiya %s: exit %d in %lld ms, largest child peak so far %ld MB",
          qPrintable(arguments.join(u' ')), result.exitCode, timer.elapsed(), childPeakMegabytes());
    QVERIFY2(result.exitCode >= 0, "the binary hung or crashed");
    if (imported) {
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY2(result.outText().contains(message), qPrintable(result.outText()));
        QCOMPARE(result.outText().count(u'\n'), 1); // one line per document, even for a name with a newline
    } else {
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.errText().contains(message), qPrintable(result.errText()));
    }
    // Bounded: the largest of these inputs is 10 MB of text; the binary stays well under 1 GB.
    QVERIFY2(childPeakMegabytes() < 1024, qPrintable(u"peak %1 MB"_s.arg(childPeakMegabytes())));
}

void TestHostileFilesApp::windowOpensAwkwardNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces") << u"with spaces.txt"_s;
    QTest::newRow("quotes") << u"the \"quoted\" 'one'.txt"_s;
    QTest::newRow("Arabic") << u"مقالة عن المريخ.txt"_s;
    QTest::newRow("leading dash") << u"-x.txt"_s;
    QTest::newRow("newline") << u"two\nlines.txt"_s;
    QTest::newRow("placeholders") << u"100% %1.txt"_s;
}

void TestHostileFilesApp::windowOpensAwkwardNames()
{
    QFETCH(QString, name);
    QVERIFY2(m_fixture.openLibrary(libraryPath()), m_fixture.failure());
    const QString path = m_dir.filePath(name);
    QVERIFY2(m_fixture.openArticle(path), m_fixture.failure());
    QCOMPARE(m_fixture.window()->articleView()->text(), ShortText);
    QCOMPARE(m_fixture.window()->windowFilePath(), QFileInfo(path).absoluteFilePath());
}

void TestHostileFilesApp::windowRefusesWithAMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << m_dir.filePath(u"empty.txt"_s) << u"is empty"_s;
    QTest::newRow("200 MB") << m_dir.filePath(u"huge.txt"_s) << u"at most 64 MB"_s;
    QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"not a regular file"_s;
    QTest::newRow("FIFO") << m_dir.filePath(u"pipe.txt"_s) << u"not a regular file"_s;
    QTest::newRow("folder") << m_dir.path() << u"is a folder"_s;
}

void TestHostileFilesApp::windowRefusesWithAMessage()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QVERIFY2(m_fixture.openLibrary(libraryPath()), m_fixture.failure());
    QVERIFY2(m_fixture.openArticle(m_dir.filePath(u"with spaces.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    QVERIFY(!window->openFile(path));
    QVERIFY2(window->statusBar()->currentMessage().contains(message),
             qPrintable(window->statusBar()->currentMessage()));
    // The article already open stays open.
    QCOMPARE(window->articleView()->text(), ShortText);
}

void TestHostileFilesApp::oneHugeLineShowsAtOnce()
{
    const QString path = m_dir.filePath(u"one line.txt"_s);
    QVERIFY2(m_fixture.openLibrary(libraryPath()), m_fixture.failure());
    {
        MainWindow first(m_fixture.library());
        QVERIFY(first.openFile(path)); // stores the text; the timed open below finds it in the library
    }
    // As the benchmark measures it: window built, file opened, first screen painted.
    QElapsedTimer timer;
    timer.start();
    MainWindow window(m_fixture.library());
    window.resize(1280, 800);
    PaintWatcher watcher;
    ArticleView *view = window.articleView();
    view->viewport()->installEventFilter(&watcher);
    window.show();
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(watcher.painted);
    const qint64 firstPaint = timer.elapsed();
    QCOMPARE(view->text().size(), 5'000'000);
    QVERIFY(view->firstVisiblePosition() <= 10);

    // The end of the line is reachable, and what is there is drawn where the view says it is.
    timer.restart();
    watcher.painted = false;
    view->scrollToPosition(4'999'000);
    QTRY_VERIFY(watcher.painted);
    const qint64 toEnd = timer.elapsed();
    QVERIFY(view->firstVisiblePosition() > 4'990'000);
    QVERIFY(!view->rangeRects(4'999'000, 4'999'010).isEmpty());
    qInfo("one 5 MB line in the window: first paint %lld ms (of which loading the file is most), scroll to "
          "the end and paint %lld ms",
          firstPaint, toEnd);

    // The view's own share: the same five million characters given as one block, to the first painted screen.
    {
        ArticleView alone;
        alone.resize(1000, 800);
        PaintWatcher painted;
        alone.viewport()->installEventFilter(&painted);
        alone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&alone));
        painted.painted = false;
        timer.restart();
        alone.setContent(view->text(), {{0, 5'000'000, ViewBlock::Kind::Paragraph, 0, Qt::RightToLeft}});
        QTRY_VERIFY(painted.painted);
        qInfo("one 5 MB block in the article view alone: first paint %lld ms", timer.elapsed());
    }

    // A triple click selects the whole paragraph — all five million characters — not one laid-out piece.
    const QRect rect = view->rangeRects(4'999'000, 4'999'001).constFirst();
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->selectionStart(), 0);
    QCOMPARE(view->selectionEnd(), 5'000'000);
}

void TestHostileFilesApp::longBlocksAreLaidOutInPieces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("endsWith"); // how every piece but the last must end

    const QString sentences = oneLongLine(50'000);
    QTest::newRow("Arabic and Latin sentences: cut after a sentence")
        << sentences << u". "_s; // the Latin sentence ends ". ", the Arabic ones with "." too
    QString words;
    while (words.size() < 50'000)
        words += u"كلمة word "_s;
    QTest::newRow("no sentence end: cut after a space") << words << u" "_s;
    QString wrapped;
    while (wrapped.size() < 50'000)
        wrapped += u"سطر شعر. "_s.repeated(30) + QChar(QChar::LineSeparator);
    QTest::newRow("hard line wraps: cut at the wrap, invisible on screen")
        << wrapped << QString(QChar(QChar::LineSeparator));
    // No space at all: a letter with two marks (fatha, shadda) and an emoji (a surrogate pair), repeated.
    const QString cluster = u"\u0628\u064E\u0651\U0001F600"_s;
    QTest::newRow("no space at all: cut between graphemes") << cluster.repeated(20'000) << QString();
}

void TestHostileFilesApp::longBlocksAreLaidOutInPieces()
{
    QFETCH(QString, text);
    QFETCH(QString, endsWith);
    const QVector<ViewBlock> blocks{{0, int(text.size()), ViewBlock::Kind::Quote, 1, Qt::RightToLeft}};
    const LongBlockSplitter::Result result = LongBlockSplitter::split(text, blocks);
    QVERIFY(result.blocks.size() > 1);
    QCOMPARE(result.joins.size(), std::size_t(result.blocks.size()));
    int expectedStart = 0;
    for (int i = 0; i < result.blocks.size(); ++i) {
        const ViewBlock &piece = result.blocks.at(i);
        QCOMPARE(piece.start, expectedStart); // the pieces cover the block, in order, without gaps
        QCOMPARE(piece.kind, ViewBlock::Kind::Quote);
        QCOMPARE(piece.level, 1);
        QCOMPARE(piece.direction, Qt::RightToLeft);
        QVERIFY(piece.length <= LongBlockSplitter::MaximumPieceLength);
        const bool last = i + 1 == result.blocks.size();
        QCOMPARE(bool(result.joins[std::size_t(i)] & LongBlockSplitter::JoinsNext), !last);
        QCOMPARE(bool(result.joins[std::size_t(i)] & LongBlockSplitter::JoinsPrevious), i > 0);
        if (!last) {
            QVERIFY(piece.length >= LongBlockSplitter::MinimumPieceLength - 64);
            const QStringView piecesText = QStringView(text).mid(piece.start, piece.length);
            if (!endsWith.isEmpty())
                QVERIFY2(piecesText.endsWith(endsWith), qPrintable(piecesText.right(20).toString()));
            // Never inside a grapheme: not between a surrogate pair, not before a mark.
            QVERIFY(!text.at(piece.end()).isLowSurrogate());
            QVERIFY(!text.at(piece.end()).isMark());
        }
        expectedStart = piece.end();
    }
    QCOMPARE(expectedStart, int(text.size()));

    // A short block is left whole.
    const LongBlockSplitter::Result whole =
        LongBlockSplitter::split(text, {{0, 3000, ViewBlock::Kind::Paragraph, 0, Qt::RightToLeft}});
    QCOMPARE(whole.blocks.size(), 1);
    QCOMPARE(whole.blocks.constFirst().length, 3000);
}

QTEST_MAIN(TestHostileFilesApp)
#include "tst_hostilefilesapp.moc"
