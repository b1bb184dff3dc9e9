#include "SurveyApplyDialog.h"

#include "ViewLook.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

using Outcome = SurveyPointsWriter::Outcome;

const QColor WillChange(0xe7, 0xf4, 0xe4);
const QColor LeftAlone(0xfd, 0xf3, 0xd8);

} // namespace

SurveyApplyDialog::SurveyApplyDialog(const SurveyPointsWriter::Report& preview, int decimals, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("surveyApplyDialog"));
    setWindowTitle(tr("Apply the survey points to the sheets"));
    resize(ViewLook::textWidth(this, 120), ViewLook::rowHeight(this) * 24);
    auto* layout = new QVBoxLayout(this);
    const int written = preview.count(Outcome::Written);
    const QLocale vi = ViewLook::vietnamese();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("surveyApplySummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Survey “%1”: %2 value(s) will be written into the appraisal of the sheets, as a change "
           "with the survey as its reason; %3 unchanged; %4 left alone. The sheets' states do not "
           "change.")
            .arg(preview.summary.surveyTitle, vi.toString(written),
                 vi.toString(preview.count(Outcome::Unchanged)),
                 vi.toString(static_cast<int>(preview.sheets.size()) - written
                             - preview.count(Outcome::Unchanged))));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    ViewLook::describe(m_table, QStringLiteral("surveyApplyTable"), tr("Sheets and criteria"),
                       tr("Each sheet and criterion, the survey points and what applying does"));
    m_table->setHorizontalHeaderLabels({tr("Sheet"), tr("Criterion"), tr("Points"), tr("What happens")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    for (const SurveyPointsWriter::SheetResult& sheet : preview.sheets) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, SheetColumn, ViewLook::readOnlyItem(sheetName(sheet)));
        m_table->setItem(row, CriterionColumn, ViewLook::readOnlyItem(sheet.criterionCode));
        m_table->setItem(row, PointsColumn,
                         ViewLook::readOnlyItem(sheet.points ? sheet.points->toLocaleString(vi, decimals)
                                                             : ViewLook::noValue(),
                                                Qt::AlignRight | Qt::AlignVCenter));
        QTableWidgetItem* outcome = ViewLook::readOnlyItem(outcomeText(sheet, decimals, true));
        outcome->setData(Qt::UserRole, static_cast<int>(sheet.outcome));
        outcome->setBackground(sheet.outcome == Outcome::Written ? WillChange : LeftAlone);
        outcome->setToolTip(outcome->text());
        m_table->setItem(row, OutcomeColumn, outcome);
    }
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Ok);
    m_apply->setText(tr("&Apply"));
    m_apply->setObjectName(QStringLiteral("applySurveyPointsButton"));
    if (written == 0) {
        // Applying then changes nothing; it still reports every sheet.
        m_apply->setToolTip(tr("Nothing to write: every sheet already has these points or is left alone"));
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SurveyApplyDialog::sheetName(const SurveyPointsWriter::SheetResult& sheet)
{
    const QString name = sheet.subjectName.isEmpty() ? sheet.subjectCode : sheet.subjectName;
    return sheet.period.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, sheet.period);
}

QString SurveyApplyDialog::outcomeText(const SurveyPointsWriter::SheetResult& sheet, int decimals,
                                       bool preview)
{
    const QString points
        = sheet.points ? sheet.points->toLocaleString(ViewLook::vietnamese(), decimals) : QString();
    QString text;
    switch (sheet.outcome) {
        case Outcome::Written:
            text
                = preview ? tr("%1 points will be written").arg(points) : tr("%1 points written").arg(points);
            break;
        case Outcome::Unchanged:
            text = tr("already has %1 points").arg(points);
            break;
        default:
            text = sheet.detail.isEmpty() ? tr("not written") : sheet.detail;
            break;
    }
    if (sheet.belowSample) {
        text += QLatin1Char(' ') + tr("(below the planned sample)");
    }
    return text;
}

} // namespace danhgia::ui
