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
    for (const auto& entry : CriteriaTemplates::list()) {
        if (CriteriaTemplates::load(entry.name).set.kind == header.kind) {
            header.gradesFrom = entry.name;
            break;
        }
    }
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
    if (!json) {
        return loaded;
    }
    QJsonObject document = *json;
    if (!header.gradesFrom.isEmpty()) {
        const CriteriaTemplates::Loaded from = CriteriaTemplates::load(header.gradesFrom);
        if (!from.isUsable()) {
            loaded.issues.append(from.issues);
            return loaded;
        }
        const QJsonObject fromJson = from.set.toJson();
        for (const QString& member : {QStringLiteral("grades"), QStringLiteral("flags"),
                                      QStringLiteral("quota"), QStringLiteral("decimals")}) {
            if (fromJson.contains(member)) {
                document.insert(member, fromJson.value(member));
            }
        }
    }
    // The criteria's problems were found (with their rows) by the table reader; only those of the
    // grades, flags and quota taken from the template are new.
    ValidationIssues again;
    loaded.set = CriteriaSetReader::fromObject(document, &again);
    for (const auto& issue : std::as_const(again)) {
        if (!issue.path.startsWith(QLatin1String("criteria"))) {
            loaded.issues.append(issue);
        }
    }
    return loaded;
}

} // namespace danhgia
