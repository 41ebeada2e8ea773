// Every .ts file is complete for today's sources: lupdate is run over the sources into a temporary copy of
// each .ts (the real one is never touched), and every message that is new, unfinished, empty or stale fails
// the test, as does a translation whose %1 / %n placeholders differ from its source.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

/** One message of a .ts file as the test needs it. */
struct TsMessage {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList forms; // the translation, or each numerus form
};

QVector<TsMessage> readTs(const QString &path, QString *language)
{
    QVector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(current);
            continue;
        }
        if (xml.isEndElement() && xml.name() == "translation"_L1)
            inTranslation = false;
        if (xml.isCharacters() && inTranslation && !current.numerus)
            current.forms.last() += xml.text();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            inTranslation = true;
            if (!current.numerus)
                current.forms = {QString()};
        } else if (name == "numerusform"_L1) {
            current.forms.append(xml.readElementText());
        }
    }
    return messages;
}

// %1 … %99, each counted once; %n separately (a numerus form may say "one" or "two" in words instead).
QSet<QString> positionalPlaceholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d{1,2})"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString lupdatePath()
{
    for (const auto location : {QLibraryInfo::BinariesPath, QLibraryInfo::LibraryExecutablesPath}) {
        const QString candidate = QDir(QLibraryInfo::path(location)).filePath(u"lupdate"_s);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

QString describe(const TsMessage &message)
{
    return message.context + u": “"_s + QString(message.source).replace(u'\n', u"\\n"_s) + u"”"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsCompleteForTheSources_data();
    void tsFileIsCompleteForTheSources();
};

void TestTranslations::tsFileIsCompleteForTheSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::addColumn<int>("numerusForms");

    QTest::newRow("Arabic: every message, six plural forms") << u"ar"_s << false << 6;
    QTest::newRow("French: every message, two plural forms") << u"fr"_s << false << 2;
    QTest::newRow("English: the plural forms of the source") << u"en"_s << true << 2;
}

void TestTranslations::tsFileIsCompleteForTheSources()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QFETCH(int, numerusForms);

    const QString source = QStringLiteral(HASHIYA_SOURCE_DIR);
    const QString real = source + u"/translations/hashiya_"_s + language + u".ts"_s;
    QVERIFY2(QFileInfo::exists(real), qPrintable(real));
    const QString lupdate = lupdatePath();
    if (lupdate.isEmpty())
        QFAIL("lupdate was not found beside Qt's binaries (install qt6-l10n-tools)");

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QFileInfo(real).fileName());
    QVERIFY(QFile::copy(real, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

    // The same options as the build's `update_translations` target.
    QStringList arguments{u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s};
    if (pluralOnly)
        arguments << u"-pluralonly"_s;
    arguments << source + u"/app"_s << source + u"/widgets"_s << u"-ts"_s << copy;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, arguments);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());

    QString declared;
    const QVector<TsMessage> messages = readTs(copy, &declared);
    QVERIFY2(!messages.isEmpty(), "lupdate found no messages");
    QCOMPARE(declared.section(u'_', 0, 0), language);

    QStringList problems;
    for (const TsMessage &message : messages) {
        if (message.type == "vanished"_L1 || message.type == "obsolete"_L1) {
            problems << u"stale (no longer in the sources; run update_translations): "_s + describe(message);
            continue;
        }
        if (message.type == "unfinished"_L1) {
            problems << u"unfinished or new: "_s + describe(message);
            continue;
        }
        if (message.numerus && message.forms.size() != numerusForms) {
            problems << u"%1 plural forms instead of %2: "_s.arg(message.forms.size()).arg(numerusForms)
                            + describe(message);
            continue;
        }
        const QSet<QString> expected = positionalPlaceholders(message.source);
        for (int i = 0; i < message.forms.size(); ++i) {
            const QString &form = message.forms.at(i);
            if (form.trimmed().isEmpty()) {
                problems << u"empty translation: "_s + describe(message);
                break;
            }
            if (positionalPlaceholders(form) != expected) {
                problems << u"placeholders differ in “"_s + form + u"”: "_s + describe(message);
                break;
            }
            // Forms for a specific small number (Arabic zero, one, two) may spell it out; the last, general
            // form must show the count.
            const bool lastForm = i == message.forms.size() - 1;
            if (message.source.contains(u"%n"_s) && lastForm && !form.contains(u"%n"_s)) {
                problems << u"the general plural form lacks %n: "_s + describe(message);
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
