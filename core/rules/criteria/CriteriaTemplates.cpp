#include "criteria/CriteriaTemplates.h"

#include "criteria/CriteriaSetReader.h"

#include <QDir>
#include <QFile>

namespace danhgia {

QStringList CriteriaTemplates::names()
{
    const QString suffix = QLatin1String(Suffix);
    const QDir dir(QString::fromLatin1(ResourceDir));
    QStringList result;
    const QStringList files = dir.entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        result.append(file.chopped(suffix.size()));
    }
    return result;
}

QList<CriteriaTemplates::Entry> CriteriaTemplates::list()
{
    QList<Entry> result;
    const QStringList all = names();
    for (const QString& name : all) {
        const Loaded loaded = load(name);
        const QString title = loaded.set.title.trimmed();
        result.append({name, path(name), title.isEmpty() ? name : title});
    }
    return result;
}

QString CriteriaTemplates::path(const QString& name)
{
    return QLatin1String(ResourceDir) + QLatin1Char('/') + name + QLatin1String(Suffix);
}

CriteriaTemplates::Loaded CriteriaTemplates::load(const QString& name)
{
    if (!names().contains(name)) {
        Loaded loaded;
        loaded.source = path(name);
        ValidationIssue issue;
        issue.message = tr("there is no built-in criteria set template named \"%1\"").arg(name);
        loaded.issues.append(issue);
        return loaded;
    }
    return loadFile(path(name));
}

CriteriaTemplates::Loaded CriteriaTemplates::loadFile(const QString& path)
{
    Loaded loaded;
    loaded.source = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ValidationIssue issue;
        issue.message
            = tr("cannot read the file \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString());
        loaded.issues.append(issue);
        return loaded;
    }
    loaded.set = CriteriaSetReader::read(file.readAll(), &loaded.issues);
    return loaded;
}

} // namespace danhgia
