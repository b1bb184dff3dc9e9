#include "documentdata/DocumentWording.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace danhgia {

namespace {

QHash<QString, QString> loadWording()
{
    QHash<QString, QString> wording;
    QFile file(QStringLiteral(":/documents/wording.vi.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return wording;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        wording.insert(it.key(), it.value().toString());
    }
    return wording;
}

const QHash<QString, QString>& wording()
{
    static const QHash<QString, QString> loaded = loadWording();
    return loaded;
}

} // namespace

QString DocumentWording::text(const char* key)
{
    const QString name = QLatin1String(key);
    const auto it = wording().constFind(name);
    if (it == wording().constEnd()) {
        return QStringLiteral("⟦") + name + QStringLiteral("⟧");
    }
    return it.value();
}

bool DocumentWording::contains(const char* key)
{
    return wording().contains(QLatin1String(key));
}

} // namespace danhgia
