#include "services/CatalogueRowChecker.h"

namespace danhgia {

CatalogueRowChecker::CatalogueRowChecker(const Table& table, const CataloguePlanning::Layout& layout,
                                         int rowIndex, ImportPlan::Entry& entry)
    : m_table(table)
    , m_layout(layout)
    , m_rowIndex(rowIndex)
    , m_entry(entry)
{
    constexpr char16_t Replacement = 0xFFFD;
    for (int field = 0; field < m_layout.index.size(); ++field) {
        if (has(field) && m_table.cell(m_rowIndex, m_layout.index.at(field)).contains(QChar(Replacement))) {
            reject(field,
                   tr("the text cannot be read: the file has bytes that are not UTF-8, TCVN3, VNI or "
                      "Windows-1258; save it as CSV UTF-8"));
            m_unreadable.insert(field);
        }
    }
}

std::optional<QString> CatalogueRowChecker::text(int field) const
{
    if (!has(field) || m_unreadable.contains(field)) {
        return std::nullopt;
    }
    return m_table.cell(m_rowIndex, m_layout.index.at(field));
}

QString CatalogueRowChecker::required(int field)
{
    const std::optional<QString> value = text(field);
    if (value && value->isEmpty()) {
        reject(field, tr("the value is missing"));
    }
    return value.value_or(QString());
}

QString CatalogueRowChecker::code(int field, QHash<QString, CataloguePlanning::Seen>& taken)
{
    const QString value = required(field);
    if (value.isEmpty()) {
        return value;
    }
    if (value.contains(QLatin1Char(' '))) {
        reject(field, tr("the code \"%1\" contains spaces").arg(value));
    }
    const auto first = taken.constFind(value);
    if (first == taken.cend()) {
        taken.insert(value, {QString(), m_entry.row, value});
    } else if (first->file.isEmpty()) {
        reject(field, tr("the code \"%1\" is already in row %2").arg(value, QString::number(first->row)));
    } else {
        reject(field,
               tr("the code \"%1\" is already in row %2 of the file \"%3\"")
                   .arg(value, QString::number(first->row), first->file));
    }
    return value;
}

void CatalogueRowChecker::reject(int field, const QString& message)
{
    m_entry.problems.append({m_entry.row, title(field), message});
}

void CatalogueRowChecker::warn(int field, const QString& message)
{
    m_entry.warnings.append({m_entry.row, title(field), message});
}

} // namespace danhgia
