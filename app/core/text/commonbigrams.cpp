#include "text/commonbigrams.h"

#include <QSet>
#include <QString>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

// Persian and Urdu spell yeh and kaf differently; the pairs are the same.
char32_t foldArabic(char32_t c)
{
    switch (c) {
    case 0x06CC: // Persian yeh
    case 0x06D2: // Urdu yeh barree
        return 0x064A;
    case 0x06A9: // keheh
        return 0x0643;
    default:
        return c;
    }
}

char32_t foldLatin(char32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

quint64 key(char32_t a, char32_t b)
{
    return (quint64(a) << 32) | b;
}

QSet<quint64> tableFrom(const QString &pairs)
{
    QSet<quint64> set;
    for (const QString &pair : pairs.split(u' ', Qt::SkipEmptyParts)) {
        if (pair.size() == 2)
            set.insert(key(pair.at(0).unicode(), pair.at(1).unicode()));
    }
    return set;
}

// The most frequent pairs of an Arabic encyclopaedia article (not the test texts), plus frequent Persian
// pairs after folding yeh and kaf (می، ها، در، ست، ند، را، ای، یک، گا، گر ...).
const QSet<quint64> &arabic()
{
    static const QSet<quint64> table = tableFrom(
        u"ال لم ري مر ار ما ية ات في من يخ لى عل وا لي را ان لا با لأ يا كو ين كب لك يو لت ير بي ون ور سا ول "
        u"نا "
        "ام مس سي لو ني مي بر اس وي اء ها رة وك دي قا ست تر لل كا تي سط يل إل وم لة لق كي اي عد لف دا يد تم "
        "أر وس "
        "يت هم لع لب لح لس لد لش لج لن ها هذ ذا تع تح قد أن عن ند نت ده در شد ود ته كر گا گر ره زي خو دن "
        "يك مع حد جم اب رد نه اق بع لص صل حم سل ئي ؤو"_s);
    return table;
}

const QSet<quint64> &hebrew()
{
    static const QSet<quint64> table = tableFrom(u"ים יה ות מו רו נו ול בה רי פי יק ונ את כל ית לי יס ור ני "
                                                 u"די אח לו חר של שי טו וד טי או פו וס מד ער קה "
                                                 "יו על אי כי הי סט מת מי שכ גי אל יי אם נא ופ גם סי לש תנ "
                                                 "קו הג שו חי יר רכ וי הו וה הם לה מה בי תי רה "
                                                 "דה ית אר מש שר תו בר ין ון זה כן הת הא עו"_s);
    return table;
}

const QSet<quint64> &latin()
{
    static const QSet<quint64> table = tableFrom(u"th he in er an re on en at es ed nd ou ea ti te or st ar "
                                                 u"nt is le al it de se ne ra co ro ve me ce la "
                                                 "li io ll ri ns ui qu et ta el un ch ai ma ss ie em pa ur "
                                                 "ue to of ha hi as ng nc ic di si ac ca il ge "
                                                 "po pr tr us ut mo lo na no ni ir ec"_s);
    return table;
}

// Russian (the Cyrillic most met) and Greek.
const QSet<quint64> &cyrillic()
{
    static const QSet<quint64> table = tableFrom(
        u"ст но то на ен ов ни ра во ко ал ро по ор ре пр ат ли ер от ос ом ил ан де ка та ла ет не ол ск ие "
        u"ва "
        "им ле ин ри те ти ес ел ог ок ве ны ым ль ль ой ый ая ых ат ит ам ем ей ки ма ме мо на ну об од он "
        "ра ру се си сл сп тв тр уд че чт ша эт юч ям"_s);
    return table;
}

const QSet<quint64> &greek()
{
    static const QSet<quint64> table = tableFrom(
        u"ου τη κα ει το αι να ερ ον ης ητ ατ ισ στ απ τα πο ικ μα αν ια εν ρα ος ελ επ ασ ομ ορ σε τι ντ "
        "λα λο με μο νε νο πα πε πρ ρο σα ση τε τρ υν χε ωσ ων ησ ολ αλ"_s);
    return table;
}

} // namespace

bool CommonBigrams::contains(Table table, char32_t first, char32_t second)
{
    switch (table) {
    case Table::Arabic:
        return arabic().contains(key(foldArabic(first), foldArabic(second)));
    case Table::Hebrew:
        return hebrew().contains(key(first, second));
    case Table::Latin:
        return latin().contains(key(foldLatin(first), foldLatin(second)));
    case Table::Cyrillic:
        return cyrillic().contains(key(QChar::toLower(first), QChar::toLower(second)));
    case Table::Greek:
        return greek().contains(key(QChar::toLower(first), QChar::toLower(second)));
    }
    return false;
}

double CommonBigrams::typicalShare(Table table)
{
    switch (table) {
    case Table::Arabic:
        return 0.45;
    case Table::Hebrew:
        return 0.40;
    case Table::Latin:
    case Table::Cyrillic:
    case Table::Greek:
        return 0.35;
    }
    return 0.4;
}

} // namespace hashiya
