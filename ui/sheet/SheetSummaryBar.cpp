#include "SheetSummaryBar.h"

#include "LeafValueText.h"
#include "ScoreSheetModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

// Badge colours of the states: light tints with black text, as the message bar's.
QString stateStyle(SheetState state)
{
    switch (state) {
        case SheetState::Draft:
            return QStringLiteral("#eceff3; border: 1px solid #a7b0bc");
        case SheetState::Submitted:
            return QStringLiteral("#e3eefa; border: 1px solid #6f9fd8");
        case SheetState::Appraised:
            return QStringLiteral("#fdf3d8; border: 1px solid #d9b44a");
        case SheetState::Approved:
        case SheetState::Published:
            break;
    }
    return QStringLiteral("#e7f4e4; border: 1px solid #7bb56f");
}

QLabel* totalsBox(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                        "border-radius: 4px; padding: 5px 10px; }"));
    return label;
}

} // namespace

SheetSummaryBar::SheetSummaryBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sheetSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sheetState"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("sheetDetails"));
    m_details->setWordWrap(true);
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("sheetUser"));
    m_selfTotals = totalsBox(this, QStringLiteral("selfTotals"));
    m_appraisedTotals = totalsBox(this, QStringLiteral("appraisedTotals"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_state, 0, Qt::AlignVCenter);
    auto* second = new QHBoxLayout;
    second->setSpacing(12);
    second->addWidget(m_details, 1);
    second->addWidget(m_user, 0, Qt::AlignVCenter);
    auto* totals = new QHBoxLayout;
    totals->setSpacing(8);
    totals->addWidget(m_selfTotals, 1);
    totals->addWidget(m_appraisedTotals, 1);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addLayout(totals);
}

QString SheetSummaryBar::totalsText(const ScoreSheetModel& model, bool appraisal) const
{
    const Stage stage = appraisal ? Stage::Appraised : Stage::Self;
    const QString heading = Stages::title(stage);
    if (appraisal && !model.appraisalStarted()) {
        return tr("<b>%1</b>: not started").arg(heading);
    }
    const SubjectResult& result = model.result(stage);
    const QString grade = model.gradeTitle(stage);
    QString text = tr("<b>%1</b>: total <b>%2</b> of %3 points · index <b>%4</b> · <b>%5</b>")
                       .arg(heading, LeafValueText::number(result.total), LeafValueText::number(result.max),
                            LeafValueText::number(result.index),
                            grade.isEmpty() ? tr("no grade") : grade.toHtmlEscaped());
    if (!result.complete) {
        text += QStringLiteral(" · ")
            + tr("%n criterion(s) without a value", nullptr, static_cast<int>(result.missing.size()));
    }
    return text;
}

void SheetSummaryBar::showSheet(const ScoreSheetModel& model, const QString& userName, Role role)
{
    const SheetEditor* editor = model.editor();
    setVisible(editor != nullptr);
    if (!editor) {
        return;
    }
    const SheetSubject& subject = editor->subject();
    m_title->setText(subject.name.isEmpty() ? subject.id : tr("%1 (%2)").arg(subject.name, subject.id));
    m_state->setText(SheetStates::title(editor->state()));
    m_state->setAccessibleName(tr("State: %1").arg(SheetStates::title(editor->state())));
    m_state->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 4px; padding: 2px 10px; }")
                               .arg(stateStyle(editor->state())));
    QStringList details{tr("Campaign: %1").arg(editor->campaignTitle())};
    if (!editor->period().isEmpty()) {
        details.append(tr("Period: %1").arg(editor->period()));
    }
    details.append(tr("Criteria: %1").arg(editor->criteriaSet().title));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_user->setText(
        tr("Working as %1, %2").arg(userName.isEmpty() ? tr("(no name)") : userName, Roles::title(role)));
    m_selfTotals->setText(totalsText(model, false));
    m_appraisedTotals->setText(totalsText(model, true));
    // The appraisal's totals once there is (or may be) an appraisal.
    m_appraisedTotals->setVisible(editor->state() != SheetState::Draft || model.appraisalStarted());
}

} // namespace danhgia::ui
