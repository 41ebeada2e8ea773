#include "library/searchstemmer.h"

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr char16_t alef = 0x0627;
constexpr char16_t beh = 0x0628;
constexpr char16_t feh = 0x0641;
constexpr char16_t kaf = 0x0643;
constexpr char16_t lam = 0x0644;
constexpr char16_t waw = 0x0648;

constexpr int minimumAfterConjunction = 3;
constexpr int minimumStem = 2;

bool startsWithArticle(QStringView word)
{
    return word.size() >= 2 && word[0] == alef && word[1] == lam;
}

// The article's forms: الكتاب gives كتاب.
bool addArticleForms(QStringView word, QStringList &forms)
{
    if (!startsWithArticle(word) || word.size() - 2 < minimumStem)
        return false;
    forms.append(word.mid(2).toString());
    return true;
}

// A preposition before the article: بالكتاب gives الكتاب and كتاب, للحكومة gives الحكومة and حكومة.
bool addPrepositionForms(QStringView word, QStringList &forms)
{
    if (word.size() < 3)
        return false;
    const char16_t first = word[0].unicode();
    if (first != beh && first != kaf && first != lam)
        return false;
    const QStringView rest = word.mid(1);
    if (startsWithArticle(rest) && rest.size() - 2 >= minimumStem) {
        forms.append(rest.toString());
        forms.append(rest.mid(2).toString());
        return true;
    }
    if (first == lam && rest[0] == lam && rest.size() - 1 >= minimumStem) {
        const QStringView stem = rest.mid(1);
        forms.append(u"ال"_s % stem);
        forms.append(stem.toString());
        return true;
    }
    return false;
}

bool addCliticForms(QStringView word, QStringList &forms)
{
    return addPrepositionForms(word, forms) || addArticleForms(word, forms);
}

} // namespace

bool SearchStemmer::isWordUnit(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

QStringList SearchStemmer::strippedForms(QStringView foldedWord)
{
    QStringList forms;
    if (foldedWord.size() < 3 || addCliticForms(foldedWord, forms))
        return forms;
    const char16_t first = foldedWord[0].unicode();
    const QStringView rest = foldedWord.mid(1);
    if (first == waw && rest.size() >= minimumAfterConjunction) {
        forms.append(rest.toString());
        addCliticForms(rest, forms);
    } else if (first == feh) {
        QStringList after;
        if (addCliticForms(rest, after)) {
            forms.append(rest.toString());
            forms += after;
        }
    }
    return forms;
}

QString SearchStemmer::stemsOf(QStringView foldedText)
{
    QString stems;
    const qsizetype size = foldedText.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isWordUnit(foldedText[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && isWordUnit(foldedText[end]))
            ++end;
        const QStringView word = foldedText.mid(i, end - i);
        i = end;
        // Only Arabic words carry these clitics; the first letter decides.
        const char16_t first = word[0].unicode();
        if (first != waw && first != feh && first != beh && first != kaf && first != lam && first != alef)
            continue;
        for (const QString &form : strippedForms(word)) {
            if (!stems.isEmpty())
                stems.append(u' ');
            stems.append(form);
        }
    }
    return stems;
}

} // namespace hashiya
