#include "ExaminationResultsTable.h"

#include "CouncilGridModel.h"

#include <QHeaderView>

namespace danhgia::ui {

namespace {

QString number(const Decimal& value)
{
    return value.toLocaleString(CouncilGridModel::locale());
}

} // namespace

ExaminationResultsTable::ExaminationResultsTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("examinationResults"));
    setHorizontalHeaderLabels({tr("Candidate"), tr("Total of the parts"), tr("Priority points"),
                               tr("Total with priority points"), tr("Rank"), tr("Result (Decree 170/2025)")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    hide();
}

void ExaminationResultsTable::showResults(const CouncilSession& council,
                                          const CouncilExamination& examination)
{
    const QList<ExaminationResult> results = examination.evaluate(council);
    setRowCount(0);
    setVisible(!examination.parts.isEmpty());
    for (const ExaminationResult& result : results) {
        const int row = rowCount();
        insertRow(row);
        QString name = result.candidateId;
        for (const CouncilCandidate& candidate : council.candidates) {
            if (candidate.id == result.candidateId) {
                name = QStringLiteral("%1 %2").arg(candidate.id, candidate.name);
            }
        }
        const ExaminationEntry* entry = examination.entry(result.candidateId);
        const Decimal priority = entry ? entry->priority : Decimal();
        QStringList cells{name, QString(), priority.isZero() ? tr("none") : number(priority), QString(),
                          QString()};
        QString verdict;
        if (!result.outcome && result.missing.isEmpty()) {
            // Every part scored but the data does not hold (a damaged or hand-edited record).
            verdict
                = tr("Cannot be decided: %1").arg(examination.problems(council).join(QStringLiteral("; ")));
        } else if (!result.outcome) {
            verdict = tr("Waiting for the score of: %1").arg(result.missing.join(QStringLiteral(", ")));
        } else {
            const RecruitmentOutcome& outcome = *result.outcome;
            cells[TotalColumn] = number(outcome.total);
            if (outcome.rank.total) {
                cells[RankedTotalColumn] = number(*outcome.rank.total);
            }
            if (outcome.rank.rank > 0) {
                cells[RankColumn] = QString::number(outcome.rank.rank);
            }
            verdict = outcome.passed ? tr("Passed")
                                     : tr("Failed: %1").arg(outcome.failures.join(QStringLiteral("; ")));
            if (outcome.tiedForHeadOfAgency()) {
                verdict += QStringLiteral(" ")
                    + tr("(tied after every tie-break: the head of the agency decides)");
            }
        }
        cells.append(verdict);
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != CandidateColumn && column != ResultColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            setItem(row, column, item);
        }
    }
    resizeRowsToContents();
}

QString ExaminationResultsTable::resultOf(const QString& candidateId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, CandidateColumn)->text().startsWith(candidateId + QLatin1Char(' '))) {
            return item(row, ResultColumn)->text();
        }
    }
    return {};
}

} // namespace danhgia::ui
