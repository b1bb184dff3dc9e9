#include "documents/AppraisalCouncilReader.h"

#include "criteria/JsonFieldReader.h"

namespace danhgia {

AppraisalCouncilReader::Council AppraisalCouncilReader::read(const QByteArray& json, ValidationIssues* issues)
{
    JsonFieldReader fields(issues);
    Council council;
    const auto object = fields.parseObject(json);
    if (!object) {
        return council;
    }
    const QString membersPath = QStringLiteral("members");
    if (const auto members = fields.array(*object, membersPath, QString(), true)) {
        if (members->isEmpty()) {
            fields.error(membersPath, tr("lists no member; give at least one"));
        }
        for (int i = 0; i < members->size(); ++i) {
            const QString path = JsonFieldReader::element(membersPath, i);
            const auto entry = fields.asObject(members->at(i), path);
            if (!entry) {
                continue;
            }
            AppraisalCouncilMember member;
            member.name
                = fields.string(*entry, QStringLiteral("name"), path, true).value_or(QString()).trimmed();
            if (entry->value(QStringLiteral("name")).isString() && member.name.isEmpty()) {
                fields.error(JsonFieldReader::member(path, QStringLiteral("name")), tr("must not be empty"));
            }
            member.role
                = fields.string(*entry, QStringLiteral("role"), path, false).value_or(QString()).trimmed();
            member.present = fields.boolean(*entry, QStringLiteral("present"), path, false).value_or(true);
            council.members.append(member);
        }
    }
    council.chair
        = fields.string(*object, QStringLiteral("chair"), QString(), false).value_or(QString()).trimmed();
    council.secretary
        = fields.string(*object, QStringLiteral("secretary"), QString(), false).value_or(QString()).trimmed();
    return council;
}

} // namespace danhgia
