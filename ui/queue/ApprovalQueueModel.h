#pragma once

#include "queries/SheetQueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace danhgia::ui {

// The score sheets of the approval queue, one row each (SheetQueue items). Read-only; dates are
// written dd/MM/yyyy, and an overdue deadline is shown in red with a tooltip that says so.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CampaignColumn,
        SubjectCodeColumn,
        SubjectNameColumn,
        PeriodColumn,
        StateColumn,
        DeadlineColumn,
        UnitColumn,
        TaskGroupColumn,
        LastChangeColumn,
        ColumnCount,
    };

    enum Role
    {
        SheetIdRole = Qt::UserRole, // qint64
        SortRole, // what the column sorts by: text, QDate or QDateTime
        OverdueRole, // bool
        OverdueStagesRole, // QStringList: CampaignDeadlines::stageName() of each stage it is late for
        RefusalRole, // QString: the provincial server's reason when it refused the sheet's last change
    };

    explicit ApprovalQueueModel(QObject* parent = nullptr);

    void setItems(QList<SheetQueueItem> items);
    // The sheets whose last change the provincial server refused (id → its reason): their state
    // cell is marked, with the reason in its tooltip.
    void setRefusals(QHash<qint64, QString> refusals);
    const QList<SheetQueueItem>& items() const { return m_items; }
    const SheetQueueItem& item(int row) const { return m_items.at(row); }
    // The row of a sheet, -1 when it is not listed.
    int rowOf(qint64 sheetId) const;
    // Short column titles ("Name", "Period") for a narrow list; the tooltip keeps the whole one.
    void setShortTitles(bool shortTitles);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // dd/MM/yyyy, and with the local time for a moment; empty for an invalid date.
    static QString dateText(const QDate& date);
    static QString dateTimeText(const QDateTime& utc);
    // Each stage's deadline on a line ("Tự đánh giá: 05/02/2026, quá hạn"), empty when none.
    static QString deadlinesText(const SheetQueueItem& item);

private:
    QString displayText(const SheetQueueItem& item, int column) const;
    QVariant sortValue(const SheetQueueItem& item, int column) const;

    QList<SheetQueueItem> m_items;
    QHash<qint64, QString> m_refusals;
    bool m_shortTitles = false;
};

} // namespace danhgia::ui
