#include "editledger.h"

#include <QVector>

using namespace Qt::StringLiterals;

namespace hashiya {

QString EditLedger::apply(State *state, const Edit &edit)
{
    const QString id = edit.id.toString(QUuid::WithoutBraces);
    if (edit.op == u"create") {
        if (state->contains(edit.id))
            return u"create of an existing annotation "_s % id;
        state->insert(edit.id, {edit.fields.value(1), edit.fields.value(0).split(u'|', Qt::SkipEmptyParts)});
        return {};
    }
    const auto found = state->find(edit.id);
    if (found == state->end())
        return edit.op % u" of an annotation the ledger does not hold: "_s % id;
    if (edit.op == u"delete")
        state->erase(found);
    else if (edit.op == u"note")
        found->note = edit.fields.value(0);
    else if (edit.op == u"addtag")
        found->tags.append(edit.fields.value(0));
    else if (edit.op == u"removetag")
        found->tags.removeOne(edit.fields.value(0));
    else
        return u"unknown edit "_s % edit.op;
    return {};
}

QString EditLedger::record(const QStringList &lines)
{
    m_inFlight.reset();
    for (const QString &line : lines) {
        const QStringList parts = line.split(u'\t');
        if (parts.size() < 3 || (parts.at(0) != u"TRY" && parts.at(0) != u"ACK")
            || parts.at(1) == u"import-article")
            continue;
        const Edit edit{parts.at(1), QUuid::fromString(parts.at(2)), parts.mid(3)};
        if (parts.at(0) == u"TRY") {
            if (m_inFlight)
                return u"two edits in flight at once: "_s % line;
            m_inFlight = edit;
            continue;
        }
        if (!m_inFlight || m_inFlight->op != edit.op || m_inFlight->id != edit.id)
            return u"an acknowledgement of an edit never announced: "_s % line;
        m_inFlight.reset();
        const QString problem = apply(&m_state, edit);
        if (!problem.isEmpty())
            return problem;
        ++m_acknowledged;
    }
    return {};
}

QString EditLedger::describe(const State &expected, const State &found)
{
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString id = it.key().toString(QUuid::WithoutBraces);
        const auto there = found.constFind(it.key());
        if (there == found.cend())
            problems.append(u"acknowledged annotation "_s % id % u" is missing"_s);
        else if (there->tags != it->tags)
            problems.append(u"annotation "_s % id % u" has tags ["_s % there->tags.join(u", ")
                            % u"], acknowledged ["_s % it->tags.join(u", ") % u']');
        else if (there->note != it->note)
            problems.append(u"annotation "_s % id % u" has note “"_s % there->note % u"”, acknowledged “"_s
                            % it->note % u"”"_s);
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!expected.contains(it.key()))
            problems.append(u"annotation "_s % it.key().toString(QUuid::WithoutBraces)
                            % u" is there but was deleted or never acknowledged"_s);
    }
    return problems.join(u"; ");
}

QString EditLedger::reconcile(const QVector<Annotation> &stored)
{
    State found;
    for (const Annotation &a : stored)
        found.insert(a.id, {a.note, a.tags});
    if (found == m_state) {
        m_inFlight.reset();
        return {};
    }
    if (m_inFlight) {
        State landed = m_state;
        if (apply(&landed, *m_inFlight).isEmpty() && found == landed) {
            m_state = landed;
            m_inFlight.reset();
            ++m_landedInFlight;
            return {};
        }
    }
    const QString inFlight = m_inFlight ? u" (in flight: "_s % m_inFlight->op % u' '
                                              % m_inFlight->id.toString(QUuid::WithoutBraces) % u')'
                                        : QString();
    return describe(m_state, found) % inFlight;
}

} // namespace hashiya
