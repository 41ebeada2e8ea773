#include "windowfixture.h"

#include "apptesthelpers.h"

#include "library/library.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

namespace hashiya::testing {

using namespace Qt::StringLiterals;

WindowFixture::WindowFixture() = default;

WindowFixture::~WindowFixture()
{
    cleanup();
}

void WindowFixture::isolate()
{
    isolateSettings(m_settings.path());
    qputenv("HASHIYA_NO_DIALOGS", "1");
}

bool WindowFixture::start(const QString &libraryName)
{
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(u"cannot make a scratch folder: "_s + m_dir->errorString());
    return openLibrary(m_dir->filePath(libraryName));
}

bool WindowFixture::openLibrary(const QString &path)
{
    closeLibrary();
    m_libraryPath = path;
    QString error;
    m_library = Library::open(path, &error);
    return m_library || fail(u"cannot open the library %1: %2"_s.arg(path, error));
}

bool WindowFixture::reopenLibrary()
{
    return openLibrary(m_libraryPath);
}

void WindowFixture::closeLibrary()
{
    m_window.reset(); // it holds a reference to the library
    m_library.reset();
}

void WindowFixture::cleanup()
{
    closeLibrary();
    m_dir.reset();
}

QString WindowFixture::filePath(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

QString WindowFixture::copyCorpusFile(const QString &corpusName, const QString &name)
{
    const QString path = filePath(name);
    if (path.isEmpty() || !QFile::copy(corpusFile(corpusName), path)) {
        fail(u"cannot copy %1 to %2"_s.arg(corpusName, path));
        return QString();
    }
    return path;
}

QString WindowFixture::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = filePath(name);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
        return QString();
    }
    return path;
}

qint64 WindowFixture::scalar(const QString &sql) const
{
    QString error;
    const std::unique_ptr<Library> reader = Library::open(m_libraryPath, &error);
    if (!reader)
        return -1;
    QSqlQuery query(reader->database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

bool WindowFixture::showWindow()
{
    if (!m_library)
        return fail(u"no library is open for the window"_s);
    m_window.reset(); // one window at a time: the old one is closed before the new one reads the settings
    m_window = std::make_unique<MainWindow>(*m_library);
    if (m_size.isValid())
        m_window->resize(m_size);
    m_window->show();
    if (m_wait == Wait::Active) {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return fail(u"the main window never became active"_s);
    } else if (!QTest::qWaitForWindowExposed(m_window.get())) {
        return fail(u"the main window was never exposed"_s);
    }
    QApplication::processEvents(); // what showing posted (layout, first paint) runs before the test looks
    return true;
}

bool WindowFixture::openArticle(const QString &path, const QString &encoding)
{
    if (!m_window && !showWindow())
        return false;
    if (!m_window->openFile(path, encoding))
        return fail(u"the window did not open %1: %2"_s.arg(path, m_window->statusBar()->currentMessage()));
    QApplication::processEvents();
    return true;
}

void WindowFixture::reset()
{
    m_window.reset();
}

bool WindowFixture::fail(const QString &why)
{
    m_failure = why.toUtf8();
    return false;
}

} // namespace hashiya::testing
