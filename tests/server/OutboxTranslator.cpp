#include "OutboxTranslator.h"

#include "EntityCatalog.h"

void OutboxTranslator::know(const QString& entity, qint64 localId, const QString& uuid)
{
    m_uuids.insert(entity + QLatin1Char('/') + QString::number(localId), uuid);
}

QJsonObject OutboxTranslator::translate(const QString& opId, const QString& entity, const QString& uuid,
                                        const QString& operation, qint64 baseVersion,
                                        const QJsonObject& payload, QString* error) const
{
    QJsonObject wire = payload;
    for (const auto& ref : danhgia::server::EntityCatalog::references(entity)) {
        if (!wire.contains(ref.localField)) {
            continue;
        }
        const QJsonValue local = wire.take(ref.localField);
        if (local.isNull()) {
            wire.insert(ref.wireField, QJsonValue());
            continue;
        }
        const QString key = ref.entity + QLatin1Char('/') + QString::number(local.toInteger());
        if (!m_uuids.contains(key)) {
            *error = QStringLiteral("no UUID for %1").arg(key);
            return {};
        }
        wire.insert(ref.wireField, m_uuids.value(key));
    }
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("payload"), wire}};
}
