#pragma once

#include "queries/SheetHistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace danhgia::ui {

// The history of one score sheet (SheetHistory entries, newest first), read-only, in two columns
// that fit a side panel: when and who; what was done, the change and the reason.
class SheetHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn, // the time, and the actor below it
        WhatColumn, // what was done and changed, and the reason below it
        ColumnCount,
    };

    explicit SheetHistoryModel(QObject* parent = nullptr);

    void setEntries(QList<SheetHistoryEntry> entries);
    const QList<SheetHistoryEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The recorded actor with the role's title instead of its name: "An (council_chair)" →
    // "An (Council chair)".
    static QString actorText(const QString& actor);

private:
    QString displayText(const SheetHistoryEntry& entry, int column) const;
    // The whole entry, for a row whose text is elided.
    QString toolTip(const SheetHistoryEntry& entry) const;

    QList<SheetHistoryEntry> m_entries;
};

} // namespace danhgia::ui
