#include "AppraisalCouncilDialog.h"

#include "AppSession.h"
#include "sources/AppraisalCouncilDetails.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

std::function<void(AppraisalCouncilDialog&)>& councilObserver()
{
    static std::function<void(AppraisalCouncilDialog&)> current;
    return current;
}

const QString DateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

AppraisalCouncilDialog::AppraisalCouncilDialog(AppSession& session, const QString& campaignCode,
                                               const AppraisalCouncil& council, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_campaign(campaignCode)
{
    setObjectName(QStringLiteral("appraisalCouncilDialog"));
    setWindowTitle(tr("Appraisal council of %1").arg(campaignCode));
    auto* layout = new QVBoxLayout(this);
    auto* decision = new QGroupBox(tr("Decision forming the council"), this);
    auto* form = new QFormLayout(decision);
    m_number = new QLineEdit(council.decisionNumber, decision);
    m_number->setObjectName(QStringLiteral("decisionNumberEdit"));
    m_number->setPlaceholderText(tr("e.g. 125/QĐ-UBND"));
    form->addRow(tr("&Number:"), m_number);
    m_date = new QLineEdit(
        council.decisionDate.isValid() ? council.decisionDate.toString(DateFormat) : QString(), decision);
    m_date->setObjectName(QStringLiteral("decisionDateEdit"));
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    form->addRow(tr("&Date:"), m_date);
    m_signer = new QLineEdit(council.decisionSigner, decision);
    m_signer->setObjectName(QStringLiteral("decisionSignerEdit"));
    m_signer->setPlaceholderText(tr("e.g. Chairman of the Provincial People's Committee"));
    form->addRow(tr("Signed &by:"), m_signer);
    layout->addWidget(decision);

    auto* members = new QGroupBox(tr("Members (tick those present at the meeting)"), this);
    auto* membersLayout = new QVBoxLayout(members);
    m_members = new QTableWidget(0, 3, members);
    m_members->setObjectName(QStringLiteral("appraisalMembersTable"));
    m_members->setHorizontalHeaderLabels(
        {tr("Full name"), tr("Position and role in the council"), tr("Present")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(PresentColumn, QHeaderView::ResizeToContents);
    membersLayout->addWidget(m_members);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add &member"), members);
    auto* remove = new QPushButton(tr("Remove member"), members);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    membersLayout->addLayout(buttons);
    m_quorum = new QLabel(members);
    m_quorum->setObjectName(QStringLiteral("quorumLabel"));
    membersLayout->addWidget(m_quorum);
    layout->addWidget(members, 1);

    auto* conclusionLabel = new QLabel(tr("&Conclusion of the council:"), this);
    m_conclusion = new QPlainTextEdit(council.conclusion, this);
    m_conclusion->setObjectName(QStringLiteral("conclusionEdit"));
    conclusionLabel->setBuddy(m_conclusion);
    layout->addWidget(conclusionLabel);
    layout->addWidget(m_conclusion);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("appraisalCouncilProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, [this] { addMemberRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_members->removeRow(m_members->currentRow());
        updateQuorum();
    });
    connect(m_members, &QTableWidget::itemChanged, this, &AppraisalCouncilDialog::updateQuorum);
    connect(box, &QDialogButtonBox::accepted, this, &AppraisalCouncilDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &AppraisalCouncilDialog::reject);
    for (const AppraisalCouncilSeat& seat : council.members) {
        addMemberRow(seat.name, seat.role, seat.present);
    }
    updateQuorum();
    resize(720, 600);
}

void AppraisalCouncilDialog::addMemberRow(const QString& name, const QString& role, bool present)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_members->setItem(row, RoleColumn, new QTableWidgetItem(role));
    auto* presence = new QTableWidgetItem;
    presence->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    presence->setCheckState(present ? Qt::Checked : Qt::Unchecked);
    m_members->setItem(row, PresentColumn, presence);
    updateQuorum();
}

AppraisalCouncil AppraisalCouncilDialog::collect(QStringList* problems) const
{
    AppraisalCouncil council;
    council.decisionNumber = m_number->text().trimmed();
    const QString date = m_date->text().trimmed();
    if (!date.isEmpty()) {
        council.decisionDate = QDate::fromString(date, DateFormat);
        if (!council.decisionDate.isValid()) {
            council.decisionDate = QDate::fromString(date, QStringLiteral("d/M/yyyy"));
        }
        if (!council.decisionDate.isValid() && problems) {
            problems->append(tr("The date of the decision “%1” is not a date like 05/01/2026").arg(date));
        }
    }
    council.decisionSigner = m_signer->text().trimmed();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QTableWidgetItem* name = m_members->item(row, NameColumn);
        const QTableWidgetItem* role = m_members->item(row, RoleColumn);
        const QTableWidgetItem* present = m_members->item(row, PresentColumn);
        if (!name || !role || !present) {
            continue;
        }
        council.members.append(
            {name->text().trimmed(), role->text().trimmed(), present->checkState() == Qt::Checked});
    }
    council.conclusion = m_conclusion->toPlainText().trimmed();
    return council;
}

void AppraisalCouncilDialog::updateQuorum()
{
    const AppraisalCouncil council = collect(nullptr);
    m_quorum->setText(tr("Quorum: %1.").arg(council.quorumText()));
}

void AppraisalCouncilDialog::accept()
{
    QStringList problems;
    const AppraisalCouncil council = collect(&problems);
    QString error;
    if (problems.isEmpty()
        && !AppraisalCouncilDetails::save(m_session.database(), m_campaign, council, m_session.role(),
                                          m_session.actor(), &error)) {
        problems = error.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    if (!problems.isEmpty()) {
        m_problems->setText(tr("The appraisal council was not saved:") + QStringLiteral("\n• ")
                            + problems.join(QStringLiteral("\n• ")));
        m_problems->show();
        return;
    }
    m_saved = true;
    QDialog::accept();
}

void AppraisalCouncilDialog::setObserver(std::function<void(AppraisalCouncilDialog&)> observer)
{
    councilObserver() = std::move(observer);
}

bool AppraisalCouncilDialog::run(AppSession& session, const QString& campaignCode, QWidget* parent,
                                 QString* error)
{
    const auto council = AppraisalCouncilDetails::load(session.database().connection(), campaignCode, error);
    if (!council) {
        return false;
    }
    AppraisalCouncilDialog dialog(session, campaignCode, *council, parent);
    if (councilObserver()) {
        councilObserver()(dialog);
    } else {
        dialog.exec();
    }
    return dialog.saved();
}

} // namespace danhgia::ui
