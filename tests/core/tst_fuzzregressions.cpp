// Every input the fuzz targets (tests/fuzz) ever crashed on, and their hand-written seeds, fed through the
// same code path and invariant checks in the ordinary test build, so a fixed crash stays fixed without
// clang or libFuzzer. Crashing inputs live in tests/data/fuzz/<target>/, named after what they prove.
#include "../fuzz/fuzzdecode.h"
#include "../fuzz/fuzzfold.h"
#include "../fuzz/fuzzhtml.h"
#include "../fuzz/fuzzmarkdown.h"
#include "../fuzz/fuzzreanchor.h"
#include "../fuzz/fuzzw3cjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

using Runner = void (*)(const QByteArray &);

const QList<std::pair<QString, Runner>> &targets()
{
    static const QList<std::pair<QString, Runner>> all = {
        {u"decode"_s, fuzz::fuzzDecode},   {u"html"_s, fuzz::fuzzHtml}, {u"markdown"_s, fuzz::fuzzMarkdown},
        {u"w3cjson"_s, fuzz::fuzzW3cJson}, {u"fold"_s, fuzz::fuzzFold}, {u"reanchor"_s, fuzz::fuzzReanchor},
    };
    return all;
}

[[noreturn]] void throwFailure(const char *what, const char *file, int line)
{
    throw std::runtime_error(QStringLiteral("invariant failed: %1 (%2:%3)")
                                 .arg(QString::fromUtf8(what), QString::fromUtf8(file))
                                 .arg(line)
                                 .toStdString());
}

/// "quote-at-end-of-text.bin" → "quote at end of text".
QString rowName(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName().replace(u'-', u' ');
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        fuzz::failureHandler() = throwFailure;
    }

    // Crashing inputs (none recorded yet is fine) and the seeds, one row each, named after the file.
    void inputs_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral(HASHIYA_TEST_DATA) + "/fuzz"_L1, u"crash"_s, false);
        addRows(QStringLiteral(HASHIYA_SOURCE_DIR) + "/tests/fuzz/seeds"_L1, u"seed"_s, true);
    }
    void inputs() { runRow(); }

private:
    static void addRows(const QString &root, const QString &kind, bool everyTargetHasOne)
    {
        for (int i = 0; i < targets().size(); ++i) {
            const QString folder = root + u'/' + targets().at(i).first;
            const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
            if (everyTargetHasOne)
                QVERIFY2(!files.isEmpty(), qPrintable(u"no inputs in "_s + folder));
            for (const QFileInfo &file : files) {
                const QString name = targets().at(i).first + u' ' + kind + u": "_s + rowName(file.fileName());
                QTest::newRow(qPrintable(name)) << i << file.absoluteFilePath();
            }
        }
    }

    static void runRow()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        QString failure;
        try {
            targets().at(target).second(input);
        } catch (const std::runtime_error &error) {
            failure = QString::fromUtf8(error.what());
        }
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

// The Markdown target reads through QTextDocument, which needs a QGuiApplication (offscreen here).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestFuzzRegressions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fuzzregressions.moc"
