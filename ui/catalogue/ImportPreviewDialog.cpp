#include "ImportPreviewDialog.h"

#include "ViewLook.h"

#include "CatalogueView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

namespace {

// A read-only cell whose tooltip shows its whole text.
QTableWidgetItem* previewItem(const QString& text)
{
    QTableWidgetItem* cell = ViewLook::readOnlyItem(text);
    cell->setToolTip(text);
    return cell;
}

QStringList texts(const QList<ImportPlan::Problem>& problems)
{
    QStringList list;
    for (const auto& problem : problems) {
        list.append(problem.column.isEmpty()
                        ? problem.message
                        : ImportPreviewDialog::tr("%1: %2").arg(problem.column, problem.message));
    }
    return list;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(plan.subject == ImportPlan::Subject::Units ? tr("Import units: preview")
                                                              : tr("Import people: preview"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(plan.summary(), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_fileProblems = new QLabel(this);
    m_fileProblems->setObjectName(QStringLiteral("importFileProblems"));
    m_fileProblems->setWordWrap(true);
    m_fileProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList fileProblems;
    for (const auto& problem : plan.fileProblems) {
        fileProblems.append(problem.toText());
    }
    m_fileProblems->setText(fileProblems.join(QLatin1Char('\n')));
    m_fileProblems->setVisible(!fileProblems.isEmpty());
    layout->addWidget(m_fileProblems);

    auto* verdict = new QLabel(this);
    verdict->setWordWrap(true);
    verdict->setText(plan.isApplicable()
                         ? tr("Nothing has been written yet. Press Import to write these changes.")
                         : tr("This file cannot be imported: correct the rejected rows (or the file) and "
                              "import it again. Nothing will be written."));
    layout->addWidget(verdict);

    // Every column the import writes; an optional one only when the file has it (otherwise the
    // stored value is kept and there is nothing to show).
    const bool units = plan.subject == ImportPlan::Subject::Units;
    const QList<ValueColumn> candidates = units
        ? QList<ValueColumn>{{QStringLiteral("kind"), tr("Kind")}}
        : QList<ValueColumn>{{QStringLiteral("position"), tr("Position")},
                             {QStringLiteral("task_group"), tr("Task group")},
                             {QStringLiteral("is_leader"), tr("Leader")}};
    for (const ValueColumn& candidate : candidates) {
        if (std::any_of(plan.entries.cbegin(), plan.entries.cend(), [&](const ImportPlan::Entry& entry) {
                return entry.values.contains(candidate.key);
            })) {
            m_values.append(candidate);
        }
    }
    QStringList headers{tr("Row"), tr("Action"), tr("Code"), tr("Name"),
                        units ? tr("Parent unit") : tr("Unit")};
    for (const ValueColumn& value : std::as_const(m_values)) {
        headers.append(value.title);
    }
    headers.append(tr("Details"));

    m_table = new QTableWidget(0, static_cast<int>(headers.size()), this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The reasons are read in full: they wrap, and each row is as tall as its text at the width
    // the column has now (not the width it had when the table was filled).
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(detailsColumn(), QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    fillTable();

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("confirmImportButton"));
    m_import->setEnabled(plan.isApplicable());
    m_import->setToolTip(plan.isApplicable() ? tr("Write the rows listed here")
                                             : tr("Rejected rows must be corrected first"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    (plan.isApplicable() ? m_import : m_cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 520);
}

QString ImportPreviewDialog::details(const ImportPlan::Entry& entry)
{
    QStringList lines = texts(entry.problems);
    if (entry.action == ImportPlan::Action::Update && !entry.changedColumns.isEmpty()) {
        lines.append(tr("changes: %1").arg(entry.changedColumns.join(tr(", "))));
    }
    for (const QString& warning : texts(entry.warnings)) {
        lines.append(tr("warning: %1").arg(warning));
    }
    return lines.join(QLatin1Char('\n'));
}

void ImportPreviewDialog::fillTable()
{
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_plan.entries.size()));
    for (int row = 0; row < m_plan.entries.size(); ++row) {
        const auto& entry = m_plan.entries.at(row);
        auto* number = previewItem(locale.toString(entry.row));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RowColumn, number);
        auto* action = previewItem(ImportPlan::actionName(entry.action));
        if (entry.action == ImportPlan::Action::Reject) {
            action->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        } else if (!entry.warnings.isEmpty()) {
            action->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        action->setData(Qt::UserRole, static_cast<int>(entry.action));
        m_table->setItem(row, ActionColumn, action);
        m_table->setItem(row, CodeColumn, previewItem(entry.code));
        m_table->setItem(row, NameColumn, previewItem(entry.name));
        m_table->setItem(row, ReferenceColumn, previewItem(entry.reference));
        for (int i = 0; i < m_values.size(); ++i) {
            const QString& key = m_values.at(i).key;
            m_table->setItem(row, FirstValueColumn + i,
                             previewItem(entry.values.contains(key) ? valueText(key, entry.values.value(key))
                                                                    : QString()));
        }
        m_table->setItem(row, detailsColumn(), previewItem(details(entry)));
    }
}

int ImportPreviewDialog::detailsColumn() const
{
    return FirstValueColumn + static_cast<int>(m_values.size());
}

QString ImportPreviewDialog::valueText(const QString& key, const QVariant& value)
{
    if (key == QLatin1String("kind")) {
        // An unknown kind is written as nothing: the row is rejected and its details say why.
        return value.toString().isEmpty() ? QString() : CatalogueView::kindTitle(value.toString());
    }
    if (key == QLatin1String("is_leader")) {
        return value.toInt() == 1 ? tr("Yes") : QString();
    }
    return value.toString();
}

} // namespace danhgia::ui
