#pragma once

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// Who decides the score sheets of a campaign: the roles that approve them (rules.md, section 2,
// "Who decides, by kind of campaign"). It belongs to the campaign: each kind of campaign has a
// default, and a campaign may name other approvers (campaigns.approvers).
//
//   kind           default approvers                 why
//   staff          unit_head                          Decree 335: the head of the agency that
//                                                     manages the civil servant decides the grade
//   par_index      council_chair, administrator       the provincial council appraises; the
//   it_ranking                                        People's Committee (the council chair or the
//   agency_quality                                    administrator acting for it) approves
//   interview      council_chair                      the council's results, signed by its chair
//   anything else  council_chair
//
// The rest of the workflow follows from the approvers (SheetWorkflow::transitions()): whoever
// approves may also return, publish and reopen; whoever approves never submits.
class ApprovalPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalPolicy)

public:
    // The default of an unknown kind: the council chair.
    ApprovalPolicy();
    explicit ApprovalPolicy(QList<Role> approvers);

    static ApprovalPolicy forKind(const QString& campaignKind);
    // The approvers stored with a campaign ("unit_head" or "council_chair,administrator"), or the
    // kind's default when `stored` is empty; nothing with `error` set for an unknown role name.
    static std::optional<ApprovalPolicy> fromText(const QString& stored, const QString& campaignKind,
                                                  QString* error);

    const QList<Role>& approvers() const { return m_approvers; }
    bool approves(Role role) const { return m_approvers.contains(role); }
    // "unit_head" or "council_chair,administrator": the stable text for files and the database.
    QString toText() const;
    // "Thủ trưởng đơn vị" or "Chủ tịch Hội đồng, Quản trị": for people.
    QString titles() const;

    bool operator==(const ApprovalPolicy& other) const { return m_approvers == other.m_approvers; }
    bool operator!=(const ApprovalPolicy& other) const { return !(*this == other); }

private:
    QList<Role> m_approvers; // in the order of Roles::all(), never empty
};

} // namespace danhgia
