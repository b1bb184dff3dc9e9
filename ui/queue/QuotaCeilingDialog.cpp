#include "QuotaCeilingDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

QuotaCeilingDialog::QuotaCeilingDialog(const QList<UnitClassification::Choice>& units,
                                       const QString& unitCode, const QString& setPercent, Recorder recorder,
                                       QWidget* parent)
    : QDialog(parent)
    , m_recorder(std::move(recorder))
{
    setObjectName(QStringLiteral("quotaCeilingDialog"));
    setWindowTitle(tr("Raised ceiling of the quota"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The competent level may allow an outstanding agency more than %1% of "
                                "its people graded at the quota grade. Record its decision here.")
                                 .arg(setPercent),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("ceilingUnit"));
    m_unit->setAccessibleName(tr("Agency"));
    for (const UnitClassification::Choice& unit : units) {
        m_unit->addItem(QStringLiteral("%1 (%2)").arg(unit.title, unit.code), unit.code);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitCode)));
    form->addRow(tr("&Agency:"), m_unit);
    m_percent = new QLineEdit(this);
    m_percent->setObjectName(QStringLiteral("ceilingPercent"));
    m_percent->setAccessibleName(tr("Ceiling in percent"));
    m_percent->setPlaceholderText(tr("e.g. 30"));
    form->addRow(tr("&Ceiling (%):"), m_percent);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("ceilingDecisionNumber"));
    m_number->setAccessibleName(tr("Decision number"));
    m_number->setPlaceholderText(tr("e.g. 125/QĐ-UBND"));
    form->addRow(tr("Decision &number:"), m_number);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("ceilingDecisionDate"));
    m_date->setAccessibleName(tr("Decision date"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("Decision &date:"), m_date);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("ceilingReason"));
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ceilingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuotaCeilingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void QuotaCeilingDialog::accept()
{
    QString error;
    const auto percent = QuotaCeiling::parsePercent(m_percent->text(), &error);
    if (!percent) {
        showProblem(error);
        m_percent->setFocus();
        return;
    }
    QuotaCeiling ceiling;
    ceiling.unit = m_unit->currentData().toString();
    ceiling.percent = *percent;
    ceiling.decisionNumber = m_number->text().trimmed();
    ceiling.decisionDate = m_date->date();
    ceiling.reason = m_reason->text().trimmed();
    const QStringList problems = ceiling.problems();
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        return;
    }
    const QString refused = m_recorder ? m_recorder(ceiling) : QString();
    if (!refused.isEmpty()) {
        showProblem(refused);
        return;
    }
    QDialog::accept();
}

void QuotaCeilingDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace danhgia::ui
