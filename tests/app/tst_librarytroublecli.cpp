// A damaged or unusual library seen from the command line and the window: a clear message naming the file and
// what to do, a non-zero exit, the file byte for byte as it was; a read-only library still reads.
#include "apptesthelpers.h"

#include "library/library.h"
#include "ui/librarytroubledialog.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hashiya;

// The start of a PNG file (29 bytes, NULs included): a binary file that is not an article or a library.
static const char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
using namespace hashiya::testing;

namespace {

constexpr uid_t nobody = 65534;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The real binary run as the unprivileged `nobody`, so read-only files really refuse writes (root writes
// anything).
ProcessResult runAsNobody(const QStringList &arguments, const QString &libraryPath, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_RUNTIME_DIR"_s, home);
    environment.remove(u"HASHIYA_LIBRARY"_s);
    process.setProcessEnvironment(environment);
    process.start(u"setpriv"_s, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                            QStringLiteral(HASHIYA_BINARY), u"--library"_s, libraryPath}
                                    + arguments);
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestLibraryTroubleCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void troubledLibraryIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("window");
        QTest::addColumn<QString>("expectedWords");
        const QList<std::pair<QString, QString>> kinds = {
            {u"empty"_s, u"empty (0 bytes)"_s},
            {u"text"_s, u"not an SQLite database"_s},
            {u"png"_s, u"not an SQLite database"_s},
            {u"truncated"_s, u"damaged"_s},
            {u"garbage"_s, u"damaged"_s},
            {u"newer"_s, u"newer version"_s},
        };
        for (const auto &[kind, words] : kinds) {
            QTest::addRow("%s library refused by list", qPrintable(kind)) << kind << false << words;
            QTest::addRow("%s library refused by the window", qPrintable(kind)) << kind << true << words;
        }
    }

    void troubledLibraryIsRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(bool, window);
        QFETCH(QString, expectedWords);
        const QString path = m_dir->filePath(u"library.sqlite"_s);
        if (kind == u"empty") {
            QVERIFY(writeFile(path, {}));
        } else if (kind == u"text") {
            QVERIFY(QFile::copy(corpusFile(u"burkina-faso-russia.ar.txt"_s), path));
        } else if (kind == u"png") {
            QVERIFY(writeFile(path, QByteArray(pngHeader, sizeof pngHeader - 1)));
        } else {
            QCOMPARE(runHashiya({u"import"_s, corpusFile(u"burkina-faso-russia.ar.txt"_s),
                                 corpusFile(u"legacy/news.windows-1256.ar.html"_s)},
                                path)
                         .exitCode,
                     0);
            QByteArray bytes = readAll(path);
            QVERIFY(bytes.size() > 8 * 4096);
            if (kind == u"truncated") {
                bytes.truncate(bytes.size() / 2);
            } else if (kind == u"garbage") {
                for (qsizetype i = 2 * 4096; i < 4 * 4096; ++i)
                    bytes[i] = char(0x5A ^ (i & 0xff));
            } else if (kind == u"newer") {
                bytes[60] = 0; // user_version, big-endian at offset 60
                bytes[61] = 0;
                bytes[62] = 0;
                bytes[63] = 99;
            }
            QVERIFY(writeFile(path, bytes));
        }
        QVERIFY(!QFile::exists(path % u"-wal"_s));
        const QByteArray before = readAll(path);

        QProcessEnvironment environment;
        environment.insert(u"HASHIYA_NO_DIALOGS"_s, u"1"_s);
        const auto result = runHashiya(window ? QStringList() : QStringList{u"list"_s}, path, environment);
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.out.isEmpty());
        const QString message = result.errText();
        QVERIFY2(message.contains(expectedWords), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(u"has not been changed"_s), qPrintable(message));
        if (!window)
            QVERIFY2(message.contains(u"--library FILE"_s), qPrintable(message));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path % u"-wal"_s));
        QVERIFY(!QFile::exists(path % u"-shm"_s));
    }

    void readOnlyLibraryStillReads_data()
    {
        QTest::addColumn<bool>("readOnlyFile");
        QTest::newRow("read-only file lists, prints text, refuses import") << true;
        QTest::newRow("read-only folder lists, prints text, refuses import") << false;
    }

    void readOnlyLibraryStillReads()
    {
        QFETCH(bool, readOnlyFile);
        if (::geteuid() != 0)
            QSKIP("needs root to run the binary as nobody");
        // nobody must reach the folder: the temporary folder is root's, 0700.
        QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
        const QString folder = m_dir->filePath(u"مكتبتي"_s);
        const QString home = m_dir->filePath(u"home"_s);
        QVERIFY(QDir().mkpath(folder) && QDir().mkpath(home));
        const QString path = folder % u"/library.sqlite"_s;
        const auto imported = runHashiya({u"import"_s, corpusFile(u"burkina-faso-russia.ar.txt"_s)}, path);
        QCOMPARE(imported.exitCode, 0);
        const QString id = imported.outText().section(u'\t', 0, 0);
        QVERIFY(!QFile::exists(path % u"-wal"_s));
        for (const QString &owned : {folder, home, path})
            QVERIFY(::chown(QFile::encodeName(owned).constData(), nobody, nobody) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), readOnlyFile ? 0400 : 0600) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), readOnlyFile ? 0700 : 0500) == 0);
        const QByteArray before = readAll(path);

        const auto list = runAsNobody({u"list"_s}, path, home);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.outText().startsWith(id), qPrintable(list.outText() + list.errText()));
        QVERIFY2(list.errText().contains(u"read-only"_s), qPrintable(list.errText()));
        const auto text = runAsNobody({u"text"_s, id}, path, home);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(u"بوركينا فاسو"_s));
        const auto search = runAsNobody({u"search"_s, u"روسيا"_s}, path, home);
        QCOMPARE(search.exitCode, 0);
        QVERIFY(!search.out.isEmpty());

        const auto import =
            runAsNobody({u"import"_s, corpusFile(u"legacy/news.windows-1256.ar.html"_s)}, path, home);
        QVERIFY(import.exitCode != 0);
        QVERIFY2(import.errText().contains(u"read-only"_s), qPrintable(import.errText()));

        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path % u"-wal"_s));
        QVERIFY(!QFile::exists(path % u"-shm"_s));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0); // so the temporary folder can go
    }

    void troubleDialogOffersTheWaysOn_data()
    {
        QTest::addColumn<Library::Problem>("problem");
        QTest::addColumn<bool>("recovery");
        QTest::newRow("damaged library offers recovery") << Library::Problem::Damaged << true;
        QTest::newRow("empty file offers no recovery") << Library::Problem::Empty << false;
        QTest::newRow("foreign file offers no recovery") << Library::Problem::NotALibrary << false;
        QTest::newRow("newer library offers no recovery") << Library::Problem::Newer << false;
    }

    void troubleDialogOffersTheWaysOn()
    {
        QFETCH(Library::Problem, problem);
        QFETCH(bool, recovery);
        const QString path = m_dir->filePath(u"library.sqlite"_s);
        const QString message = u"The library “%1” is damaged."_s.arg(path);
        using Choice = LibraryTroubleDialog::Choice;
        QList<Choice> choices = {Choice::OpenAnother, Choice::CreateNew, Choice::Quit};
        if (recovery)
            choices.append(Choice::Recover);
        for (const Choice choice : choices) {
            LibraryTroubleDialog dialog(path, message, problem);
            dialog.setFont(QFont(u"Noto Naskh Arabic"_s));
            QCOMPARE(dialog.offersRecovery(), recovery);
            QCOMPARE(dialog.button(Choice::Recover) != nullptr, recovery);
            QCOMPARE(dialog.message(), message);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QPushButton *button = dialog.button(choice);
            QVERIFY(button);
            QVERIFY(button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(dialog.choice(), choice);
            QCOMPARE(dialog.result(),
                     choice == Choice::Quit ? int(QDialog::Rejected) : int(QDialog::Accepted));
            QVERIFY(!dialog.isVisible());
        }
        LibraryTroubleDialog labels(path, message, problem);
        QCOMPARE(labels.button(Choice::OpenAnother)->text(), u"Open Another Library…"_s);
        QCOMPARE(labels.button(Choice::CreateNew)->text(), u"Create a New Library…"_s);
        QCOMPARE(labels.button(Choice::Quit)->text(), u"Quit"_s);
        if (recovery)
            QCOMPARE(labels.button(Choice::Recover)->text(), u"Try to Recover…"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestLibraryTroubleCli)
#include "tst_librarytroublecli.moc"
