#include "interop/w3cjsonimporterwriter.h"

#include "library/annotationrepository.h"
#include "library/library.h"
#include "library/rawstatement.h"
#include "library/sqlvalues.h"
#include "library/tagkey.h"

#include <QColor>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

const QString insertAnnotationSql =
    u"INSERT INTO annotation (uuid, document, start, \"end\", exact, prefix, suffix, style, note, created, "
    u"modified, anchor_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString insertLinkSql =
    u"INSERT OR IGNORE INTO annotation_tag (annotation, tag, position) VALUES (?, ?, ?)"_s;

// Colours for styles another tool named without one: the soft tones of the default styles, so black text
// stays readable.
const char *const fallbackColors[] = {"#ffcc80", "#b39ddb", "#80cbc4", "#f48fb1", "#c5e1a5", "#bcaaa4"};

} // namespace

W3cJsonImporterWriter::W3cJsonImporterWriter(const Library &library)
    : m_library(library)
    , m_now(sql::fromDateTime(sql::now()))
    , m_index(library)
{}

W3cJsonImporterWriter::~W3cJsonImporterWriter() = default;

bool W3cJsonImporterWriter::fail(const QString &error)
{
    m_lastError = error;
    return false;
}

bool W3cJsonImporterWriter::begin()
{
    for (const AnchorState state : {AnchorState::Anchored, AnchorState::Relocated, AnchorState::Orphaned})
        m_stateNames[int(state)] = AnnotationRepository::stateName(state);
    m_insertAnnotation = std::make_unique<RawStatement>(m_library, insertAnnotationSql);
    m_insertLink = std::make_unique<RawStatement>(m_library, insertLinkSql);
    if (!m_insertAnnotation->isValid())
        return fail(m_insertAnnotation->lastError());
    if (!m_insertLink->isValid())
        return fail(m_insertLink->lastError());
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT uuid FROM annotation"_s))
        return fail(q.lastError().text());
    while (q.next())
        m_present.insert(sql::toUuid(q.value(0)));
    if (!q.exec(u"SELECT id, name, position FROM style"_s))
        return fail(q.lastError().text());
    while (q.next()) {
        const QString name = q.value(1).toString();
        m_styles.insert(name, q.value(0).toLongLong());
        m_foldedStyles.insert(name.toCaseFolded(), q.value(0).toLongLong());
        m_nextStylePosition = std::max(m_nextStylePosition, q.value(2).toInt() + 1);
    }
    if (!q.exec(u"SELECT id, name_key FROM tag"_s))
        return fail(q.lastError().text());
    while (q.next())
        m_tagsByKey.insert(q.value(1).toString(), q.value(0).toLongLong());
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    return m_index.begin() || fail(m_index.lastError());
}

qint64 W3cJsonImporterWriter::styleFor(const W3cJsonImporterCandidate &candidate)
{
    if (candidate.styleName.isEmpty())
        return 0;
    if (const auto found = m_styles.constFind(candidate.styleName); found != m_styles.cend())
        return found.value();
    const QString folded = candidate.styleName.toCaseFolded();
    if (const auto found = m_foldedStyles.constFind(folded); found != m_foldedStyles.cend())
        return found.value();

    // A category this library does not have: created with the colour it came with, after the others and
    // without a shortcut (the user's Ctrl+number keys stay as they were).
    QColor color = candidate.styleColor;
    if (!color.isValid())
        color = QColor::fromString(
            QLatin1StringView(fallbackColors[qHash(candidate.styleName) % std::size(fallbackColors)]));
    QSqlQuery &q =
        m_library.statement(u"INSERT INTO style (name, color, shortcut, position) VALUES (?, ?, 0, ?)"_s);
    q.addBindValue(candidate.styleName);
    q.addBindValue(color.name(QColor::HexRgb));
    q.addBindValue(m_nextStylePosition++);
    if (!q.exec()) {
        fail(q.lastError().text());
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    m_styles.insert(candidate.styleName, id);
    m_foldedStyles.insert(folded, id);
    return id;
}

qint64 W3cJsonImporterWriter::tagFor(const QString &name)
{
    if (const auto found = m_tagsByName.constFind(name); found != m_tagsByName.cend())
        return found.value();
    const QString display = tagDisplayName(name);
    const QString key = tagKey(display);
    if (key.isEmpty())
        return 0; // a tag of only white space or marks: nothing to keep
    qint64 id = m_tagsByKey.value(key);
    if (id == 0) {
        QSqlQuery &q = m_library.statement(u"INSERT INTO tag (name, name_key) VALUES (?, ?)"_s);
        q.addBindValue(display);
        q.addBindValue(key);
        if (!q.exec()) {
            fail(q.lastError().text());
            return -1;
        }
        id = q.lastInsertId().toLongLong();
        if (!m_index.addTag(id, display)) {
            fail(m_index.lastError());
            return -1;
        }
        m_tagsByKey.insert(key, id);
    }
    m_tagsByName.insert(name, id);
    return id;
}

bool W3cJsonImporterWriter::write(const W3cJsonImporterCandidate &candidate,
                                  const W3cJsonImporterAnchorer::Anchor &anchor, const SearchPrefolded &quote,
                                  const SearchPrefolded &note)
{
    const qint64 styleId = styleFor(candidate);
    if (styleId < 0)
        return false;
    const QString &created = candidate.created.isEmpty() ? m_now : candidate.created;
    const QString uuid = sql::fromUuid(candidate.id);
    RawStatement &q = *m_insertAnnotation;
    q.bind(1, QStringView(uuid));
    q.bind(2, anchor.documentId);
    q.bind(3, qint64(anchor.start));
    q.bind(4, qint64(anchor.end));
    q.bind(5, QStringView(anchor.quote.exact));
    q.bind(6, QStringView(anchor.quote.prefix));
    q.bind(7, QStringView(anchor.quote.suffix));
    q.bindId(8, styleId);
    q.bind(9, QStringView(candidate.note));
    q.bind(10, QStringView(created));
    q.bind(11, QStringView(candidate.modified.isEmpty() ? created : candidate.modified));
    q.bind(12, QStringView(m_stateNames[int(anchor.state)]));
    if (!q.step())
        return fail(q.lastError());
    m_present.insert(candidate.id);
    const qint64 annotationId = q.lastInsertId();
    const bool stored =
        anchor.quote.exact == quote.text
            ? m_index.addAnnotation(annotationId, quote, note)
            : m_index.addAnnotation(annotationId, SearchBulkIndexer::prefold(anchor.quote.exact), note);
    if (!stored)
        return fail(m_index.lastError());

    QVarLengthArray<qint64, 8> linked;
    for (const QString &name : candidate.tags) {
        const qint64 tagId = tagFor(name);
        if (tagId < 0)
            return false;
        if (tagId == 0 || linked.contains(tagId))
            continue; // "Verified" and "verified" are one tag, linked once
        RawStatement &link = *m_insertLink;
        link.bind(1, annotationId);
        link.bind(2, tagId);
        link.bind(3, qint64(linked.size()));
        if (!link.step())
            return fail(link.lastError());
        linked.append(tagId);
    }
    return true;
}

bool W3cJsonImporterWriter::finish()
{
    return m_index.finish() || fail(m_index.lastError());
}

} // namespace hashiya
