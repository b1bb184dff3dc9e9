#include "AdminCommands.h"

#include "AccountRepository.h"
#include "ConsoleOutput.h"
#include "RecordRepository.h"
#include "Secrets.h"

#include "tabular/TabularReader.h"
#include "text/VietnameseText.h"
#include "workflow/Role.h"

#include <QTextStream>
#include <QUuid>

#include <cstdio>

namespace danhgia::server {

namespace {

// The column of the first title that matches, ignoring case and diacritics; -1 when absent.
int column(const danhgia::Table& table, const QStringList& titles)
{
    for (int i = 0; i < table.header.size(); ++i) {
        const QString key = danhgia::VietnameseText::searchKey(table.header.at(i));
        for (const QString& title : titles) {
            if (key == danhgia::VietnameseText::searchKey(title)) {
                return i;
            }
        }
    }
    return -1;
}

QString unitKind(const QString& text)
{
    const QString key = danhgia::VietnameseText::searchKey(text);
    static const QHash<QString, QString> kinds{{QStringLiteral("province"), QStringLiteral("province")},
                                               {QStringLiteral("tinh"), QStringLiteral("province")},
                                               {QStringLiteral("department"), QStringLiteral("department")},
                                               {QStringLiteral("so"), QStringLiteral("department")},
                                               {QStringLiteral("commune"), QStringLiteral("commune")},
                                               {QStringLiteral("xa"), QStringLiteral("commune")},
                                               {QStringLiteral("phuong"), QStringLiteral("commune")},
                                               {QStringLiteral("office"), QStringLiteral("office")},
                                               {QStringLiteral("phong"), QStringLiteral("office")},
                                               {QStringLiteral("other"), QStringLiteral("other")},
                                               {QStringLiteral("khac"), QStringLiteral("other")}};
    return kinds.value(key);
}

} // namespace

int AdminCommands::run(PgConnection& db, const QStringList& words, const QHash<QString, QString>& flags,
                       const QStringList& roles)
{
    const QString what = words.mid(0, 2).join(QLatin1Char(' '));
    if (what == QLatin1String("unit import") && words.size() == 3) {
        return importUnits(db, words.at(2));
    }
    if (what == QLatin1String("user add") && words.size() == 3) {
        return addUser(db, words.at(2), flags.value(QStringLiteral("unit")), roles);
    }
    if (what == QLatin1String("user disable") && words.size() == 3) {
        return disableUser(db, words.at(2));
    }
    if (what == QLatin1String("user list") && words.size() == 2) {
        return listUsers(db);
    }
    if (what == QLatin1String("tombstones purge") && words.size() == 2) {
        return purgeTombstones(db, flags.value(QStringLiteral("older_than_days")));
    }
    if (what == QLatin1String("sessions purge") && words.size() == 2) {
        return purgeSessions(db);
    }
    ConsoleOutput::printLine(stderr, tr("Unknown admin command; see danhgia-server --help."));
    return 2;
}

int AdminCommands::importUnits(PgConnection& db, const QString& path)
{
    QString error;
    const auto table = danhgia::TabularReader::read(path, &error);
    if (!table) {
        ConsoleOutput::printLine(stderr, error);
        return 1;
    }
    const int codeColumn = column(*table, {QStringLiteral("Mã đơn vị"), QStringLiteral("code")});
    const int nameColumn = column(*table, {QStringLiteral("Tên đơn vị"), QStringLiteral("name")});
    const int kindColumn = column(*table, {QStringLiteral("Loại"), QStringLiteral("kind")});
    const int parentColumn = column(*table, {QStringLiteral("Mã đơn vị cấp trên"), QStringLiteral("parent")});
    if (codeColumn < 0 || nameColumn < 0 || kindColumn < 0) {
        ConsoleOutput::printLine(
            stderr,
            tr("%1: the units list needs the columns Mã đơn vị, Tên đơn vị and Loại (code, name, kind).")
                .arg(path));
        return 1;
    }
    int written = 0;
    QStringList problems;
    const bool ok = db.transaction(
        [&](QString* e) {
            RecordRepository records(db);
            auto counter = records.lockCounter(e);
            auto units = counter ? records.units(e) : std::nullopt;
            if (!units) {
                return false;
            }
            QHash<QString, QString> uuids; // code → uuid, stored and imported
            QList<SyncRecord> rows;
            QList<RecordRepository::HistoryRow> history;
            for (int i = 0; i < table->rowCount(); ++i) {
                if (table->isBlankRow(i)) {
                    continue;
                }
                const int line = table->rowNumbers.value(i);
                const QString code = danhgia::VietnameseText::normalize(table->cell(i, codeColumn)).trimmed();
                const QString name = danhgia::VietnameseText::normalize(table->cell(i, nameColumn)).trimmed();
                const QString kind = unitKind(table->cell(i, kindColumn));
                const QString parentCode
                    = parentColumn < 0 ? QString() : table->cell(i, parentColumn).trimmed();
                if (code.isEmpty() || name.isEmpty()) {
                    problems.append(
                        tr("%1, line %2: the code and the name of a unit are required.").arg(path).arg(line));
                    continue;
                }
                if (kind.isEmpty()) {
                    problems.append(
                        tr("%1, line %2, column %3: \"%4\" is not a kind of unit (tỉnh, sở, xã, phường, "
                           "phòng, khác).")
                            .arg(path)
                            .arg(line)
                            .arg(table->header.value(kindColumn), table->cell(i, kindColumn)));
                    continue;
                }
                QString parent;
                if (!parentCode.isEmpty()) {
                    const UnitDirectory::Unit* stored = units->findByCode(parentCode);
                    parent = uuids.value(parentCode, stored ? stored->uuid : QString());
                    if (parent.isEmpty() || parentCode == code) {
                        problems.append(
                            tr("%1, line %2: the parent unit %3 is neither in the database nor on an "
                               "earlier line.")
                                .arg(path)
                                .arg(line)
                                .arg(parentCode));
                        continue;
                    }
                }
                const UnitDirectory::Unit* existing = units->findByCode(code);
                SyncRecord record;
                record.entity = QStringLiteral("units");
                record.uuid = existing ? existing->uuid : QUuid::createUuid().toString(QUuid::WithoutBraces);
                record.exists = true;
                record.version = ++*counter;
                record.scopeUnit = record.uuid;
                record.parentUuid = parent;
                record.writerClient = QStringLiteral("admin");
                record.data = QJsonObject{
                    {QStringLiteral("code"), code},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("parent_uuid"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
                    {QStringLiteral("uuid"), record.uuid}};
                uuids.insert(code, record.uuid);
                rows.append(record);
                history.append({record.version, record.entity, record.uuid,
                                QStringLiteral("admin-unit-import-%1").arg(record.version), false,
                                record.data});
            }
            if (!problems.isEmpty()) {
                return false;
            }
            written = static_cast<int>(rows.size());
            return records.write(rows, history, {}, {}, QStringLiteral("admin"), 0, e)
                && records.setCounter(*counter, e);
        },
        &error);
    for (const QString& problem : problems) {
        ConsoleOutput::printLine(stderr, problem);
    }
    if (!ok) {
        if (problems.isEmpty()) {
            ConsoleOutput::printLine(stderr, error);
        } else {
            ConsoleOutput::printLine(stderr, tr("Nothing was imported."));
        }
        return 1;
    }
    ConsoleOutput::printLine(stdout, tr("%1 units imported.").arg(written));
    return 0;
}

int AdminCommands::addUser(PgConnection& db, const QString& login, const QString& unitCode,
                           const QStringList& roles)
{
    if (unitCode.isEmpty()) {
        ConsoleOutput::printLine(stderr, tr("Give the unit of the account with --unit CODE."));
        return 2;
    }
    if (roles.isEmpty()) {
        ConsoleOutput::printLine(
            stderr, tr("Give the roles of the account with --role ROLE (for example self_assessor)."));
        return 2;
    }
    QStringList names;
    for (const QString& name : roles) {
        if (!danhgia::Roles::fromName(name.trimmed())) {
            QStringList known;
            for (const danhgia::Role role : danhgia::Roles::all()) {
                known.append(danhgia::Roles::name(role));
            }
            ConsoleOutput::printLine(
                stderr, tr("Unknown role %1; the roles are: %2.").arg(name, known.join(QLatin1String(", "))));
            return 2;
        }
        names.append(name.trimmed());
    }
    QString error;
    RecordRepository records(db);
    const auto units = records.units(&error);
    if (!units) {
        ConsoleOutput::printLine(stderr, error);
        return 1;
    }
    const UnitDirectory::Unit* unit = units->findByCode(unitCode);
    if (!unit) {
        ConsoleOutput::printLine(stderr,
                                 tr("No unit has the code %1; import the units first.").arg(unitCode));
        return 1;
    }
    QTextStream input(stdin);
    const QString password = input.readLine();
    if (password.isEmpty()) {
        ConsoleOutput::printLine(stderr, tr("Write the password of the account on standard input."));
        return 2;
    }
    const auto hash = Secrets::hashPassword(password.toUtf8());
    if (!hash) {
        ConsoleOutput::printLine(stderr, tr("The password could not be hashed."));
        return 1;
    }
    AccountRepository accounts(db);
    if (!accounts.addUser({0, login, unit->uuid, names.join(QLatin1Char(',')), *hash, false}, &error)) {
        ConsoleOutput::printLine(stderr, error);
        return 1;
    }
    ConsoleOutput::printLine(
        stdout,
        tr("Account %1 of %2 with the roles %3.").arg(login, unit->code, names.join(QLatin1String(", "))));
    return 0;
}

int AdminCommands::disableUser(PgConnection& db, const QString& login)
{
    AccountRepository accounts(db);
    QString error;
    const auto found = accounts.disableUser(login, &error);
    if (!found) {
        ConsoleOutput::printLine(stderr, error);
        return 1;
    }
    if (!*found) {
        ConsoleOutput::printLine(stderr, tr("No account has the login %1.").arg(login));
        return 1;
    }
    ConsoleOutput::printLine(stdout, tr("Account %1 disabled; its tokens are revoked.").arg(login));
    return 0;
}

int AdminCommands::listUsers(PgConnection& db)
{
    AccountRepository accounts(db);
    RecordRepository records(db);
    QString error;
    const auto users = accounts.users(&error);
    const auto units = users ? records.units(&error) : std::nullopt;
    if (!units) {
        ConsoleOutput::printLine(stderr, error);
        return 1;
    }
    for (const AccountRepository::User& user : *users) {
        const UnitDirectory::Unit* unit = units->find(user.unitUuid);
        ConsoleOutput::printLine(stdout,
                                 QStringLiteral("%1\t%2\t%3\t%4")
                                     .arg(user.login, unit ? unit->code : user.unitUuid, user.roles,
                                          user.disabled ? tr("disabled") : tr("active")));
    }
    return 0;
}

int AdminCommands::purgeSessions(PgConnection& db)
{
    AccountRepository accounts(db);
    QString error;
    const auto purged = accounts.purgeSessions(&error);
    if (!purged) {
        ConsoleOutput::printLine(stderr, error);
        return 1;
    }
    ConsoleOutput::printLine(
        stdout, tr("%1 ended sessions (signed out, revoked or expired) are forgotten.").arg(*purged));
    return 0;
}

int AdminCommands::purgeTombstones(PgConnection& db, const QString& days)
{
    bool ok = false;
    const int n = days.toInt(&ok);
    if (!ok || n < 0) {
        ConsoleOutput::printLine(stderr,
                                 tr("Give the age of the deletions to forget with --older-than-days N."));
        return 2;
    }
    RecordRepository records(db);
    QString error;
    const auto horizon = records.purgeTombstones(n, &error);
    if (!horizon) {
        ConsoleOutput::printLine(stderr, error);
        return 1;
    }
    ConsoleOutput::printLine(
        stdout,
        tr("Deletions up to version %1 are forgotten; clients behind it resynchronise.").arg(*horizon));
    return 0;
}

} // namespace danhgia::server
