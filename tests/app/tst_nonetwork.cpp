// Nothing leaves the machine (DESIGN.md, invariant 7). A saved web page whose every remote resource — images,
// srcset, stylesheets, @import and url(), scripts, frames, video posters, objects, embeds, preloads, a meta
// refresh, a <base> — points at a local HTTP server on 127.0.0.1 is opened in the real window and imported
// by the real binary; the server must see no connection at all. No script runs and none of its text is
// shown; a link is only handed to the browser when the reader clicks it, and even then the reader does not
// fetch it itself.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "articleview/articleview.h"
#include "ui/mainwindow.h"

#include <QDesktopServices>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

const QString ScriptMarker = u"SCRIPT-RAN"_s;
const QString LinkText = u"رابط محلي"_s;

/// Receives the URLs the app hands to the system browser, in place of the browser.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

} // namespace

class TestNoNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void windowFetchesNothing();
    void importFetchesNothing();

private:
    QString writePage();
    /// Lets the event loop run long enough for any request to arrive: proving an absence needs time, so this
    /// is the one place a fixed wait is right. Returns early if a connection comes.
    void waitForStrayRequests(int milliseconds);

    WindowFixture m_fixture;
    QTemporaryDir m_dir;
    QTcpServer m_server;
    QStringList m_requests; // the first line of every request, for the failure message
    int m_connections = 0;
    QString m_base;
};

void TestNoNetwork::initTestCase()
{
    m_fixture.isolate();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    m_base = u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort());
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_requests.append(QString::fromLatin1(socket->readLine()).trimmed());
                socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString TestNoNetwork::writePage()
{
    QFile source(corpusFile(u"wikipedia-mars.ar.html"_s));
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QString html = QString::fromUtf8(source.readAll());
    const QString b = m_base;
    const QString head =
        u"<base href=\"%1\">"
        u"<meta http-equiv=\"refresh\" content=\"0; url=%1refresh\">"
        u"<link rel=\"stylesheet\" href=\"%1style.css\">"
        u"<link rel=\"preload\" href=\"%1preload.js\" as=\"script\">"
        u"<link rel=\"prefetch\" href=\"%1prefetch.html\">"
        u"<link rel=\"dns-prefetch\" href=\"%1\">"
        u"<link rel=\"icon\" href=\"%1favicon.ico\">"
        u"<script src=\"%1script.js\"></script>"
        u"<style>@import url(\"%1import.css\"); body { background: url(%1body.png); }</style>"_s.arg(b);
    const QString content =
        u"<img src=\"%1img.png\" srcset=\"%1img-2x.png 2x, %1img-3x.png 3x\" alt=\"\">"
        u"<picture><source srcset=\"%1picture.webp\"><img src=\"%1picture.png\" alt=\"\"></picture>"
        u"<iframe src=\"%1frame.html\"></iframe>"
        u"<video poster=\"%1poster.jpg\" src=\"%1video.mp4\"><track src=\"%1captions.vtt\"></video>"
        u"<audio src=\"%1audio.mp3\"></audio>"
        u"<object data=\"%1object.swf\"></object><div><embed src=\"%1embed.swf\"></div>"
        u"<svg><image href=\"%1svg.png\"/></svg>"
        u"<script>fetch('%1fetch'); new Image().src = '%1beacon'; document.write('"_s.arg(b)
        + ScriptMarker
        + u"');</script>"
          u"<noscript><img src=\"%1noscript.png\" alt=\"\"></noscript>"
          u"<style>p { background-image: url(%1p.png); }</style>"
          u"<p style=\"background-image: url(%1inline.png)\">فقرة فيها <a href=\"%1link\">"_s.arg(b)
        + LinkText + u"</a> لا يُجلب إلا بنقرة.</p>"_s;
    const qsizetype headAt = html.indexOf(u"<head>"_s);
    const qsizetype contentAt = html.indexOf(u"<p><b>المِرِّيخ</b>"_s);
    if (headAt < 0 || contentAt < 0)
        return {};
    html.insert(contentAt, content); // inside the article, where reader mode looks
    html.insert(headAt + 6, head);
    const QString path = m_dir.filePath(u"المريخ - صفحة محفوظة.html"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) <= 0)
        return {};
    return path;
}

void TestNoNetwork::waitForStrayRequests(int milliseconds)
{
    for (int waited = 0; waited < milliseconds && m_connections == 0; waited += 100)
        QTest::qWait(100);
}

void TestNoNetwork::cleanup()
{
    m_fixture.cleanup();
}

void TestNoNetwork::windowFetchesNothing()
{
    const QString page = writePage();
    QVERIFY(!page.isEmpty());
    QVERIFY2(m_fixture.openLibrary(m_dir.filePath(u"window.sqlite"_s)), m_fixture.failure());
    QVERIFY2(m_fixture.openArticle(page), m_fixture.failure());
    MainWindow &window = *m_fixture.window();
    ArticleView *view = window.articleView();
    QVERIFY(view->text().contains(u"المريخ"_s));

    // Scroll through the whole article, so every block is laid out and painted at least once.
    for (int position = 0; position < view->text().size(); position += 2000) {
        view->scrollToPosition(position);
        QCoreApplication::processEvents();
    }
    waitForStrayRequests(3000);
    QVERIFY2(m_connections == 0, qPrintable(m_requests.join(u", "_s)));

    // No script ran, and none of its text (or a stylesheet's) is part of the article.
    for (const QString &leak : {ScriptMarker, u"fetch("_s, u"@import"_s, u"url("_s, u"document.write"_s})
        QVERIFY2(!view->text().contains(leak), qPrintable(leak));

    // The link is there, resolved against the <base>, and not fetched: only a click hands it on, to the
    // browser (a stand-in here), and the reader still fetches nothing.
    const int at = int(view->text().indexOf(LinkText));
    QVERIFY(at >= 0);
    QCOMPARE(view->linkAt(at + 2), m_base + u"link"_s);
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "openUrl");
    view->scrollToPosition(at, true);
    const QRect rect = view->rangeRects(at, at + 4).value(0);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(browser.opened, QList<QUrl>{QUrl(m_base + u"link"_s)});
    waitForStrayRequests(500);
    QVERIFY2(m_connections == 0, qPrintable(m_requests.join(u", "_s)));
}

void TestNoNetwork::importFetchesNothing()
{
    const QString page = writePage();
    QVERIFY(!page.isEmpty());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    const QString library = m_dir.filePath(u"cli.sqlite"_s);
    // Started, not waited for with waitForFinished: the event loop must run so the server can accept.
    process.start(QStringLiteral(HASHIYA_BINARY), {u"--library"_s, library, u"import"_s, page});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString id = QString::fromUtf8(process.readAllStandardOutput()).section(u'\t', 0, 0);
    QVERIFY(!id.isEmpty());

    const ProcessResult text = runHashiya({u"text"_s, id}, library);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(LinkText));
    QVERIFY(!text.outText().contains(ScriptMarker));
    waitForStrayRequests(2000);
    QVERIFY2(m_connections == 0, qPrintable(m_requests.join(u", "_s)));
}

QTEST_MAIN(TestNoNetwork)
#include "tst_nonetwork.moc"
