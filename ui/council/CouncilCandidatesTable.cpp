#include "CouncilCandidatesTable.h"

#include "CouncilGridModel.h"
#include "LeafValueText.h"

#include <QComboBox>
#include <QHeaderView>

namespace danhgia::ui {

CouncilCandidatesTable::CouncilCandidatesTable(QWidget* parent)
    : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("councilCandidatesTable"));
    setHorizontalHeaderLabels({tr("Exam number"), tr("Full name"), tr("Priority points"),
                               tr("Written test score"), tr("Practical test score")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
}

QString CouncilCandidatesTable::freeCode(const QSet<QString>& taken, const QString& prefix)
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (!taken.contains(id)) {
            return id;
        }
    }
}

QString CouncilCandidatesTable::decimalText(const Decimal& value)
{
    return value.toLocaleString(CouncilGridModel::locale());
}

QString CouncilCandidatesTable::cellText(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->text().trimmed() : QString();
}

void CouncilCandidatesTable::setPartShown(RecruitmentPart::Kind kind, bool shown)
{
    setColumnHidden(kind == RecruitmentPart::Kind::Practical ? PracticalColumn : WrittenColumn, !shown);
}

bool CouncilCandidatesTable::isPartShown(RecruitmentPart::Kind kind) const
{
    return !isColumnHidden(kind == RecruitmentPart::Kind::Practical ? PracticalColumn : WrittenColumn);
}

void CouncilCandidatesTable::addCandidate(const QString& code, const QString& name, const QString& priority,
                                          const QString& written, const QString& practical)
{
    const int row = rowCount();
    insertRow(row);
    QSet<QString> taken;
    for (int r = 0; r < row; ++r) {
        taken.insert(cellText(r, CodeColumn));
    }
    setItem(row, CodeColumn,
            new QTableWidgetItem(code.isEmpty() ? freeCode(taken, QStringLiteral("TS")) : code));
    setItem(row, NameColumn, new QTableWidgetItem(name));
    auto* points = new QComboBox(this);
    points->addItem(tr("None"), QString());
    for (const Decimal allowed : RecruitmentParts::allowedPriorityPoints()) {
        points->addItem(decimalText(allowed), allowed.toString());
    }
    const auto typed = Decimal::fromString(priority);
    points->setCurrentIndex(std::max(0, typed ? points->findData(typed->toString()) : 0));
    setCellWidget(row, PriorityColumn, points);
    setItem(row, WrittenColumn, new QTableWidgetItem(written));
    setItem(row, PracticalColumn, new QTableWidgetItem(practical));
}

bool CouncilCandidatesTable::collect(const QList<CouncilCandidate>& before, CouncilSession* session,
                                     CouncilExamination* examination, QStringList* problems) const
{
    const int problemsBefore = static_cast<int>(problems->size());
    QSet<QString> codes;
    for (int row = 0; row < rowCount(); ++row) {
        const QString code = cellText(row, CodeColumn);
        const QString name = cellText(row, NameColumn);
        if (code.isEmpty() || name.isEmpty()) {
            problems->append(
                tr("Candidates, row %1: the exam number and the full name are both needed").arg(row + 1));
            continue;
        }
        if (codes.contains(code)) {
            problems->append(
                tr("Candidates, row %1: the exam number %2 is given twice").arg(row + 1).arg(code));
            continue;
        }
        codes.insert(code);
        CouncilCandidate candidate;
        candidate.id = code;
        // A candidate kept keeps the scores the members gave.
        for (const CouncilCandidate& earlier : before) {
            if (earlier.id == code) {
                candidate = earlier;
            }
        }
        candidate.name = name;
        session->candidates.append(candidate);
        ExaminationEntry entry;
        entry.candidateId = code;
        const auto* points = qobject_cast<QComboBox*>(cellWidget(row, PriorityColumn));
        entry.priority = Decimal::fromString(points->currentData().toString()).value_or(Decimal());
        for (const auto& [kind, column] :
             {std::pair{RecruitmentPart::Kind::Written, int(WrittenColumn)},
              std::pair{RecruitmentPart::Kind::Practical, int(PracticalColumn)}}) {
            const QString text = cellText(row, column);
            if (!isPartShown(kind) || text.isEmpty()) {
                continue;
            }
            const auto score = LeafValueText::parse(text);
            if (!score) {
                problems->append(tr("Candidates, row %1 (%2): the %3 score “%4” is not a number")
                                     .arg(row + 1)
                                     .arg(code, RecruitmentParts::title(kind), text));
                continue;
            }
            entry.scores.insert(kind, *score);
        }
        if (!entry.priority.isZero() || !entry.scores.isEmpty()) {
            examination->entries.append(entry);
        }
    }
    return problems->size() == problemsBefore;
}

} // namespace danhgia::ui
