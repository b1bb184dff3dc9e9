#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

struct PersonRecord
{
    QString code;
    QString fullName;
    QString position;
    QString unitCode;
    QString unitName;
    QString taskGroup;
    bool isLeader = false;
};

// Finding and listing people the way officers expect: search ignores case and diacritics
// ("nguyen van a" finds "Nguyễn Văn A", "d" finds "Đỗ"), lists sort the Vietnamese way (by
// given name, then family and middle names).
class PersonDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PersonDirectory)

public:
    // People whose name or code contains `query` (all people when it is empty), sorted.
    static std::optional<QList<PersonRecord>> search(QSqlDatabase& db, const QString& query, QString* error);
    // The people of one unit, sorted.
    static std::optional<QList<PersonRecord>> ofUnit(QSqlDatabase& db, const QString& unitCode,
                                                     QString* error);
};

} // namespace danhgia
