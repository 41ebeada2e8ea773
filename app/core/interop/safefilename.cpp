#include "interop/safefilename.h"

#include "text/textboundaries.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

bool isForbidden(QChar c)
{
    // Separators and the characters Windows refuses, control characters, and bidi controls (they make a name
    // display differently from what it is: "gpj.exe" shown as "exe.jpg").
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    const char16_t u = c.unicode();
    return forbidden.contains(c) || u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x202a
           || u == 0x202b || u == 0x202c || u == 0x202d || u == 0x202e || (u >= 0x2066 && u <= 0x2069);
}

bool isReserved(const QString &stem)
{
    static const QStringList reserved = {u"con"_s,  u"prn"_s,  u"aux"_s,  u"nul"_s,  u"com1"_s, u"com2"_s,
                                         u"com3"_s, u"com4"_s, u"com5"_s, u"com6"_s, u"com7"_s, u"com8"_s,
                                         u"com9"_s, u"lpt1"_s, u"lpt2"_s, u"lpt3"_s, u"lpt4"_s, u"lpt5"_s,
                                         u"lpt6"_s, u"lpt7"_s, u"lpt8"_s, u"lpt9"_s};
    // Windows reserves "CON" and also "CON.anything".
    return reserved.contains(stem.section(u'.', 0, 0).trimmed().toLower());
}

// Drops what a name must not start or end with: spaces, and dots (hidden files, "..", Windows trims them).
QString trimmedName(QString name)
{
    while (!name.isEmpty() && (name.front().isSpace() || name.front() == u'.'))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back().isSpace() || name.back() == u'.'))
        name.chop(1);
    return name;
}

QString cappedToBytes(const QString &text, int maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    // Walk grapheme boundaries so the cut never separates a letter from its vowel marks.
    int cut = 0;
    int bytes = 0;
    int position = 0;
    while (position < text.size()) {
        const int next = TextBoundaries::snapToGrapheme(text, position + 1, true);
        const int clusterBytes = int(QStringView(text).mid(position, next - position).toUtf8().size());
        if (bytes + clusterBytes > maxBytes)
            break;
        bytes += clusterBytes;
        position = next;
        cut = next;
    }
    return text.left(cut);
}

} // namespace

QString SafeFileName::fromTitle(const QString &title, const QString &suffix)
{
    QString stem;
    stem.reserve(title.size());
    for (const QChar c : title)
        stem.append(isForbidden(c) ? QChar(u' ') : c);
    stem = trimmedName(stem.simplified());
    stem = trimmedName(cappedToBytes(stem, MaxStemBytes));
    if (stem.isEmpty())
        stem = u"document"_s;
    if (isReserved(stem))
        stem.prepend(u'_');
    return suffix.isEmpty() ? stem : stem + u'.' + suffix;
}

QString SafeFileName::unique(const QString &fileName, QSet<QString> *taken)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString suffix = dot > 0 ? fileName.mid(dot) : QString();
    QString candidate = fileName;
    for (int n = 2; taken->contains(candidate.toLower()); ++n)
        candidate = stem + u" ("_s + QString::number(n) + u')' + suffix;
    taken->insert(candidate.toLower());
    return candidate;
}

bool SafeFileName::isSafe(const QString &fileName)
{
    if (fileName.isEmpty() || fileName.startsWith(u'.') || trimmedName(fileName) != fileName)
        return false;
    for (const QChar c : fileName) {
        if (isForbidden(c))
            return false;
    }
    return !isReserved(fileName) && fileName.toUtf8().size() <= 255;
}

} // namespace hashiya
