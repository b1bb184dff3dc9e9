#include "SheetHistoryPanel.h"

#include "ApprovalQueueModel.h"
#include "SheetHistoryModel.h"
#include "ViewLook.h"
#include "queries/SheetHistory.h"
#include "queries/SheetQueue.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? ViewLook::noValue() : text;
}

} // namespace

SheetHistoryPanel::SheetHistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new SheetHistoryModel(this))
{
    setObjectName(QStringLiteral("sheetHistoryPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_facts = new QFormLayout;
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_campaign = addFact(tr("Campaign:"));
    m_unit = addFact(tr("Unit:"));
    m_taskGroup = addFact(tr("Task group:"));
    m_period = addFact(tr("Period:"));
    m_state = addFact(tr("State:"));
    m_deadline = addFact(tr("Deadline:"));
    m_lastChange = addFact(tr("Last change:"));
    layout->addLayout(m_facts);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sheetProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* heading = new QLabel(tr("History and audit trail"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addSpacing(6);
    layout->addWidget(heading);

    m_history = new QTableView(this);
    m_history->setObjectName(QStringLiteral("sheetHistory"));
    m_history->setAccessibleName(tr("History of the sheet"));
    m_history->setToolTip(tr("Every change to the sheet, its evidence and its comments, newest first"));
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    m_history->verticalHeader()->hide();
    // Every entry two lines high (when and who; what and why), long lines elided: the tooltip
    // of a row has the whole entry.
    ViewLook::useCompactRows(m_history, 2);
    QHeaderView* columns = m_history->horizontalHeader();
    columns->setSectionResizeMode(SheetHistoryModel::WhenColumn, QHeaderView::Interactive);
    // The time whole, the person's name after it as far as it goes.
    const int timeWidth = m_history->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00"));
    columns->resizeSection(SheetHistoryModel::WhenColumn, timeWidth * 5 / 4);
    columns->setStretchLastSection(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    heading->setBuddy(m_history);
    layout->addWidget(m_history, 1);

    m_open = new QPushButton(tr("&Open sheet"), this);
    m_open->setObjectName(QStringLiteral("openSheetButton"));
    m_open->setAccessibleName(tr("Open sheet"));
    m_open->setToolTip(tr("Open the score sheet with its values and evidence (Enter in the list)"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_sheetId > 0) {
            Q_EMIT openSheetRequested(m_sheetId);
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    clear();
}

QLabel* SheetHistoryPanel::addFact(const QString& name)
{
    auto* value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->addRow(name, value);
    return value;
}

void SheetHistoryPanel::showSheet(QSqlDatabase& db, qint64 sheetId)
{
    clear();
    QString error;
    const auto item = SheetQueue::find(db, sheetId, QDate::currentDate(), &error);
    const auto history
        = item ? SheetHistory::load(db, sheetId, &error, QLocale(QLocale::Vietnamese)) : std::nullopt;
    if (!history) {
        m_problem->setText(tr("The sheet cannot be shown: %1").arg(error));
        m_problem->show();
        return;
    }
    m_sheetId = sheetId;
    m_title->setText(item->subjectName.isEmpty()
                         ? item->subjectCode
                         : QStringLiteral("%1 — %2").arg(item->subjectCode, item->subjectName));
    m_campaign->setText(QStringLiteral("%1 — %2").arg(item->campaignCode, item->campaignTitle));
    m_unit->setText(orDash(item->unitName));
    m_taskGroup->setText(orDash(item->taskGroup));
    m_period->setText(orDash(item->period));
    m_state->setText(SheetStates::title(item->state));
    const QString deadline = orDash(ApprovalQueueModel::dateText(item->deadline));
    m_deadline->setText(item->overdue ? tr("%1 (overdue)").arg(deadline) : deadline);
    m_deadline->setStyleSheet(item->overdue ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                            : QString());
    // Every stage's deadline, and which is late, on hovering.
    m_deadline->setToolTip(ApprovalQueueModel::deadlinesText(*item));
    m_lastChange->setText(orDash(ApprovalQueueModel::dateTimeText(item->lastChange)));
    m_model->setEntries(*history);
    m_open->setEnabled(true);
}

void SheetHistoryPanel::clear()
{
    m_sheetId = 0;
    m_title->setText(tr("No sheet chosen"));
    for (QLabel* label : {m_campaign, m_unit, m_taskGroup, m_period, m_state, m_deadline, m_lastChange}) {
        label->setText(ViewLook::noValue());
        label->setStyleSheet(QString());
    }
    m_problem->clear();
    m_problem->hide();
    m_model->setEntries({});
    m_open->setEnabled(false);
}

} // namespace danhgia::ui
