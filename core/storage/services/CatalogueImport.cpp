#include "services/CatalogueImport.h"

#include "workflow/RecordPermissions.h"

#include "database/Database.h"
#include "database/SyncedTable.h"
#include "services/CataloguePlanning.h"
#include "services/CatalogueRowChecker.h"
#include "tabular/TabularReader.h"
#include "text/LegacyEncodingTables.h"
#include "text/VietnameseSyllable.h"
#include "text/VietnameseText.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace danhgia {

namespace {

using Action = ImportPlan::Action;
using Encoding = LegacyEncoding::Encoding;
using Entry = ImportPlan::Entry;
using Planning = CataloguePlanning;

constexpr char16_t Replacement = 0xFFFD;
// How many non-blank rows may stand above the header (a title, a date).
constexpr int HeaderSearchRows = 10;

// The text of a cell as Windows-1252 bytes, when it has only such characters and some of them
// are not ASCII: how Excel keeps text typed in the .VnTime or VNI fonts.
std::optional<QByteArray> windows1252Bytes(const QString& text)
{
    QByteArray bytes;
    bool high = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const auto* const end = std::end(legacy::windows1252Controls);
        const auto* const control = std::find(std::begin(legacy::windows1252Controls), end, u);
        if (u >= 0x100 && control == end) {
            return std::nullopt;
        }
        const int byte = u < 0x100 ? u : 0x80 + static_cast<int>(control - legacy::windows1252Controls);
        bytes += static_cast<char>(byte);
        high = high || byte >= 0x80;
    }
    return high ? std::optional<QByteArray>(bytes) : std::nullopt;
}

// How Vietnamese a text looks: for each word with a non-ASCII letter, +3 for a common syllable,
// +2 for another valid one, -1 otherwise (the measure of LegacyEncoding::detect).
int plausibility(const QString& text)
{
    int score = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
            continue;
        }
        score += !VietnameseSyllable::isValid(word) ? -1 : VietnameseSyllable::isCommon(word) ? 3 : 2;
    }
    return score;
}

// Converts a cell typed in a legacy font; returns the encoding, or nothing when it is left alone.
std::optional<Encoding> convertLegacyCell(QString& cell)
{
    const std::optional<QByteArray> bytes = windows1252Bytes(cell);
    if (!bytes) {
        return std::nullopt;
    }
    const Encoding encoding = LegacyEncoding::detect(*bytes);
    if (encoding == Encoding::Unknown) {
        return std::nullopt;
    }
    const QString converted = LegacyEncoding::decode(*bytes, encoding);
    if (converted.contains(QChar(Replacement)) || plausibility(converted) <= plausibility(cell)) {
        return std::nullopt;
    }
    cell = converted;
    return encoding;
}

// Converts the legacy cells of a workbook and returns the encoding most of them had.
Encoding convertLegacyCells(Table& table)
{
    QHash<Encoding, int> counts;
    const auto convert = [&counts](QStringList& cells) {
        for (QString& cell : cells) {
            if (const auto encoding = convertLegacyCell(cell)) {
                ++counts[*encoding];
            }
        }
    };
    convert(table.header);
    for (QStringList& row : table.rows) {
        convert(row);
    }
    Encoding best = Encoding::Utf8;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

// Makes the header of a table read without one: the first non-blank row, or among the first
// ones the first with two known column titles. Blank tables end up with neither header nor rows.
void pickHeader(Table& table)
{
    int chosen = -1;
    int seen = 0;
    for (int i = 0; i < table.rowCount() && seen < HeaderSearchRows; ++i) {
        if (table.isBlankRow(i)) {
            continue;
        }
        chosen = chosen < 0 ? i : chosen;
        ++seen;
        const QStringList& cells = table.rows.at(i);
        if (std::count_if(cells.cbegin(), cells.cend(), CataloguePlanning::isKnownTitle) >= 2) {
            chosen = i;
            break;
        }
    }
    if (chosen < 0) {
        table.rows.clear();
        table.rowNumbers.clear();
        return;
    }
    table.header = table.rows.at(chosen);
    table.headerNumber = table.rowNumbers.at(chosen);
    table.rows.remove(0, chosen + 1);
    table.rowNumbers.remove(0, chosen + 1);
}

} // namespace

std::optional<Table> CatalogueImport::readTable(const QString& path, QString* error, Encoding* detected)
{
    QString local;
    QString* sink = error ? error : &local;
    TabularReadOptions options;
    options.headerRow = 0;
    Encoding encoding = Encoding::Utf8;
    std::optional<Table> table;
    if (TabularReader::formatOf(path) == TabularReader::Format::Csv) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *sink = tr("The file \"%1\" cannot be opened: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray data = file.readAll();
        if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
            table = TabularReader::readCsv(data, path, sink, options); // UTF-16, read by CsvReader
        } else {
            QString text = LegacyEncoding::toUnicode(data, &encoding);
            if (encoding == Encoding::Unknown) {
                // Neither UTF-8 nor a legacy encoding: the bad bytes become U+FFFD, which the
                // planning reports in each cell that has them.
                text = QString::fromUtf8(data);
            }
            table = TabularReader::readCsv(text.toUtf8(), path, sink, options);
        }
    } else {
        table = TabularReader::read(path, sink, options);
        if (table) {
            encoding = convertLegacyCells(*table);
        }
    }
    if (!table) {
        return std::nullopt;
    }
    for (QString& cell : table->header) {
        cell = VietnameseText::normalize(cell);
    }
    for (QStringList& row : table->rows) {
        for (QString& cell : row) {
            cell = VietnameseText::normalize(cell);
        }
    }
    pickHeader(*table);
    if (detected) {
        *detected = encoding;
    }
    return table;
}

ImportPlan CatalogueImport::planUnits(QSqlDatabase& db, const Table& table, const QList<ImportPlan>& earlier)
{
    ImportPlan plan;
    plan.subject = ImportPlan::Subject::Units;
    Planning::Layout layout;
    Planning::StoredRows stored;
    if (!Planning::prepare(db, table, Planning::unitColumns(), &plan, &layout, &stored)) {
        return plan;
    }
    QHash<QString, Planning::Seen> taken = Planning::takenCodes(earlier, plan.subject);
    QSet<QString> known = Planning::earlierUnits(earlier);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        known.insert(it.key());
    }
    for (int i = 0; i < table.rowCount(); ++i) {
        if (table.isBlankRow(i)) {
            continue;
        }
        Entry entry;
        entry.row = table.rowNumbers.value(i);
        CatalogueRowChecker check(table, layout, i, entry);
        entry.code = check.code(Planning::UnitCode, taken);
        entry.name = check.required(Planning::UnitName);
        entry.values.insert(QStringLiteral("name"), entry.name);
        entry.values.insert(QStringLiteral("search_key"), VietnameseText::searchKey(entry.name));
        const QString kindText = check.required(Planning::UnitKind);
        if (!kindText.isEmpty()) {
            const QString kind = Planning::kindOf(kindText);
            if (kind.isEmpty()) {
                check.reject(Planning::UnitKind,
                             tr("the kind \"%1\" is not known; use one of: %2")
                                 .arg(kindText, Planning::kindChoices()));
            }
            entry.values.insert(QStringLiteral("kind"), kind);
        }
        if (!check.has(Planning::UnitParent)) {
            entry.reference = stored.value(entry.code).reference; // kept as it is
        } else if (const auto parent = check.text(Planning::UnitParent); parent && !parent->isEmpty()) {
            entry.reference = *parent;
            if (*parent == entry.code) {
                check.reject(Planning::UnitParent, tr("a unit cannot be its own parent"));
            } else if (!known.contains(*parent)) {
                check.reject(Planning::UnitParent, Planning::unknownUnit(*parent));
            }
        }
        if (!entry.code.isEmpty()) {
            known.insert(entry.code);
        }
        plan.entries.append(entry);
    }
    const int parentColumn = layout.index.at(Planning::UnitParent);
    Planning::checkParentLoops(plan, stored, table.header.value(parentColumn));
    Planning::settle(
        plan, stored, table, layout,
        {{QStringLiteral("name"), Planning::UnitName}, {QStringLiteral("kind"), Planning::UnitKind}},
        Planning::UnitParent);
    return plan;
}

ImportPlan CatalogueImport::planPeople(QSqlDatabase& db, const Table& table, const QList<ImportPlan>& earlier)
{
    ImportPlan plan;
    plan.subject = ImportPlan::Subject::People;
    Planning::Layout layout;
    Planning::StoredRows stored;
    if (!Planning::prepare(db, table, Planning::personColumns(), &plan, &layout, &stored)) {
        return plan;
    }
    QString error;
    const std::optional<QSet<QString>> storedUnits = Planning::unitCodes(db, &error);
    if (!storedUnits) {
        plan.fileProblems.append({0, QString(), tr("cannot read the database: %1").arg(error)});
        return plan;
    }
    const QSet<QString> units = *storedUnits + Planning::earlierUnits(earlier);
    QHash<QString, Planning::Seen> taken = Planning::takenCodes(earlier, plan.subject);
    for (int i = 0; i < table.rowCount(); ++i) {
        if (table.isBlankRow(i)) {
            continue;
        }
        Entry entry;
        entry.row = table.rowNumbers.value(i);
        CatalogueRowChecker check(table, layout, i, entry);
        entry.code = check.code(Planning::PersonCode, taken);
        entry.name = check.required(Planning::PersonName);
        entry.values.insert(QStringLiteral("full_name"), entry.name);
        entry.values.insert(QStringLiteral("search_key"), VietnameseText::searchKey(entry.name));
        if (const auto position = check.text(Planning::PersonPosition)) {
            entry.values.insert(QStringLiteral("position"), *position);
        }
        entry.reference = check.required(Planning::PersonUnit);
        if (!entry.reference.isEmpty() && !units.contains(entry.reference)) {
            check.reject(Planning::PersonUnit, Planning::unknownUnit(entry.reference));
        }
        if (const auto group = check.text(Planning::PersonGroup)) {
            entry.values.insert(QStringLiteral("task_group"), *group);
        }
        if (const auto leaderText = check.text(Planning::PersonLeader)) {
            const std::optional<int> leader = Planning::leaderOf(*leaderText);
            if (!leader) {
                check.reject(Planning::PersonLeader,
                             tr("\"%1\" is not a leader value; use one of: %2")
                                 .arg(*leaderText, Planning::leaderChoices()));
            }
            entry.values.insert(QStringLiteral("is_leader"), leader.value_or(0));
        }
        plan.entries.append(entry);
    }
    Planning::warnSameNames(plan, stored, table.header.value(layout.index.at(Planning::PersonName)));
    Planning::settle(plan, stored, table, layout,
                     {{QStringLiteral("full_name"), Planning::PersonName},
                      {QStringLiteral("position"), Planning::PersonPosition},
                      {QStringLiteral("task_group"), Planning::PersonGroup},
                      {QStringLiteral("is_leader"), Planning::PersonLeader}},
                     Planning::PersonUnit);
    return plan;
}

bool CatalogueImport::apply(Database& db, const ImportPlan& plan, Role role, const QString& actor,
                            QString* error)
{
    return apply(db, QList<ImportPlan>{plan}, role, actor, error);
}

bool CatalogueImport::apply(Database& db, const QList<ImportPlan>& plans, Role role, const QString& actor,
                            QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::Catalogue, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QList<const ImportPlan*> ordered; // units first: people refer to them
    for (const auto subject : {ImportPlan::Subject::Units, ImportPlan::Subject::People}) {
        for (const ImportPlan& plan : plans) {
            if (!plan.isApplicable()) {
                *error = tr("the file \"%1\" has problems; nothing was written").arg(plan.sourceName);
                return false;
            }
            if (plan.subject == subject) {
                ordered.append(&plan);
            }
        }
    }
    QSqlDatabase& connection = db.connection();
    return db.transaction(
        [&](QString* failure) {
            QHash<QString, qint64> unitIds;
            for (const ImportPlan* plan : ordered) {
                const bool units = plan->subject == ImportPlan::Subject::Units;
                const QString table = units ? QStringLiteral("units") : QStringLiteral("people");
                const QString reason = tr("import from \"%1\"").arg(QFileInfo(plan->sourceName).fileName());
                for (const Entry& entry : plan->entries) {
                    // Nothing to write (and a NULL parent_id would compare as a change).
                    if (entry.action == ImportPlan::Action::Unchanged) {
                        continue;
                    }
                    QVariant reference; // NULL: no parent
                    if (!entry.reference.isEmpty()) {
                        qint64 id = unitIds.value(entry.reference);
                        if (id == 0) {
                            const auto found
                                = SyncedTable::findId(connection, QStringLiteral("units"),
                                                      {{QStringLiteral("code"), entry.reference}}, failure);
                            if (!found) {
                                return false;
                            }
                            id = *found;
                        }
                        if (id == 0) {
                            *failure = tr("the unit \"%1\" is not in the database").arg(entry.reference);
                            return false;
                        }
                        reference = id;
                    }
                    QVariantMap values = entry.values;
                    values.insert(units ? QStringLiteral("parent_id") : QStringLiteral("unit_id"), reference);
                    const auto written
                        = SyncedTable::upsert(connection, table, {{QStringLiteral("code"), entry.code}},
                                              values, actor, reason, failure);
                    if (!written) {
                        return false;
                    }
                    if (units) {
                        unitIds.insert(entry.code, written->id);
                    }
                }
            }
            return true;
        },
        error);
}

} // namespace danhgia
