#include "benchmarkcorpus.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTextDocument>

namespace hashiya::benchmark {

using namespace Qt::StringLiterals;

QString referenceArticlePath()
{
    return QStringLiteral(HASHIYA_CORPUS) + u"/burkina-faso-russia.ar.txt"_s;
}

QString writeBook(const QString &folder, int characters)
{
    QFile html(QStringLiteral(HASHIYA_CORPUS) + u"/wikipedia-mars.ar.html"_s);
    if (!html.open(QIODevice::ReadOnly))
        qFatal("cannot read the Wikipedia page of the corpus");
    QString page = QString::fromUtf8(html.readAll());
    // Scripts and styles are not reading text; the rest becomes paragraphs.
    page.remove(QRegularExpression(u"<(script|style)[^>]*>.*?</\\1>"_s,
                                   QRegularExpression::DotMatchesEverythingOption
                                       | QRegularExpression::CaseInsensitiveOption));
    QTextDocument document;
    document.setHtml(page);
    QStringList paragraphs;
    for (const QString &line : document.toPlainText().split(u'\n')) {
        const QString trimmed = line.simplified();
        if (trimmed.size() > 40)
            paragraphs.append(trimmed);
    }
    QString book;
    book.reserve(characters + 4096);
    int index = 0;
    while (book.size() < characters) {
        book += paragraphs.at(index % paragraphs.size());
        book += u"\n\n"_s;
        ++index;
    }
    const QString path = folder + u"/book.ar.txt"_s;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write the book");
    out.write(book.toUtf8());
    return path;
}

} // namespace hashiya::benchmark
