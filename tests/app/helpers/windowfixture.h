#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hashiya {
class Library;
class MainWindow;
} // namespace hashiya

namespace hashiya::testing {

/**
 * The set-up every end-to-end window test repeats: settings and message boxes kept out of the way, a scratch
 * folder, a real SQLite library in it, and a real MainWindow on that library, shown and waited for. A test
 * keeps one as a member; its init() and cleanup() call start() and cleanup(). The functions that can fail
 * return false and leave the reason in failure(), for QVERIFY2.
 */
class WindowFixture final
{
    Q_DISABLE_COPY_MOVE(WindowFixture)

public:
    /// What showWindow() waits for: exposed is enough to paint and click; keyboard focus needs it active.
    enum class Wait { Exposed, Active };

    WindowFixture();
    ~WindowFixture();

    /// For initTestCase(): QSettings in a scratch folder of this fixture (never the user's preferences), and
    /// HASHIYA_NO_DIALOGS set so no modal message box blocks a test.
    void isolate();

    /// For init(): a fresh scratch folder with a new library named `libraryName` in it.
    [[nodiscard]] bool start(const QString &libraryName = QStringLiteral("library.sqlite"));
    /// Opens (or creates) the library at a path the test chose; any window and library open are closed first.
    [[nodiscard]] bool openLibrary(const QString &path);
    /// Closes the window and the library and opens the same file again, as the next start of the app would.
    [[nodiscard]] bool reopenLibrary();
    /// Closes the window, then the library, so another program (the real binary) has the file to itself.
    void closeLibrary();
    /// For cleanup(): the window, the library and the scratch folder go, in that order.
    void cleanup();

    /// `name` inside the scratch folder made by start().
    QString filePath(const QString &name) const;
    /// Copies a corpus file into the scratch folder as `name`; returns its path, or an empty string.
    QString copyCorpusFile(const QString &corpusName, const QString &name);
    /// Writes `bytes` to `name` in the scratch folder; returns its path, or an empty string.
    QString writeFile(const QString &name, const QByteArray &bytes);

    Library &library() const { return *m_library; }
    bool hasLibrary() const { return m_library != nullptr; }
    QString libraryPath() const { return m_libraryPath; }
    /// The first column of the first row of `sql`, read on a connection of its own as a third program would
    /// see the file; -1 when the query fails or returns nothing.
    qint64 scalar(const QString &sql) const;

    /// The size the next window is given; an invalid size leaves the window's own. 1200 × 800 by default.
    void setWindowSize(const QSize &size) { m_size = size; }
    void setWait(Wait wait) { m_wait = wait; }
    /// A new window on the library (replacing any open one), shown and waited for.
    [[nodiscard]] bool showWindow();
    /// Opens `path` in the window (shown first if there is none) and lets the events it posted run.
    [[nodiscard]] bool openArticle(const QString &path, const QString &encoding = QString());
    MainWindow *window() const { return m_window.get(); }
    /// Closes the window; the library stays open.
    void reset();

    /// Why the last call that returned false failed.
    const char *failure() const { return m_failure.constData(); }

private:
    bool fail(const QString &why);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_libraryPath;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
    QSize m_size{1200, 800};
    Wait m_wait = Wait::Exposed;
    QByteArray m_failure;
};

} // namespace hashiya::testing
