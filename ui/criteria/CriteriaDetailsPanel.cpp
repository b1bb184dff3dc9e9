#include "CriteriaDetailsPanel.h"

#include "CriteriaTreeModel.h"
#include "ViewLook.h"
#include "criteria/CriteriaDraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace danhgia::ui {

namespace {

// "3,5" or "3.5", as an exact decimal.
std::optional<Decimal> typedDecimal(const QString& text)
{
    return Decimal::fromString(text.trimmed().replace(QLatin1Char(','), QLatin1Char('.')));
}

} // namespace

CriteriaDetailsPanel::CriteriaDetailsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("criterionDetails"));
    auto* form = new QFormLayout(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("criterionCode"));
    form->addRow(tr("C&ode:"), m_code);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("criterionTitle"));
    form->addRow(tr("&Title:"), m_title);
    m_max = new QLineEdit(this);
    m_max->setObjectName(QStringLiteral("criterionMax"));
    form->addRow(tr("&Maximum:"), m_max);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("criterionMethod"));
    for (const MethodType type :
         {MethodType::Points, MethodType::YesNo, MethodType::Levels, MethodType::Ratio, MethodType::Linear,
          MethodType::Deduct, MethodType::Relative, MethodType::Tasks}) {
        m_method->addItem(CriteriaTreeModel::methodTitle(type), static_cast<int>(type));
    }
    form->addRow(tr("Scoring &method:"), m_method);
    m_pairs = new QLineEdit(this);
    m_pairs->setObjectName(QStringLiteral("criterionLevels"));
    m_pairs->setToolTip(tr("Levels as \"Good=5; Fair=3,5; Poor=0\"; ratio bands as \"1=2; 0,8=1,5\""));
    form->addRow(tr("Le&vels or bands:"), m_pairs);
    m_evidence = new QComboBox(this);
    m_evidence->setObjectName(QStringLiteral("criterionEvidence"));
    for (const EvidenceRule rule : {EvidenceRule::None, EvidenceRule::Optional, EvidenceRule::Required}) {
        m_evidence->addItem(rule == EvidenceRule::None ? tr("Not required")
                                                       : CriteriaTreeModel::evidenceTitle(rule),
                            static_cast<int>(rule));
    }
    form->addRow(tr("&Evidence:"), m_evidence);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("criterionAmount"));
    m_amountLabel = new QLabel(tr("Step of &points:"), this);
    m_amountLabel->setBuddy(m_amount);
    form->addRow(m_amountLabel, m_amount);
    m_limit = new QLineEdit(this);
    m_limit->setObjectName(QStringLiteral("criterionLimit"));
    form->addRow(tr("Deduct at &most:"), m_limit);
    m_whenNone = new QComboBox(this);
    m_whenNone->setObjectName(QStringLiteral("criterionWhenNone"));
    m_whenNone->addItem(tr("the maximum"), static_cast<int>(WhenNone::Full));
    m_whenNone->addItem(tr("no points"), static_cast<int>(WhenNone::Zero));
    m_whenNone->addItem(tr("not counted (not applicable)"), static_cast<int>(WhenNone::Exclude));
    form->addRow(tr("When &nothing arose:"), m_whenNone);
    m_naAllowed = new QCheckBox(tr("May be marked &not applicable"), this);
    m_naAllowed->setObjectName(QStringLiteral("criterionNotApplicable"));
    form->addRow(QString(), m_naAllowed);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("criterionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    form->addRow(m_problem);

    connect(m_code, &QLineEdit::editingFinished, this, &CriteriaDetailsPanel::commit);
    connect(m_title, &QLineEdit::editingFinished, this, &CriteriaDetailsPanel::commit);
    connect(m_max, &QLineEdit::editingFinished, this, &CriteriaDetailsPanel::commit);
    connect(m_pairs, &QLineEdit::editingFinished, this, &CriteriaDetailsPanel::commit);
    connect(m_method, &QComboBox::activated, this, &CriteriaDetailsPanel::commit);
    connect(m_evidence, &QComboBox::activated, this, &CriteriaDetailsPanel::commit);
    connect(m_amount, &QLineEdit::editingFinished, this, &CriteriaDetailsPanel::commit);
    connect(m_limit, &QLineEdit::editingFinished, this, &CriteriaDetailsPanel::commit);
    connect(m_whenNone, &QComboBox::activated, this, &CriteriaDetailsPanel::commit);
    connect(m_naAllowed, &QCheckBox::clicked, this, &CriteriaDetailsPanel::commit);
    showCriterion(nullptr);
}

void CriteriaDetailsPanel::showCriterion(const Criterion* node, int index)
{
    m_hasNode = node != nullptr;
    m_index = node ? index : -1;
    m_shown = node ? *node : Criterion();
    m_problem->hide();
    const QSignalBlocker blockCode(m_code);
    const QSignalBlocker blockTitle(m_title);
    const QSignalBlocker blockMax(m_max);
    const QSignalBlocker blockPairs(m_pairs);
    m_pairs->setText(CriteriaDraft::pairsText(m_shown.method));
    const bool hasPairs
        = m_shown.method.type == MethodType::Levels || m_shown.method.type == MethodType::Ratio;
    m_pairs->setEnabled(m_hasNode && !m_shown.isGroup && hasPairs);
    m_code->setText(m_shown.code);
    m_title->setText(m_shown.title);
    m_max->setText(node ? m_shown.max.toLocaleString(QLocale()) : QString());
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(m_shown.method.type)));
    m_evidence->setCurrentIndex(m_evidence->findData(static_cast<int>(m_shown.evidence)));
    for (QWidget* field :
         {static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_max)}) {
        field->setEnabled(m_hasNode);
    }
    // A group's maximum is its own; its points come from the criteria under it.
    m_method->setEnabled(m_hasNode && !m_shown.isGroup);
    m_evidence->setEnabled(m_hasNode && !m_shown.isGroup);
    showMethodParameters();
}

void CriteriaDetailsPanel::showMethodParameters()
{
    const QSignalBlocker blockAmount(m_amount);
    const QSignalBlocker blockLimit(m_limit);
    const LeafMethod& method = m_shown.method;
    const bool leaf = m_hasNode && !m_shown.isGroup;
    const QLocale locale = ViewLook::vietnamese();
    // One amount field, named after what it is for the method.
    switch (method.type) {
        case MethodType::Points:
            m_amountLabel->setText(tr("Step of &points:"));
            m_amount->setText(method.step.toLocaleString(locale));
            break;
        case MethodType::Deduct:
            m_amountLabel->setText(tr("Deduct &per item:"));
            m_amount->setText(method.perItem.toLocaleString(locale));
            break;
        case MethodType::Tasks:
            m_amountLabel->setText(tr("Deduct per &failure or delay:"));
            m_amount->setText(method.deduction.toLocaleString(locale));
            break;
        default:
            m_amountLabel->setText(tr("Step of &points:"));
            m_amount->clear();
            break;
    }
    const bool amount = leaf
        && (method.type == MethodType::Points || method.type == MethodType::Deduct
            || method.type == MethodType::Tasks);
    m_amount->setEnabled(amount);
    if (!amount) {
        m_amount->clear(); // a group, or a method without an amount, shows none
    }
    m_limit->setEnabled(leaf && method.type == MethodType::Deduct);
    m_limit->setText(method.type == MethodType::Deduct ? method.limit.toLocaleString(locale) : QString());
    const bool whenNone = leaf && (method.type == MethodType::Ratio || method.type == MethodType::Linear);
    m_whenNone->setEnabled(whenNone);
    m_whenNone->setCurrentIndex(whenNone ? m_whenNone->findData(static_cast<int>(method.whenNone)) : -1);
    m_naAllowed->setEnabled(leaf);
    m_naAllowed->setChecked(leaf && m_shown.naAllowed);
}

bool CriteriaDetailsPanel::readMethodParameters(Criterion* fields, QString* what)
{
    LeafMethod& method = fields->method;
    const QLocale locale = ViewLook::vietnamese();
    if (m_naAllowed->isEnabled() && m_naAllowed->isChecked() != m_shown.naAllowed) {
        fields->naAllowed = m_naAllowed->isChecked();
        *what = tr("not applicable of %1").arg(m_shown.code);
        return true;
    }
    if (m_whenNone->isEnabled() && m_whenNone->currentIndex() >= 0) {
        const auto whenNone = static_cast<WhenNone>(m_whenNone->currentData().toInt());
        if (whenNone != method.whenNone) {
            method.whenNone = whenNone;
            *what = tr("what %1 gives when nothing arose").arg(m_shown.code);
            return true;
        }
    }
    const auto readAmount = [&](QLineEdit* edit, Decimal* target, const QString& name) {
        if (!edit->isEnabled() || edit->text().trimmed() == target->toLocaleString(locale)) {
            return true;
        }
        const auto typed = typedDecimal(edit->text());
        if (!typed) {
            showProblem(tr("%1 of %2: \"%3\" is not a number; write it like 0,5")
                            .arg(name, m_shown.code, edit->text()));
            return false;
        }
        if (*typed != *target) {
            *target = *typed;
            *what = tr("%1 of %2").arg(name, m_shown.code);
        }
        return true;
    };
    switch (method.type) {
        case MethodType::Points:
            return readAmount(m_amount, &method.step, tr("step of points"));
        case MethodType::Deduct:
            return readAmount(m_amount, &method.perItem, tr("deduction per item"))
                && (!what->isEmpty() || readAmount(m_limit, &method.limit, tr("largest deduction")));
        case MethodType::Tasks:
            return readAmount(m_amount, &method.deduction, tr("deduction per failure or delay"));
        default:
            return true;
    }
}

void CriteriaDetailsPanel::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CriteriaDetailsPanel::commit()
{
    if (!m_hasNode) {
        return;
    }
    const auto max = typedDecimal(m_max->text());
    if (!max) {
        showProblem(tr("Maximum of %1: \"%2\" is not a number; write it like 5 or 3,5")
                        .arg(m_shown.code, m_max->text()));
        return;
    }
    Criterion fields = m_shown;
    fields.code = m_code->text().trimmed();
    fields.title = m_title->text().trimmed();
    fields.max = *max;
    QString what;
    if (fields.code != m_shown.code) {
        what = tr("code of %1").arg(m_shown.code);
    } else if (fields.title != m_shown.title) {
        what = tr("title of %1").arg(m_shown.code);
    } else if (fields.max != m_shown.max) {
        what = tr("maximum of %1").arg(m_shown.code);
    }
    if (!m_shown.isGroup && what.isEmpty()) {
        const auto type = static_cast<MethodType>(m_method->currentData().toInt());
        const auto evidence = static_cast<EvidenceRule>(m_evidence->currentData().toInt());
        if (type != m_shown.method.type) {
            what = tr("method of %1").arg(m_shown.code);
            fields.method = CriteriaDraft::defaultMethod(type, fields.max);
        } else if (evidence != m_shown.evidence) {
            what = tr("evidence of %1").arg(m_shown.code);
            fields.evidence = evidence;
        } else if (m_pairs->isEnabled()
                   && m_pairs->text().trimmed() != CriteriaDraft::pairsText(m_shown.method)) {
            QString error;
            const auto method = CriteriaDraft::withPairs(m_shown.method, m_pairs->text(), &error);
            if (!method) {
                showProblem(tr("Levels of %1: %2").arg(m_shown.code, error));
                return;
            }
            what = tr("levels of %1").arg(m_shown.code);
            fields.method = *method;
        } else if (!readMethodParameters(&fields, &what)) {
            return;
        }
    }
    showProblem(QString());
    if (what.isEmpty()) {
        return;
    }
    m_shown = fields;
    Q_EMIT edited(m_index, fields, what);
}

} // namespace danhgia::ui
