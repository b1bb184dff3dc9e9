#pragma once

#include "services/CataloguePlanning.h"
#include "services/ImportPlan.h"
#include "text/Table.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace danhgia {

// The checks of one data row of a list of units or people, for CatalogueImport. Each problem
// goes to the entry with the row number and the title of its column as the file has them. A
// cell with U+FFFD (bytes that no encoding explained) is rejected once and then left out of
// the other checks.
class CatalogueRowChecker
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)

public:
    CatalogueRowChecker(const Table& table, const CataloguePlanning::Layout& layout, int rowIndex,
                        ImportPlan::Entry& entry);

    bool has(int field) const { return m_layout.index.at(field) >= 0; }
    QString title(int field) const { return m_table.header.value(m_layout.index.at(field)); }
    // The cell; nothing when the file has no such column or the cell cannot be read.
    std::optional<QString> text(int field) const;
    // The cell, with a problem when the column is there and the cell is empty.
    QString required(int field);
    // A required code without spaces that no earlier row has; the first row of each code is
    // added to taken.
    QString code(int field, QHash<QString, CataloguePlanning::Seen>& taken);

    void reject(int field, const QString& message);
    void warn(int field, const QString& message);

private:
    const Table& m_table;
    const CataloguePlanning::Layout& m_layout;
    const int m_rowIndex;
    ImportPlan::Entry& m_entry;
    QSet<int> m_unreadable;
};

} // namespace danhgia
