#include "RowsImportDialog.h"

#include "ViewLook.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

RowsImportDialog::RowsImportDialog(const QString& title, const QString& fileName, const QStringList& columns,
                                   const QList<Line>& lines, const QString& summary, bool canImport,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rowsImportDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);

    auto* file = new QLabel(tr("File: %1").arg(QFileInfo(fileName).fileName()), this);
    file->setToolTip(fileName);
    layout->addWidget(file);

    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("rowsImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!canImport) {
        m_summary->setStyleSheet(QStringLiteral("color: #a61b1b; font-weight: bold;"));
    }
    layout->addWidget(m_summary);

    auto* verdict
        = new QLabel(canImport ? tr("Nothing has been written yet. Press Import to write these rows.")
                               : tr("Nothing will be written."),
                     this);
    verdict->setWordWrap(true);
    layout->addWidget(verdict);

    QStringList headers{tr("Row")};
    headers.append(columns);
    headers.append(tr("Result"));
    m_table = new QTableWidget(0, static_cast<int>(headers.size()), this);
    m_table->setObjectName(QStringLiteral("rowsImportTable"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    fill(lines);
    // Each column as wide as its text, up to about 28 characters (a long title or explanation
    // wraps instead of pushing the results out of sight); the results take the rest.
    m_table->resizeColumnsToContents();
    const int widest = ViewLook::textWidth(m_table, 28);
    for (int column = 0; column < resultColumn(); ++column) {
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    }
    m_table->horizontalHeader()->setSectionResizeMode(resultColumn(), QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("confirmRowsImportButton"));
    m_import->setEnabled(canImport);
    m_import->setToolTip(canImport ? tr("Write the rows listed here")
                                   : tr("Refused rows must be corrected in the file first"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelRowsImportButton"));
    (canImport ? m_import : m_cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 540);
}

int RowsImportDialog::resultColumn() const
{
    return m_table->columnCount() - 1;
}

void RowsImportDialog::fill(const QList<Line>& lines)
{
    const QBrush refusedBackground(QColor(0xfd, 0xe8, 0xe8));
    m_table->setRowCount(static_cast<int>(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Line& line = lines[row];
        QList<QTableWidgetItem*> items;
        items.append(ViewLook::readOnlyItem(ViewLook::vietnamese().toString(line.row),
                                            Qt::AlignRight | Qt::AlignVCenter));
        for (int column = 0; column < m_table->columnCount() - 2; ++column) {
            items.append(ViewLook::readOnlyItem(line.cells.value(column)));
        }
        QTableWidgetItem* result = ViewLook::readOnlyItem(line.result);
        if (line.refused) {
            QFont bold = result->font();
            bold.setBold(true);
            result->setFont(bold);
            result->setForeground(QColor(0xa6, 0x1b, 0x1b));
        }
        items.append(result);
        for (int column = 0; column < items.size(); ++column) {
            if (line.refused) {
                items[column]->setBackground(refusedBackground);
            }
            items[column]->setToolTip(items[column]->text());
            m_table->setItem(row, column, items[column]);
        }
    }
}

} // namespace danhgia::ui
