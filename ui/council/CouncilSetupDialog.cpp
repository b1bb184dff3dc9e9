#include "CouncilSetupDialog.h"

#include "AppSession.h"
#include "CouncilCandidatesTable.h"
#include "LeafValueText.h"
#include "councils/CouncilPresets.h"
#include "councils/CouncilRoles.h"
#include "stores/CouncilExaminationStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

namespace {

std::function<void(CouncilSetupDialog&)>& observer()
{
    static std::function<void(CouncilSetupDialog&)> current;
    return current;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString decimalText(const Decimal& value)
{
    return CouncilCandidatesTable::decimalText(value);
}

bool sameRules(const QList<DialogueRule>& a, const QList<DialogueRule>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).threshold != b.at(i).threshold
            || a.at(i).by != b.at(i).by) {
            return false;
        }
    }
    return true;
}

} // namespace

CouncilSetupDialog::CouncilSetupDialog(AppSession& session, const CouncilRecord& council,
                                       const CouncilExamination& examination, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(council)
{
    setObjectName(QStringLiteral("councilSetupDialog"));
    setWindowTitle(council.id == 0 ? tr("Set up an interview council") : tr("Edit the interview council"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(council.session.title, this);
    m_title->setObjectName(QStringLiteral("councilTitleEdit"));
    form->addRow(tr("&Title:"), m_title);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("councilPresetCombo"));
    const QList<CouncilPreset> presets = CouncilPresets::all();
    for (int i = 0; i < presets.size(); ++i) {
        m_preset->addItem(presets.at(i).title, i);
        if (council.id != 0 && sameRules(presets.at(i).dialogue, council.session.dialogue)) {
            m_preset->setCurrentIndex(i);
        }
    }
    bool known = council.id == 0;
    for (const CouncilPreset& preset : presets) {
        known = known || sameRules(preset.dialogue, council.session.dialogue);
    }
    if (!known) {
        // A council read from a file may have a rule of its own: kept unless another is chosen.
        m_preset->insertItem(0, tr("The council's own rule, as stored"), -1);
        m_preset->setCurrentIndex(0);
    }
    form->addRow(tr("&Rule:"), m_preset);
    const std::optional<Decimal> pass = council.id == 0 ? CouncilPresets::passMark() : council.session.pass;
    m_pass = new QLineEdit(pass ? decimalText(*pass) : QString(), this);
    m_pass->setObjectName(QStringLiteral("councilPassEdit"));
    m_pass->setPlaceholderText(tr("blank: no pass mark"));
    form->addRow(tr("&Pass mark:"), m_pass);
    layout->addLayout(form);
    layout->addWidget(buildParts());

    auto* members = new QGroupBox(tr("Members"), this);
    auto* membersLayout = new QVBoxLayout(members);
    m_members = new QTableWidget(0, 2, members);
    m_members->setObjectName(QStringLiteral("councilMembersTable"));
    m_members->setHorizontalHeaderLabels({tr("Full name"), tr("Role")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    membersLayout->addWidget(m_members);
    auto* memberButtons = new QHBoxLayout;
    auto* addMember = new QPushButton(tr("Add &member"), members);
    auto* removeMember = new QPushButton(tr("Remove member"), members);
    memberButtons->addWidget(addMember);
    memberButtons->addWidget(removeMember);
    memberButtons->addStretch();
    membersLayout->addLayout(memberButtons);
    // The members and the candidates share the height (there are often more candidates).
    layout->addWidget(members, 2);

    auto* candidates = new QGroupBox(tr("Candidates"), this);
    auto* candidatesLayout = new QVBoxLayout(candidates);
    m_candidates = new CouncilCandidatesTable(candidates);
    candidatesLayout->addWidget(m_candidates);
    auto* candidateButtons = new QHBoxLayout;
    auto* addCandidate = new QPushButton(tr("Add c&andidate"), candidates);
    auto* removeCandidate = new QPushButton(tr("Remove candidate"), candidates);
    candidateButtons->addWidget(addCandidate);
    candidateButtons->addWidget(removeCandidate);
    candidateButtons->addStretch();
    candidatesLayout->addLayout(candidateButtons);
    layout->addWidget(candidates, 3);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("councilSetupProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);

    connect(addMember, &QPushButton::clicked, this, [this] { addMemberRow(); });
    connect(removeMember, &QPushButton::clicked, this,
            [this] { m_members->removeRow(m_members->currentRow()); });
    connect(addCandidate, &QPushButton::clicked, this, [this] { addCandidateRow(); });
    connect(removeCandidate, &QPushButton::clicked, this,
            [this] { m_candidates->removeRow(m_candidates->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &CouncilSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CouncilSetupDialog::reject);

    for (const CouncilMember& member : council.session.members) {
        addMemberRow(member.name, member.role, member.id);
    }
    for (const ExaminationPart& part : examination.parts) {
        if (part.kind != RecruitmentPart::Kind::Interview) {
            partCheck(part.kind)->setChecked(true);
            partMaxEdit(part.kind)->setText(decimalText(part.max));
        }
    }
    for (const CouncilCandidate& candidate : council.session.candidates) {
        const ExaminationEntry* entry = examination.entry(candidate.id);
        const auto score = [entry](RecruitmentPart::Kind kind) {
            return entry && entry->scores.contains(kind) ? decimalText(entry->scores.value(kind)) : QString();
        };
        addCandidateRow(candidate.id, candidate.name,
                        entry && !entry->priority.isZero() ? entry->priority.toString() : QString(),
                        score(RecruitmentPart::Kind::Written), score(RecruitmentPart::Kind::Practical));
    }
    updatePartColumns();
    resize(900, 740);
}

QWidget* CouncilSetupDialog::buildParts()
{
    auto* box = new QGroupBox(
        tr("Parts of the examination (Decree 170/2025: each part at 50% of its maximum)"), this);
    auto* grid = new QFormLayout(box);
    grid->addRow(new QLabel(tr("Interview: scored by this council, out of its maximum."), box));
    m_written = new QCheckBox(tr("&Written test, out of:"), box);
    m_written->setObjectName(QStringLiteral("writtenPartCheck"));
    m_writtenMax = new QLineEdit(QStringLiteral("100"), box);
    m_writtenMax->setObjectName(QStringLiteral("writtenPartMax"));
    grid->addRow(m_written, m_writtenMax);
    m_practical = new QCheckBox(tr("Practical &test, out of:"), box);
    m_practical->setObjectName(QStringLiteral("practicalPartCheck"));
    m_practicalMax = new QLineEdit(QStringLiteral("100"), box);
    m_practicalMax->setObjectName(QStringLiteral("practicalPartMax"));
    grid->addRow(m_practical, m_practicalMax);
    connect(m_written, &QCheckBox::toggled, this, &CouncilSetupDialog::updatePartColumns);
    connect(m_practical, &QCheckBox::toggled, this, &CouncilSetupDialog::updatePartColumns);
    return box;
}

QCheckBox* CouncilSetupDialog::partCheck(RecruitmentPart::Kind kind) const
{
    return kind == RecruitmentPart::Kind::Practical ? m_practical : m_written;
}

QLineEdit* CouncilSetupDialog::partMaxEdit(RecruitmentPart::Kind kind) const
{
    return kind == RecruitmentPart::Kind::Practical ? m_practicalMax : m_writtenMax;
}

void CouncilSetupDialog::updatePartColumns()
{
    m_writtenMax->setEnabled(m_written->isChecked());
    m_practicalMax->setEnabled(m_practical->isChecked());
    m_candidates->setPartShown(RecruitmentPart::Kind::Written, m_written->isChecked());
    m_candidates->setPartShown(RecruitmentPart::Kind::Practical, m_practical->isChecked());
}

void CouncilSetupDialog::addMemberRow(const QString& name, const QString& role, const QString& id)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto* nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, id);
    m_members->setItem(row, 0, nameItem);
    auto* roles = new QComboBox(m_members);
    for (const QString& code : CouncilRoles::all()) {
        roles->addItem(CouncilRoles::title(code), code);
    }
    const int index = roles->findData(role.isEmpty() ? CouncilPresets::memberRole() : role);
    roles->setCurrentIndex(std::max(0, index));
    m_members->setCellWidget(row, 1, roles);
}

void CouncilSetupDialog::addCandidateRow(const QString& code, const QString& name, const QString& priority,
                                         const QString& written, const QString& practical)
{
    m_candidates->addCandidate(code, name, priority, written, practical);
}

bool CouncilSetupDialog::collectMembers(CouncilSession* session, QStringList* problems) const
{
    QSet<QString> taken;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        taken.insert(m_members->item(row, 0)->data(Qt::UserRole).toString());
    }
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QString name = cellText(m_members, row, 0);
        if (name.isEmpty()) {
            problems->append(tr("Members, row %1: the full name is missing").arg(row + 1));
            continue;
        }
        QString id = m_members->item(row, 0)->data(Qt::UserRole).toString();
        if (id.isEmpty()) {
            id = CouncilCandidatesTable::freeCode(taken, QStringLiteral("TV"));
            taken.insert(id);
        }
        const auto* role = qobject_cast<QComboBox*>(m_members->cellWidget(row, 1));
        session->members.append({id, name, role->currentData().toString()});
    }
    return problems->isEmpty();
}

bool CouncilSetupDialog::collect(CouncilRecord* council, CouncilExamination* examination,
                                 QStringList* problems) const
{
    std::optional<Decimal> pass;
    const QString passText = m_pass->text().trimmed();
    if (!passText.isEmpty()) {
        pass = LeafValueText::parse(passText);
        const QString refusal = pass ? CouncilPresets::passMarkRefusal(*pass) : QString();
        if (!pass || !refusal.isEmpty()) {
            problems->append(tr("Pass mark “%1”: %2").arg(passText, pass ? refusal : tr("not a number")));
        }
    }
    const QList<CouncilPreset> presets = CouncilPresets::all();
    *council = m_original;
    const int preset = m_preset->currentData().toInt();
    CouncilSession session = CouncilPresets::newSession(
        m_title->text().trimmed(), presets.at(std::clamp(preset, 0, int(presets.size()) - 1)), pass);
    if (preset < 0) {
        session.dialogue = m_original.session.dialogue;
    }
    if (m_original.id != 0) {
        session.max = m_original.session.max;
        session.decimals = m_original.session.decimals;
    }
    collectMembers(&session, problems);
    m_candidates->collect(m_original.session.candidates, &session, examination, problems);
    if (m_written->isChecked() || m_practical->isChecked()) {
        for (const RecruitmentPart::Kind kind :
             {RecruitmentPart::Kind::Written, RecruitmentPart::Kind::Interview,
              RecruitmentPart::Kind::Practical}) {
            if (kind == RecruitmentPart::Kind::Interview) {
                examination->parts.append({kind, session.max});
                continue;
            }
            if (!partCheck(kind)->isChecked()) {
                continue;
            }
            const QString text = partMaxEdit(kind)->text().trimmed();
            const auto max = LeafValueText::parse(text);
            if (!max) {
                problems->append(tr("The maximum “%1” of the %2 part is not a number")
                                     .arg(text, RecruitmentParts::title(kind)));
                continue;
            }
            examination->parts.append({kind, *max});
        }
    }
    council->session = session;
    return problems->isEmpty();
}

void CouncilSetupDialog::showProblems(const QStringList& problems)
{
    m_problems->setText(tr("The council was not saved:") + QStringLiteral("\n• ")
                        + problems.join(QStringLiteral("\n• ")));
    m_problems->show();
}

void CouncilSetupDialog::accept()
{
    CouncilRecord council;
    CouncilExamination examination;
    QStringList problems;
    if (!collect(&council, &examination, &problems)) {
        showProblems(problems);
        return;
    }
    QString error;
    const auto id = CouncilExaminationStore::save(m_session.database(), council, examination,
                                                  m_session.role(), m_session.actor(), &error);
    if (!id) {
        showProblems(error.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

void CouncilSetupDialog::setObserver(std::function<void(CouncilSetupDialog&)> dialogObserver)
{
    observer() = std::move(dialogObserver);
}

qint64 CouncilSetupDialog::run(AppSession& session, const CouncilRecord& council,
                               const CouncilExamination& examination, QWidget* parent)
{
    CouncilSetupDialog dialog(session, council, examination, parent);
    if (observer()) {
        observer()(dialog);
    } else {
        dialog.exec();
    }
    return dialog.savedId();
}

} // namespace danhgia::ui
