#include "services/CriteriaSetImport.h"

#include "criteria/CriteriaSetReader.h"
#include "criteria/CriteriaTableReader.h"
#include "tabular/TabularReader.h"
#include "text/VietnameseText.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace danhgia {

bool CriteriaSetImport::isTable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
        || suffix == QLatin1String("xls");
}

CriteriaSetImport::Header CriteriaSetImport::suggestedHeader(const QString& path)
{
    Header header;
    if (!isTable(path)) {
        const CriteriaTemplates::Loaded loaded = CriteriaTemplates::loadFile(path);
        header.id = loaded.set.id;
        header.version = loaded.set.version;
        header.title = loaded.set.title;
        header.kind = loaded.set.kind;
        return header;
    }
    const QString name = QFileInfo(path).completeBaseName();
    header.id = VietnameseText::fileNameSlug(name);
    header.title = name;
    header.kind = QStringLiteral("staff");
    return header;
}

CriteriaTemplates::Loaded CriteriaSetImport::read(const QString& path, const Header& header)
{
    CriteriaTemplates::Loaded loaded;
    loaded.source = path;
    if (!isTable(path)) {
        // The header the user gave replaces the file's, then the whole document is read again, so
        // that no problem of its criteria is lost.
        QFile file(path);
        const auto object = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                                           : QJsonObject();
        if (object.isEmpty()) {
            return CriteriaTemplates::loadFile(path);
        }
        QJsonObject changed = object;
        changed.insert(QStringLiteral("id"), header.id);
        changed.insert(QStringLiteral("version"), header.version);
        changed.insert(QStringLiteral("title"), header.title);
        changed.insert(QStringLiteral("kind"), header.kind);
        loaded.set = CriteriaSetReader::fromObject(changed, &loaded.issues);
        return loaded;
    }
    QString error;
    const auto table = TabularReader::read(path, &error);
    if (!table) {
        loaded.issues.append({ValidationIssue::Severity::Error, QString(), QString(), error});
        return loaded;
    }
    const auto json = CriteriaTableReader::toCriteriaJson(*table, header.id, header.version, header.title,
                                                          header.kind, &loaded.issues);
    if (json) {
        ValidationIssues again;
        loaded.set = CriteriaSetReader::fromObject(*json, &again);
    }
    return loaded;
}

} // namespace danhgia
