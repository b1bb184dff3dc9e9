#include "CampaignDialog.h"

#include "CriteriaSetView.h"
#include "MessageBar.h"
#include "criteria/CriteriaSetVersions.h"
#include "queries/Listings.h"
#include "services/CampaignEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

int indexOf(DeadlineStage stage)
{
    return static_cast<int>(CampaignDeadlines::stages().indexOf(stage));
}

} // namespace

CampaignDialog::CampaignDialog(const QList<CriteriaSetRecord>& sets, QWidget* parent)
    : QDialog(parent)
    , m_sets(sets)
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(tr("New campaign"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("campaignCode"));
    m_code->setPlaceholderText(tr("for example DG-2026"));
    form->addRow(tr("&Code:"), m_code);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("campaignKind"));
    for (const QString& kind : CampaignEditor::kinds()) {
        m_kind->addItem(CriteriaSetView::kindTitle(kind), kind);
    }
    form->addRow(tr("&Kind:"), m_kind);
    m_criteria = new QComboBox(this);
    m_criteria->setObjectName(QStringLiteral("campaignCriteria"));
    form->addRow(tr("C&riteria set:"), m_criteria);
    m_periods = new QLineEdit(this);
    m_periods->setObjectName(QStringLiteral("campaignPeriods"));
    m_periods->setPlaceholderText(tr("periods separated by commas: 2026, or 2026-01, 2026-02"));
    form->addRow(tr("&Periods:"), m_periods);
    // One grid for the three deadlines, so that their dates line up whatever the stages' names.
    auto* deadlines = new QGridLayout;
    deadlines->setColumnStretch(1, 1);
    for (const DeadlineStage stage : CampaignDeadlines::stages()) {
        auto* box = new QCheckBox(tr("%1 by").arg(CampaignDeadlines::stageTitle(stage)), this);
        box->setObjectName(QStringLiteral("deadlineBox_") + CampaignDeadlines::stageName(stage));
        auto* date = new QDateEdit(QDate::currentDate(), this);
        date->setObjectName(QStringLiteral("deadlineDate_") + CampaignDeadlines::stageName(stage));
        date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        date->setCalendarPopup(true);
        date->setEnabled(false);
        connect(box, &QCheckBox::toggled, date, &QDateEdit::setEnabled);
        const int row = static_cast<int>(m_deadlineBoxes.size());
        deadlines->addWidget(box, row, 0);
        deadlines->addWidget(date, row, 1);
        m_deadlineBoxes.append(box);
        m_deadlineEdits.append(date);
    }
    form->addRow(tr("Deadlines:"), deadlines);
    m_specialCalendar = new QCheckBox(tr("The units follow a &special calendar"), this);
    m_specialCalendar->setObjectName(QStringLiteral("specialCalendar"));
    form->addRow(QString(), m_specialCalendar);
    m_rule
        = new QLabel(tr("By the rules, classification is done by 15 December of the year, or by 15 January "
                        "of the next year for units on a special calendar: that is the default, which you "
                        "may change."),
                     this);
    m_rule->setWordWrap(true);
    form->addRow(QString(), m_rule);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CampaignDialog::fillCriteriaSets);
    connect(m_periods, &QLineEdit::textChanged, this, &CampaignDialog::applyClassificationDefault);
    connect(m_specialCalendar, &QCheckBox::toggled, this, &CampaignDialog::applyClassificationDefault);
    QDateEdit* classification = deadlineEdit(DeadlineStage::Classification);
    connect(classification, &QDateEdit::userDateChanged, this, [this] { m_classificationChanged = true; });
    connect(deadlineBox(DeadlineStage::Classification), &QCheckBox::toggled, this,
            [this] { m_classificationChanged = true; });
    fillCriteriaSets();
}

QCheckBox* CampaignDialog::deadlineBox(DeadlineStage stage) const
{
    return m_deadlineBoxes.at(indexOf(stage));
}

QDateEdit* CampaignDialog::deadlineEdit(DeadlineStage stage) const
{
    return m_deadlineEdits.at(indexOf(stage));
}

void CampaignDialog::fillCriteriaSets()
{
    const qint64 chosen = m_criteria->currentData().toLongLong();
    const QString kind = m_kind->currentData().toString();
    m_criteria->clear();
    for (const CriteriaSetRecord& set : m_sets) {
        // Only a published version may be used by a campaign (a draft may still change).
        if (set.kind == kind && set.status == QLatin1String(CriteriaSetVersions::Published)) {
            m_criteria->addItem(tr("%1 (%2, version %3)").arg(set.title, set.setId).arg(set.version),
                                set.rowId);
        }
    }
    const int again = m_criteria->findData(chosen);
    m_criteria->setCurrentIndex(again >= 0 ? again : m_criteria->count() - 1);
    m_criteria->setToolTip(m_criteria->count() == 0 ? tr(
                               "No published criteria set of this kind is stored: import one in the Criteria "
                               "sets screen and publish it, or use danhgia-cli import criteria")
                                                    : QString());
}

void CampaignDialog::applyClassificationDefault()
{
    if (m_classificationChanged) {
        return;
    }
    const int year = CampaignDeadlines::yearOfPeriods(m_periods->text().split(QLatin1Char(',')));
    if (year <= 0) {
        return;
    }
    const QDate date = CampaignDeadlines::defaultClassification(year, m_specialCalendar->isChecked());
    const QSignalBlocker blockDate(deadlineEdit(DeadlineStage::Classification));
    const QSignalBlocker blockBox(deadlineBox(DeadlineStage::Classification));
    deadlineEdit(DeadlineStage::Classification)->setDate(date);
    deadlineBox(DeadlineStage::Classification)->setChecked(true);
    deadlineEdit(DeadlineStage::Classification)->setEnabled(true);
}

void CampaignDialog::setCampaign(const CampaignRecord& campaign)
{
    m_editing = true;
    setWindowTitle(tr("Edit the campaign %1").arg(campaign.code));
    m_code->setText(campaign.code);
    m_code->setReadOnly(true);
    m_title->setText(campaign.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(campaign.kind)));
    m_criteria->setCurrentIndex(m_criteria->findData(campaign.criteriaSetRowId));
    m_classificationChanged = true; // the stored deadline stays as it is
    m_periods->setText(campaign.periods.join(QLatin1String(", ")));
    for (const DeadlineStage stage : CampaignDeadlines::stages()) {
        const QDate date = campaign.deadlines.deadline(stage);
        deadlineBox(stage)->setChecked(date.isValid());
        if (date.isValid()) {
            deadlineEdit(stage)->setDate(date);
        }
    }
}

CampaignRecord CampaignDialog::campaign() const
{
    CampaignRecord record;
    record.code = m_code->text().trimmed();
    record.title = m_title->text().trimmed();
    record.kind = m_kind->currentData().toString();
    record.criteriaSetRowId = m_criteria->currentData().toLongLong();
    for (const QString& period : m_periods->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        record.periods.append(period.trimmed());
    }
    for (const DeadlineStage stage : CampaignDeadlines::stages()) {
        if (deadlineBox(stage)->isChecked()) {
            record.deadlines.setDeadline(stage, deadlineEdit(stage)->date());
        }
    }
    return record;
}

void CampaignDialog::showProblem(const QString& text)
{
    m_messages->showError(text);
}

} // namespace danhgia::ui
