#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

// A member of the appraisal council (Hội đồng thẩm định) and whether they attend the meeting.
struct AppraisalCouncilSeat
{
    QString name;
    QString role; // as printed: "Phó Giám đốc Sở Nội vụ, Chủ tịch Hội đồng"
    bool present = true;
};

// The appraisal council of a campaign (rules.md §3 and §6.1): the decision that formed it (number,
// date, who signed it), its members with their roles and who is present at the meeting, and the
// council's conclusion. Its minutes print the decision as their legal basis, the members present
// and absent, the quorum and the conclusion.
//
// The quorum: rules.md §6 and §6.1 require the minutes to state the quorum (members present /
// absent) but give no threshold. The meeting is held to have a quorum when MORE THAN HALF of all
// the council's members are present: the rule of collegial bodies the minutes used so far
// (AppraisalMinutes). A council's own regulation may be stricter; the printed count ("5/7") lets
// the reader check it.
class AppraisalCouncil
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalCouncil)

public:
    QString decisionNumber; // "125/QĐ-UBND"
    QDate decisionDate;
    QString decisionSigner; // "Ủy ban nhân dân tỉnh Lạng Sơn"
    QList<AppraisalCouncilSeat> members;
    QString conclusion; // "\n" between paragraphs

    int presentCount() const;
    // More than half of all the members present (and at least one member).
    static bool quorumMet(int present, int members) { return members > 0 && 2 * present > members; }
    bool hasQuorum() const { return quorumMet(presentCount(), static_cast<int>(members.size())); }
    // "Có 5/7 thành viên có mặt, đủ số lượng theo quy định (quá nửa)": the quorum in words.
    QString quorumText() const;

    // What is wrong, one sentence per problem naming the row; empty when it holds: at least one
    // member, each with a name, a decision number with its date and signer (or none of the three).
    QStringList problems() const;

    QJsonObject toJson() const;
    // Fields missing from the object are left empty.
    static AppraisalCouncil fromJson(const QJsonObject& object);
};

} // namespace danhgia
