#include "councils/AppraisalCouncil.h"

#include <QJsonArray>

namespace danhgia {

int AppraisalCouncil::presentCount() const
{
    int present = 0;
    for (const AppraisalCouncilSeat& member : members) {
        present += member.present ? 1 : 0;
    }
    return present;
}

QString AppraisalCouncil::quorumText() const
{
    const int total = static_cast<int>(members.size());
    if (total == 0) {
        return tr("The council has no members yet");
    }
    return hasQuorum()
        ? tr("%1/%2 members present: the quorum (more than half) is met").arg(presentCount()).arg(total)
        : tr("%1/%2 members present: no quorum (more than half must attend)").arg(presentCount()).arg(total);
}

QStringList AppraisalCouncil::problems() const
{
    QStringList found;
    if (members.isEmpty()) {
        found.append(tr("The council needs at least one member"));
    }
    for (int i = 0; i < members.size(); ++i) {
        if (members.at(i).name.trimmed().isEmpty()) {
            found.append(tr("Member on row %1 has no name").arg(i + 1));
        }
    }
    const bool number = !decisionNumber.trimmed().isEmpty();
    if (number && !decisionDate.isValid()) {
        found.append(tr("The founding decision %1 needs its date").arg(decisionNumber.trimmed()));
    }
    if (number && decisionSigner.trimmed().isEmpty()) {
        found.append(tr("The founding decision %1 needs who signed it").arg(decisionNumber.trimmed()));
    }
    if (!number && (decisionDate.isValid() || !decisionSigner.trimmed().isEmpty())) {
        found.append(tr("The founding decision needs its number"));
    }
    if (decisionDate.isValid() && decisionDate > QDate::currentDate()) {
        found.append(tr("The date of the founding decision, %1, is in the future")
                         .arg(decisionDate.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    return found;
}

QJsonObject AppraisalCouncil::toJson() const
{
    QJsonArray array;
    for (const AppraisalCouncilSeat& member : members) {
        array.append(QJsonObject{{QStringLiteral("name"), member.name.trimmed()},
                                 {QStringLiteral("role"), member.role.trimmed()},
                                 {QStringLiteral("present"), member.present}});
    }
    return QJsonObject{{QStringLiteral("decision"),
                        QJsonObject{{QStringLiteral("number"), decisionNumber.trimmed()},
                                    {QStringLiteral("date"),
                                     decisionDate.isValid() ? decisionDate.toString(Qt::ISODate) : QString()},
                                    {QStringLiteral("signer"), decisionSigner.trimmed()}}},
                       {QStringLiteral("members"), array},
                       {QStringLiteral("conclusion"), conclusion.trimmed()}};
}

AppraisalCouncil AppraisalCouncil::fromJson(const QJsonObject& object)
{
    AppraisalCouncil council;
    const QJsonObject decision = object.value(QStringLiteral("decision")).toObject();
    council.decisionNumber = decision.value(QStringLiteral("number")).toString();
    council.decisionDate = QDate::fromString(decision.value(QStringLiteral("date")).toString(), Qt::ISODate);
    council.decisionSigner = decision.value(QStringLiteral("signer")).toString();
    for (const QJsonValue& value : object.value(QStringLiteral("members")).toArray()) {
        const QJsonObject member = value.toObject();
        council.members.append({member.value(QStringLiteral("name")).toString(),
                                member.value(QStringLiteral("role")).toString(),
                                member.value(QStringLiteral("present")).toBool(true)});
    }
    council.conclusion = object.value(QStringLiteral("conclusion")).toString();
    return council;
}

} // namespace danhgia
