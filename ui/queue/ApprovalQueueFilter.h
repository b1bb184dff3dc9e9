#pragma once

#include "queries/SheetQueue.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace danhgia::ui {

class ApprovalQueueModel;

// Filters and sorts the approval queue: campaign, unit, state, overdue only, and a search that
// ignores case and diacritics ("nguyen van" finds "Nguyễn Văn An"). The test is SheetQueue's,
// so the screen and the core agree on what a filter lets through. Texts sort in Vietnamese order.
class ApprovalQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ApprovalQueueFilter(QObject* parent = nullptr);

    void setQueueModel(ApprovalQueueModel* model);

    void setCampaign(const QString& code);
    void setUnit(const QString& code);
    void setState(std::optional<SheetState> state);
    void setOverdueOnly(bool overdueOnly);
    void setSearch(const QString& text);
    const SheetQueueFilter& filter() const { return m_filter; }

    // The sheet of a row of this model.
    qint64 sheetId(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    ApprovalQueueModel* m_queue = nullptr;
    SheetQueueFilter m_filter;
    QString m_searchKey;
    QCollator m_collator;
};

} // namespace danhgia::ui
