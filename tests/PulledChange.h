#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace danhgia::test {

// A change of a pull page as the server sends it (docs/sync.md, "Pull"): the row's data, or a
// tombstone when `data` is empty.
inline QJsonObject pulledChange(const QString& entity, const QString& uuid, qint64 version,
                                const QJsonObject& data)
{
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), data.isEmpty()},
            {QStringLiteral("data"), data.isEmpty() ? QJsonValue() : QJsonValue(data)}};
}

// The province's PAR-index campaign CCHC-XA on the published criteria set xa-2026, as the server
// sends them.
inline QJsonArray pulledCampaignAndSet(const QString& campaign, const QString& set)
{
    return {pulledChange(QStringLiteral("campaigns"), campaign, 3,
                         {{QStringLiteral("code"), QStringLiteral("CCHC-XA")},
                          {QStringLiteral("title"), QStringLiteral("Chỉ số CCHC cấp xã")},
                          {QStringLiteral("kind"), QStringLiteral("par_index")},
                          {QStringLiteral("criteria_set_uuid"), set},
                          {QStringLiteral("periods"), QStringLiteral("[]")},
                          {QStringLiteral("approvers"), QString()}}),
            pulledChange(QStringLiteral("criteria_sets"), set, 2,
                         {{QStringLiteral("set_id"), QStringLiteral("xa-2026")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("title"), QStringLiteral("Bộ tiêu chí cấp xã")},
                          {QStringLiteral("kind"), QStringLiteral("par_index")},
                          {QStringLiteral("document"), QStringLiteral("{}")},
                          {QStringLiteral("status"), QStringLiteral("published")}})};
}

} // namespace danhgia::test
