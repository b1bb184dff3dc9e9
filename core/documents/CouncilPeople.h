#pragma once

#include "councils/CouncilSession.h"
#include "documentdata/DocumentSettings.h"

#include <QList>
#include <QString>

namespace danhgia {

// One person of an interview council as its documents name them.
struct CouncilPerson
{
    QString id; // the member's id in the council file ("TV1")
    QString name; // the name in the file's `members`; the id when the file has none
    QString roleCode; // CouncilRoles code ("chu_tich"), from a code or from a title; empty if unknown
    QString roleTitle; // the role as printed ("Chủ tịch Hội đồng", "Ủy viên kiêm Thư ký")
    bool listed = false; // in the file's `members`
};

// The people of a council session for its minutes and summary sheet: every member of the file's
// `members` and every member id that scored without an entry there, the chair and the secretary
// (by their role, a code like "chu_tich" or a title like "Chủ tịch Hội đồng"; the names of the
// document settings override), and who holds a dialogue. Titles are in Vietnamese, from
// DocumentWording: official documents are, whatever language the program speaks.
class CouncilPeople
{
public:
    CouncilPeople(const CouncilSession& session, const DocumentSettings& settings);

    // The chair first, then vice-chairs, board heads, members and the secretary; by id
    // ("TV2" before "TV10") within a role.
    const QList<CouncilPerson>& members() const { return m_members; }
    const CouncilPerson* member(const QString& id) const;
    // The members who scored at least one candidate, in the order of members().
    QList<CouncilPerson> scorers() const;
    // The first member whose role is `code`, if any.
    const CouncilPerson* holderOf(const QString& code) const;

    // The chair and the secretary as the minutes sign them (the settings' titles, "Chủ tọa" and
    // "Thư ký"), and as the summary sheet does ("Chủ tịch Hội đồng", "Thư ký Hội đồng").
    DocumentSigner minutesChair() const;
    DocumentSigner minutesSecretary() const;
    DocumentSigner sheetChair() const;
    DocumentSigner sheetSecretary() const;
    // "Hoàng Văn Thắng, Chủ tịch Hội đồng." or a dotted line to fill in.
    QString chairLine() const;
    QString secretaryLine() const;

    // Who holds a dialogue under a rule's `by`: "Chủ tịch Hội đồng (Hoàng Văn Thắng)" when a
    // member holds that role, else the role's title ("Trưởng ban"); an unknown code as it is.
    QString dialogueHolder(const QString& by) const;

    // The CouncilRoles code of a role written as a code or as a title ("Ủy viên kiêm Thư ký" is
    // the secretary, "Phó Chủ tịch Hội đồng" the vice-chair); empty when it names none.
    static QString roleCode(const QString& role);
    // The printed title of a CouncilRoles code ("truong_ban" → "Trưởng ban"); other text as it is.
    static QString roleTitle(const QString& code);
    // Natural order of member ids: "TV2" before "TV10".
    static bool idLess(const QString& a, const QString& b);

private:
    QString nameOf(const QString& code, const QString& settingsName) const;
    QString personLine(const QString& code, const QString& settingsName) const;

    DocumentSettings m_settings;
    QList<CouncilPerson> m_members;
    QList<QString> m_scorerIds;
};

} // namespace danhgia
