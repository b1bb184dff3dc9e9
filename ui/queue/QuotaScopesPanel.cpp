#include "QuotaScopesPanel.h"

#include "AppSession.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "QuotaCeilingDialog.h"
#include "QuotaScopeModel.h"
#include "ViewLook.h"
#include "scoring/ScoringEngine.h"
#include "stores/QuotaCeilingStore.h"
#include "workflow/RecordPermissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace danhgia::ui {

QuotaScopesPanel::QuotaScopesPanel(AppSession& session, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
{
    setObjectName(QStringLiteral("quotaScopesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_raise = new QPushButton(tr("&Raise ceiling…"), this);
    m_raise->setObjectName(QStringLiteral("raiseCeilingButton"));
    m_raise->setAccessibleName(tr("Raise ceiling"));
    m_withdraw = new QPushButton(tr("&Withdraw ceiling…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawCeilingButton"));
    m_withdraw->setAccessibleName(tr("Withdraw ceiling"));
    bar->addWidget(m_heading, 1);
    bar->addWidget(m_raise);
    bar->addWidget(m_withdraw);
    layout->addLayout(bar);

    m_model = new QuotaScopeModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("quotaScopesTable"));
    m_table->setAccessibleName(tr("Quota by agency and task group"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    ViewLook::useCompactRows(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuotaScopeModel::UnitColumn, QHeaderView::Stretch);
    layout->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuotaScopesPanel::updateButtons);
    connect(m_raise, &QPushButton::clicked, this, &QuotaScopesPanel::raiseCeiling);
    connect(m_withdraw, &QPushButton::clicked, this, &QuotaScopesPanel::withdrawCeiling);
    hide();
}

void QuotaScopesPanel::setResult(const QString& campaignCode, const UnitClassification::Result* result)
{
    const QString selected = selectedUnit();
    m_campaign = campaignCode;
    const bool shown = result && result->set.quota && !result->scopes.isEmpty();
    setVisible(shown);
    if (!shown) {
        m_model->setScopes(CriteriaSet(), {});
        m_units.clear();
        updateButtons();
        return;
    }
    const QuotaRule& quota = *result->set.quota;
    m_units = result->units;
    m_perUnit = quota.per.contains(QStringLiteral("unit"));
    m_setPercent = quota.ratio.times(Decimal::fromInt(100), 2).toLocaleString(QLocale(QLocale::Vietnamese));
    QStringList fields;
    for (const QString& field : quota.per) {
        fields.append(ScoringEngine::fieldTitle(field));
    }
    m_heading->setText(tr("Quota of %1: at most %2% of those graded %3, counted within each %4")
                           .arg(quota.grade, m_setPercent, quota.of.join(QLatin1String(", ")),
                                fields.join(tr(" and within each "))));
    m_model->setScopes(result->set, result->scopes);
    const int row = m_model->rowOfUnit(selected);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + m_table->verticalHeader()->length() + 2 * m_table->frameWidth() + 2);
    updateButtons();
}

QuotaCeilingDialog* QuotaScopesPanel::dialog() const
{
    return m_dialog.data();
}

QString QuotaScopesPanel::selectedUnit() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(QuotaScopeModel::UnitCodeRole).toString();
}

void QuotaScopesPanel::updateButtons()
{
    const QString refused = RecordPermissions::refusal(RecordKind::QuotaCeiling, m_session.role());
    const bool allowed = refused.isEmpty() && m_perUnit && !m_units.isEmpty();
    QString why = refused;
    if (why.isEmpty() && !m_perUnit) {
        why = tr("The criteria set does not count the quota per agency, so a unit's ceiling does not apply.");
    }
    m_raise->setEnabled(allowed);
    m_raise->setToolTip(
        allowed ? tr("Record a higher share allowed to the selected agency by the competent level") : why);
    const QString unit = selectedUnit();
    const int row = m_model->rowOfUnit(unit);
    const bool raised = row >= 0 && m_model->scope(row).scope.ceiling.has_value();
    m_withdraw->setEnabled(allowed && raised);
    m_withdraw->setToolTip(allowed ? tr("Withdraw the raised ceiling of the selected agency") : why);
}

void QuotaScopesPanel::raiseCeiling()
{
    if (!m_raise->isEnabled()) {
        return;
    }
    if (m_dialog) {
        m_dialog->deleteLater();
    }
    m_dialog = new QuotaCeilingDialog(
        m_units, selectedUnit(), m_setPercent,
        [this](const QuotaCeiling& ceiling) { return record(ceiling); }, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

QString QuotaScopesPanel::record(const QuotaCeiling& ceiling)
{
    QString error;
    if (!QuotaCeilingStore::record(m_session.database(), m_campaign, ceiling, m_session.role(),
                                   m_session.actor(), &error)) {
        return error;
    }
    m_messages->showMessage(
        tr("The raised ceiling of %1 (%2%) is recorded; the quota is counted again.")
            .arg(ceiling.unit, ceiling.percent.toLocaleString(QLocale(QLocale::Vietnamese))),
        MessageBar::Level::Positive);
    m_session.notifyDataChanged();
    return {};
}

void QuotaScopesPanel::withdrawCeiling()
{
    const QString unit = selectedUnit();
    if (!m_withdraw->isEnabled() || unit.isEmpty()) {
        return;
    }
    const auto reason = DialogService::askText(this, tr("Withdraw the raised ceiling"),
                                               tr("Why is the raised ceiling of %1 withdrawn?").arg(unit));
    if (!reason) {
        return;
    }
    QString error;
    if (!QuotaCeilingStore::withdraw(m_session.database(), m_campaign, unit, *reason, m_session.role(),
                                     m_session.actor(), &error)) {
        m_messages->showError(tr("The raised ceiling of %1 was not withdrawn: %2").arg(unit, error));
        return;
    }
    m_messages->showMessage(
        tr("The raised ceiling of %1 is withdrawn; the criteria set's quota applies.").arg(unit),
        MessageBar::Level::Positive);
    m_session.notifyDataChanged();
}

} // namespace danhgia::ui
