#include "documents/CouncilPeople.h"

#include "councils/CouncilRoles.h"
#include "documentdata/DocumentWording.h"
#include "text/VietnameseText.h"

#include <algorithm>

namespace danhgia {

namespace {

QString wording(const QString& prefix, const QString& code)
{
    return DocumentWording::text((prefix + code).toUtf8().constData());
}

// The order of the attendees of a Vietnamese council: the chair first, the secretary last.
int roleRank(const QString& code)
{
    if (code == CouncilRoles::Chair) {
        return 0;
    }
    if (code == CouncilRoles::ViceChair) {
        return 1;
    }
    if (code == CouncilRoles::BoardHead) {
        return 2;
    }
    if (code == CouncilRoles::Secretary) {
        return 4;
    }
    return 3;
}

// The leading run of digits (`digits`) or of other characters of `text` from `at`.
QStringView chunk(const QString& text, int at, bool* digits)
{
    *digits = text.at(at).isDigit();
    int end = at;
    while (end < text.size() && text.at(end).isDigit() == *digits) {
        ++end;
    }
    return QStringView(text).mid(at, end - at);
}

QStringView withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == QLatin1Char('0')) {
        digits = digits.mid(1);
    }
    return digits;
}

} // namespace

CouncilPeople::CouncilPeople(const CouncilSession& session, const DocumentSettings& settings)
    : m_settings(settings)
{
    for (const CouncilMember& member : session.members) {
        CouncilPerson person;
        person.id = member.id;
        person.name = member.name.trimmed().isEmpty() ? member.id : member.name.trimmed();
        person.roleCode = roleCode(member.role);
        const QString role = member.role.trimmed();
        person.roleTitle = role.isEmpty() ? DocumentWording::text("council.role.none") : roleTitle(role);
        person.listed = true;
        m_members.append(person);
    }
    for (const CouncilCandidate& candidate : session.candidates) {
        for (const auto& score : candidate.scores) {
            if (!m_scorerIds.contains(score.first)) {
                m_scorerIds.append(score.first);
            }
            if (!member(score.first)) {
                CouncilPerson person;
                person.id = score.first;
                person.name = score.first;
                person.roleTitle = DocumentWording::text("council.role.none");
                m_members.append(person);
            }
        }
    }
    std::stable_sort(m_members.begin(), m_members.end(), [](const CouncilPerson& a, const CouncilPerson& b) {
        const int rankA = roleRank(a.roleCode);
        const int rankB = roleRank(b.roleCode);
        return rankA != rankB ? rankA < rankB : idLess(a.id, b.id);
    });
}

const CouncilPerson* CouncilPeople::member(const QString& id) const
{
    for (const CouncilPerson& person : m_members) {
        if (person.id == id) {
            return &person;
        }
    }
    return nullptr;
}

QList<CouncilPerson> CouncilPeople::scorers() const
{
    QList<CouncilPerson> result;
    for (const CouncilPerson& person : m_members) {
        if (m_scorerIds.contains(person.id)) {
            result.append(person);
        }
    }
    return result;
}

const CouncilPerson* CouncilPeople::holderOf(const QString& code) const
{
    for (const CouncilPerson& person : m_members) {
        if (person.roleCode == code) {
            return &person;
        }
    }
    return nullptr;
}

QString CouncilPeople::nameOf(const QString& code, const QString& settingsName) const
{
    if (!settingsName.trimmed().isEmpty()) {
        return settingsName.trimmed();
    }
    const CouncilPerson* holder = holderOf(code);
    return holder ? holder->name : QString();
}

QString CouncilPeople::personLine(const QString& code, const QString& settingsName) const
{
    const QString name = nameOf(code, settingsName);
    if (name.isEmpty()) {
        return DocumentWording::text("council.person_blank");
    }
    const CouncilPerson* holder = holderOf(code);
    return DocumentWording::text("council.person_with_role")
        .arg(name, holder ? holder->roleTitle : roleTitle(code));
}

DocumentSigner CouncilPeople::minutesChair() const
{
    DocumentSigner signer = m_settings.chair;
    signer.name = nameOf(CouncilRoles::Chair, m_settings.chair.name);
    return signer;
}

DocumentSigner CouncilPeople::minutesSecretary() const
{
    DocumentSigner signer = m_settings.secretary;
    signer.name = nameOf(CouncilRoles::Secretary, m_settings.secretary.name);
    return signer;
}

DocumentSigner CouncilPeople::sheetChair() const
{
    return {QString(), DocumentWording::text("council.sign_chair"),
            nameOf(CouncilRoles::Chair, m_settings.chair.name)};
}

DocumentSigner CouncilPeople::sheetSecretary() const
{
    return {QString(), DocumentWording::text("council.sign_secretary"),
            nameOf(CouncilRoles::Secretary, m_settings.secretary.name)};
}

QString CouncilPeople::chairLine() const
{
    return personLine(CouncilRoles::Chair, m_settings.chair.name);
}

QString CouncilPeople::secretaryLine() const
{
    return personLine(CouncilRoles::Secretary, m_settings.secretary.name);
}

QString CouncilPeople::dialogueHolder(const QString& by) const
{
    QString settingsName;
    if (by == CouncilRoles::Chair) {
        settingsName = m_settings.chair.name;
    } else if (by == CouncilRoles::Secretary) {
        settingsName = m_settings.secretary.name;
    }
    const QString name = nameOf(by, settingsName);
    const QString title = roleTitle(by);
    return name.isEmpty() ? title : DocumentWording::text("council.holder_named").arg(title, name);
}

QString CouncilPeople::roleCode(const QString& role)
{
    const QString trimmed = role.trimmed();
    if (CouncilRoles::all().contains(trimmed)) {
        return trimmed;
    }
    const QString key = VietnameseText::searchKey(trimmed);
    if (key.isEmpty()) {
        return {};
    }
    // The secretary first ("Ủy viên kiêm Thư ký"), the vice-chair before the chair.
    for (const QString& code : {CouncilRoles::Secretary, CouncilRoles::ViceChair, CouncilRoles::Chair,
                                CouncilRoles::BoardHead, CouncilRoles::Member}) {
        if (key.contains(VietnameseText::searchKey(wording(QStringLiteral("council.role_words."), code)))) {
            return code;
        }
    }
    return {};
}

QString CouncilPeople::roleTitle(const QString& code)
{
    return CouncilRoles::all().contains(code) ? wording(QStringLiteral("council.role."), code) : code;
}

bool CouncilPeople::idLess(const QString& a, const QString& b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        bool digitsA = false;
        bool digitsB = false;
        const QStringView partA = chunk(a, i, &digitsA);
        const QStringView partB = chunk(b, j, &digitsB);
        int order = 0;
        if (digitsA && digitsB) {
            // As numbers: without leading zeros, the shorter is the smaller.
            const QStringView numberA = withoutLeadingZeros(partA);
            const QStringView numberB = withoutLeadingZeros(partB);
            order = numberA.size() != numberB.size() ? int(numberA.size() - numberB.size())
                                                     : numberA.compare(numberB);
        } else {
            order = partA.compare(partB, Qt::CaseInsensitive);
        }
        if (order != 0) {
            return order < 0;
        }
        i += int(partA.size());
        j += int(partB.size());
    }
    if (a.size() - i != b.size() - j) {
        return a.size() - i < b.size() - j;
    }
    return a < b;
}

} // namespace danhgia
