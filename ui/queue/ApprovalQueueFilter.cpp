#include "ApprovalQueueFilter.h"

#include "ApprovalQueueModel.h"
#include "text/VietnameseText.h"

#include <QDateTime>

namespace danhgia::ui {

ApprovalQueueFilter::ApprovalQueueFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Vietnamese))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ApprovalQueueModel::SortRole);
}

void ApprovalQueueFilter::setQueueModel(ApprovalQueueModel* model)
{
    m_queue = model;
    setSourceModel(model);
}

void ApprovalQueueFilter::setCampaign(const QString& code)
{
    if (m_filter.campaignCode != code) {
        m_filter.campaignCode = code;
        refilter();
    }
}

void ApprovalQueueFilter::setUnit(const QString& code)
{
    if (m_filter.unitCode != code) {
        m_filter.unitCode = code;
        refilter();
    }
}

void ApprovalQueueFilter::setState(std::optional<SheetState> state)
{
    if (m_filter.state != state) {
        m_filter.state = state;
        refilter();
    }
}

void ApprovalQueueFilter::setOverdueOnly(bool overdueOnly)
{
    if (m_filter.overdueOnly != overdueOnly) {
        m_filter.overdueOnly = overdueOnly;
        refilter();
    }
}

void ApprovalQueueFilter::setSearch(const QString& text)
{
    const QString key = VietnameseText::searchKey(text);
    m_filter.search = text;
    if (m_searchKey != key) {
        m_searchKey = key;
        refilter();
    }
}

qint64 ApprovalQueueFilter::sheetId(int row) const
{
    return index(row, 0).data(ApprovalQueueModel::SheetIdRole).toLongLong();
}

bool ApprovalQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_queue || sourceParent.isValid() || sourceRow >= m_queue->rowCount()) {
        return false;
    }
    return SheetQueue::accepts(m_queue->item(sourceRow), m_filter, m_searchKey);
}

bool ApprovalQueueFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        return m_collator.compare(a.toString(), b.toString()) < 0;
    }
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        // Campaigns without a deadline last.
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        return x.isValid() != y.isValid() ? x.isValid() : x < y;
    }
    if (a.typeId() == QMetaType::QDateTime && b.typeId() == QMetaType::QDateTime) {
        return a.toDateTime() < b.toDateTime();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void ApprovalQueueFilter::refilter()
{
    invalidateRowsFilter();
}

} // namespace danhgia::ui
