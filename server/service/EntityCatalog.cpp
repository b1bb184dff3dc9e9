#include "EntityCatalog.h"

namespace danhgia::server {

QStringList EntityCatalog::entities()
{
    return SyncedEntities::all();
}

bool EntityCatalog::knows(const QString& entity)
{
    return SyncedEntities::contains(entity);
}

QList<EntityCatalog::Reference> EntityCatalog::references(const QString& entity)
{
    return SyncedEntities::references(entity);
}

bool EntityCatalog::isReferenceData(const QString& entity)
{
    return entity == QLatin1String("criteria_sets") || entity == QLatin1String("campaigns")
        || entity == QLatin1String("surveys");
}

} // namespace danhgia::server
