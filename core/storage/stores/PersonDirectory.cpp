#include "stores/PersonDirectory.h"

#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

namespace {

const QString SelectPeople = QStringLiteral(
    "SELECT p.code, p.full_name, p.position, u.code, u.name, p.task_group, p.is_leader FROM people p "
    "LEFT JOIN units u ON u.id = p.unit_id ");

std::optional<QList<PersonRecord>> run(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = PersonDirectory::tr("cannot read the list of people: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<PersonRecord> people;
    while (query.next()) {
        people.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toBool()});
    }
    std::stable_sort(people.begin(), people.end(), [](const PersonRecord& a, const PersonRecord& b) {
        return VietnameseText::comparePersonNames(a.fullName, b.fullName) < 0;
    });
    return people;
}

// Escapes LIKE's wildcards so that a query is matched literally.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

std::optional<QList<PersonRecord>> PersonDirectory::search(QSqlDatabase& db, const QString& query,
                                                           QString* error)
{
    const QString key = VietnameseText::searchKey(query);
    QSqlQuery sql(db);
    sql.prepare(
        SelectPeople
        + QStringLiteral("WHERE p.search_key LIKE ? ESCAPE '\\' OR lower(p.code) LIKE ? ESCAPE '\\'"));
    sql.addBindValue(likePattern(key));
    sql.addBindValue(likePattern(query.trimmed().toLower()));
    return run(sql, error);
}

std::optional<QList<PersonRecord>> PersonDirectory::ofUnit(QSqlDatabase& db, const QString& unitCode,
                                                           QString* error)
{
    QSqlQuery sql(db);
    sql.prepare(SelectPeople + QStringLiteral("WHERE u.code = ?"));
    sql.addBindValue(unitCode);
    return run(sql, error);
}

} // namespace danhgia
