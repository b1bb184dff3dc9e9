#include "services/CataloguePlanning.h"

#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

namespace {

using Action = ImportPlan::Action;
using Entry = ImportPlan::Entry;

bool titleMatches(const CataloguePlanning::Column& column, const QString& key)
{
    return std::any_of(column.titles.cbegin(), column.titles.cend(),
                       [&key](const QString& title) { return VietnameseText::searchKey(title) == key; });
}

} // namespace

const QList<CataloguePlanning::Column>& CataloguePlanning::unitColumns()
{
    static const QList<Column> columns{
        {{QStringLiteral("Mã đơn vị"), QStringLiteral("code"), QStringLiteral("Mã"),
          QStringLiteral("unit code")},
         true},
        {{QStringLiteral("Tên đơn vị"), QStringLiteral("name"), QStringLiteral("Tên"),
          QStringLiteral("unit name")},
         true},
        {{QStringLiteral("Loại"), QStringLiteral("kind"), QStringLiteral("Loại đơn vị"),
          QStringLiteral("type")},
         true},
        {{QStringLiteral("Mã đơn vị cấp trên"), QStringLiteral("parent"), QStringLiteral("Đơn vị cấp trên"),
          QStringLiteral("Cấp trên"), QStringLiteral("parent code")},
         false},
    };
    return columns;
}

const QList<CataloguePlanning::Column>& CataloguePlanning::personColumns()
{
    static const QList<Column> columns{
        {{QStringLiteral("Mã"), QStringLiteral("code"), QStringLiteral("Mã cán bộ"), QStringLiteral("Mã số"),
          QStringLiteral("person code")},
         true},
        {{QStringLiteral("Họ và tên"), QStringLiteral("full name"), QStringLiteral("Họ tên"),
          QStringLiteral("name")},
         true},
        {{QStringLiteral("Chức vụ"), QStringLiteral("position")}, false},
        {{QStringLiteral("Mã đơn vị"), QStringLiteral("unit"), QStringLiteral("Đơn vị"),
          QStringLiteral("unit code")},
         true},
        {{QStringLiteral("Nhóm nhiệm vụ"), QStringLiteral("task group"), QStringLiteral("Nhóm")}, false},
        {{QStringLiteral("Lãnh đạo"), QStringLiteral("leader"), QStringLiteral("is leader")}, false},
    };
    return columns;
}

bool CataloguePlanning::isKnownTitle(const QString& text)
{
    const QString key = VietnameseText::searchKey(text);
    const auto known = [&key](const Column& column) { return titleMatches(column, key); };
    return !key.isEmpty()
        && (std::any_of(unitColumns().cbegin(), unitColumns().cend(), known)
            || std::any_of(personColumns().cbegin(), personColumns().cend(), known));
}

QString CataloguePlanning::kindOf(const QString& text)
{
    static const QHash<QString, QString> kinds{
        {QStringLiteral("tinh"), QStringLiteral("province")},
        {QStringLiteral("province"), QStringLiteral("province")},
        {QStringLiteral("so"), QStringLiteral("department")},
        {QStringLiteral("ban"), QStringLiteral("department")},
        {QStringLiteral("nganh"), QStringLiteral("department")},
        {QStringLiteral("department"), QStringLiteral("department")},
        {QStringLiteral("xa"), QStringLiteral("commune")},
        {QStringLiteral("phuong"), QStringLiteral("commune")},
        {QStringLiteral("dac khu"), QStringLiteral("commune")},
        {QStringLiteral("commune"), QStringLiteral("commune")},
        {QStringLiteral("phong"), QStringLiteral("office")},
        {QStringLiteral("office"), QStringLiteral("office")},
        {QStringLiteral("khac"), QStringLiteral("other")},
        {QStringLiteral("other"), QStringLiteral("other")},
    };
    return kinds.value(VietnameseText::searchKey(text));
}

QString CataloguePlanning::kindChoices()
{
    return QStringLiteral("tỉnh/province, sở/ban/ngành/department, xã/phường/đặc khu/commune, phòng/office, "
                          "khác/other");
}

std::optional<int> CataloguePlanning::leaderOf(const QString& text)
{
    const QString key = VietnameseText::searchKey(text);
    for (const char* yes : {"co", "x", "1", "yes"}) {
        if (key == QLatin1String(yes)) {
            return 1;
        }
    }
    for (const char* no : {"", "khong", "0", "no"}) {
        if (key == QLatin1String(no)) {
            return 0;
        }
    }
    return std::nullopt;
}

QString CataloguePlanning::leaderChoices()
{
    return QStringLiteral("có/không, x, 1/0, yes/no");
}

CataloguePlanning::Layout CataloguePlanning::locate(const Table& table, const QList<Column>& columns,
                                                    QList<ImportPlan::Problem>* problems)
{
    Layout layout;
    layout.index.fill(-1, columns.size());
    for (int i = 0; i < table.header.size(); ++i) {
        const QString key = VietnameseText::searchKey(table.header.at(i));
        for (int field = 0; !key.isEmpty() && field < columns.size(); ++field) {
            if (!titleMatches(columns.at(field), key)) {
                continue;
            }
            if (layout.index.at(field) >= 0) {
                problems->append({table.headerNumber, table.header.at(i),
                                  tr("the column «%1» already gives this; keep one of the two")
                                      .arg(table.header.at(layout.index.at(field)))});
            } else {
                layout.index[field] = i;
            }
            break;
        }
    }
    for (int field = 0; field < columns.size(); ++field) {
        if (columns.at(field).required && layout.index.at(field) < 0) {
            problems->append({0, QString(),
                              tr("the required column «%1» (or «%2») is missing")
                                  .arg(columns.at(field).titles.at(0), columns.at(field).titles.at(1))});
            layout.complete = false;
        }
    }
    return layout;
}

std::optional<CataloguePlanning::StoredRows>
CataloguePlanning::loadStored(QSqlDatabase& db, ImportPlan::Subject subject, QString* error)
{
    const bool units = subject == ImportPlan::Subject::Units;
    const QStringList columns = units
        ? QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("search_key")}
        : QStringList{QStringLiteral("full_name"), QStringLiteral("position"), QStringLiteral("task_group"),
                      QStringLiteral("is_leader"), QStringLiteral("search_key")};
    const QString sql = units ? QStringLiteral("SELECT r.code, o.code, r.%1 FROM units r "
                                               "LEFT JOIN units o ON o.id = r.parent_id")
                              : QStringLiteral("SELECT r.code, o.code, r.%1 FROM people r "
                                               "LEFT JOIN units o ON o.id = r.unit_id");
    QSqlQuery query(db);
    if (!query.exec(sql.arg(columns.join(QLatin1String(", r."))))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    StoredRows rows;
    while (query.next()) {
        Stored row{query.value(1).toString(), {}};
        for (int i = 0; i < columns.size(); ++i) {
            row.values.insert(columns.at(i), query.value(2 + i));
        }
        rows.insert(query.value(0).toString(), row);
    }
    return rows;
}

bool CataloguePlanning::prepare(QSqlDatabase& db, const Table& table, const QList<Column>& columns,
                                ImportPlan* plan, Layout* layout, StoredRows* stored)
{
    plan->sourceName = table.sourceName;
    if (table.header.isEmpty()) {
        plan->fileProblems.append({0, QString(), tr("the file is empty")});
        return false;
    }
    *layout = locate(table, columns, &plan->fileProblems);
    bool hasData = false;
    for (int i = 0; i < table.rowCount() && !hasData; ++i) {
        hasData = !table.isBlankRow(i);
    }
    if (!hasData) {
        plan->fileProblems.append(
            {0, QString(),
             tr("the file has no data rows below the header (row %1)").arg(table.headerNumber)});
    }
    QString error;
    const std::optional<StoredRows> rows = loadStored(db, plan->subject, &error);
    if (!rows) {
        plan->fileProblems.append({0, QString(), tr("cannot read the database: %1").arg(error)});
        return false;
    }
    *stored = *rows;
    return true;
}

std::optional<QSet<QString>> CataloguePlanning::unitCodes(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code FROM units"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QSet<QString> codes;
    while (query.next()) {
        codes.insert(query.value(0).toString());
    }
    return codes;
}

QHash<QString, CataloguePlanning::Seen> CataloguePlanning::takenCodes(const QList<ImportPlan>& earlier,
                                                                      ImportPlan::Subject subject)
{
    QHash<QString, Seen> taken;
    for (const ImportPlan& plan : earlier) {
        for (const Entry& entry : plan.entries) {
            if (plan.subject == subject && !entry.code.isEmpty() && !taken.contains(entry.code)) {
                taken.insert(entry.code, {plan.sourceName, entry.row, entry.code});
            }
        }
    }
    return taken;
}

QSet<QString> CataloguePlanning::earlierUnits(const QList<ImportPlan>& earlier)
{
    QSet<QString> codes;
    for (const ImportPlan& plan : earlier) {
        for (const Entry& entry : plan.entries) {
            if (plan.subject == ImportPlan::Subject::Units && !entry.code.isEmpty()) {
                codes.insert(entry.code);
            }
        }
    }
    return codes;
}

QString CataloguePlanning::unknownUnit(const QString& code)
{
    return tr("the unit \"%1\" is not in the list of units (neither in the database nor in an earlier row)")
        .arg(code);
}

void CataloguePlanning::checkParentLoops(ImportPlan& plan, const StoredRows& stored,
                                         const QString& parentTitle)
{
    QHash<QString, QString> parentOf;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        parentOf.insert(it.key(), it->reference);
    }
    for (const Entry& entry : plan.entries) {
        parentOf.insert(entry.code, entry.reference);
    }
    for (Entry& entry : plan.entries) {
        if (entry.reference.isEmpty() || entry.reference == entry.code) {
            continue;
        }
        QString current = entry.reference;
        for (qsizetype steps = 0; !current.isEmpty() && steps <= parentOf.size(); ++steps) {
            if (current == entry.code) {
                entry.problems.append(
                    {entry.row, parentTitle,
                     tr("the unit \"%1\" is below this unit, so the chain of parent units would loop")
                         .arg(entry.reference)});
                break;
            }
            current = parentOf.value(current);
        }
    }
}

void CataloguePlanning::warnSameNames(ImportPlan& plan, const StoredRows& stored, const QString& nameTitle)
{
    const auto key = [](const QString& unit, const QString& name) -> QString {
        return unit + QLatin1Char('\n') + name.toCaseFolded();
    };
    QMultiHash<QString, QString> storedNames;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        storedNames.insert(key(it->reference, it->values.value(QStringLiteral("full_name")).toString()),
                           it.key());
    }
    QSet<QString> fileCodes;
    for (const Entry& entry : plan.entries) {
        fileCodes.insert(entry.code);
    }
    QHash<QString, Seen> names;
    for (Entry& entry : plan.entries) {
        if (entry.name.isEmpty() || entry.reference.isEmpty()) {
            continue;
        }
        const QString name = key(entry.reference, entry.name);
        const auto first = names.constFind(name);
        if (first == names.cend()) {
            names.insert(name, {QString(), entry.row, entry.code});
        } else if (first->code != entry.code) {
            entry.warnings.append(
                {entry.row, nameTitle,
                 tr("the same name is in row %1 in the same unit, with the code \"%2\"; check "
                    "that these are two different people")
                     .arg(QString::number(first->row), first->code)});
        }
        for (const QString& code : storedNames.values(name)) {
            if (code != entry.code && !fileCodes.contains(code)) {
                entry.warnings.append(
                    {entry.row, nameTitle,
                     tr("the database already has \"%1\" in this unit, with the code \"%2\"; "
                        "check that these are two different people")
                         .arg(entry.name, code)});
            }
        }
    }
}

void CataloguePlanning::settle(ImportPlan& plan, const StoredRows& stored, const Table& table,
                               const Layout& layout, const QHash<QString, int>& fieldOfValue,
                               int referenceField)
{
    for (Entry& entry : plan.entries) {
        const auto it = stored.constFind(entry.code);
        if (!entry.problems.isEmpty() || !layout.complete) {
            entry.action = Action::Reject;
            continue;
        }
        if (it == stored.cend()) {
            entry.action = Action::Create;
            continue;
        }
        bool changed = false;
        const auto note = [&](int field) {
            changed = true;
            const QString title = field >= 0 ? table.header.value(layout.index.at(field)) : QString();
            if (!title.isEmpty() && !entry.changedColumns.contains(title)) {
                entry.changedColumns.append(title);
            }
        };
        for (auto value = entry.values.cbegin(); value != entry.values.cend(); ++value) {
            if (value.value().toString() != it->values.value(value.key()).toString()) {
                note(fieldOfValue.value(value.key(), -1));
            }
        }
        if (entry.reference != it->reference) {
            note(referenceField);
        }
        entry.action = changed ? Action::Update : Action::Unchanged;
    }
}

} // namespace danhgia
