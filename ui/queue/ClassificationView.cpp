#include "ClassificationView.h"

#include "AppSession.h"
#include "ClassificationModel.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "PersonFlagsDialog.h"
#include "QuotaScopesPanel.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "results/GradeOverride.h"
#include "stores/ClassificationStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

namespace { } // namespace

ClassificationView::ClassificationView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("classificationView"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* bar = new QHBoxLayout;
    m_campaign = new QComboBox(this);
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(30);
    ViewLook::describe(m_campaign, QStringLiteral("classificationCampaign"), tr("Campaign"),
                       tr("The campaign whose grades are shown"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    m_unit = new QComboBox(this);
    ViewLook::describe(
        m_unit, QStringLiteral("classificationUnit"), tr("Unit"),
        tr("The unit whose people are listed; the quota is counted as the criteria set says (per "
           "agency and task group)"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    m_override = new QPushButton(tr("&Override grade…"), this);
    ViewLook::describe(
        m_override, QStringLiteral("overrideGradeButton"), tr("Override grade"),
        tr("Record another grade for the selected person, with a reason and the name of the approver"));
    bar->addWidget(campaignLabel);
    bar->addWidget(m_campaign);
    bar->addSpacing(12);
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit);
    m_flagsButton = new QPushButton(tr("&Facts affecting the grade…"), this);
    ViewLook::describe(
        m_flagsButton, QStringLiteral("personFlagsButton"), tr("Facts affecting the grade"),
        tr("Discipline, conclusions, absence, months worked, maternity leave, a leader's unit: "
           "record or remove them for the selected person, with a reason"));
    bar->addStretch(1);
    bar->addWidget(m_flagsButton);
    bar->addWidget(m_override);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("classificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_scopes = new QuotaScopesPanel(m_session, m_messages, this);
    layout->addWidget(m_scopes);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("classificationGroups"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ClassificationView::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ClassificationView::reload);
    connect(m_override, &QPushButton::clicked, this, &ClassificationView::overrideSelected);
    connect(m_flagsButton, &QPushButton::clicked, this, &ClassificationView::showFlagsOfSelected);
    connect(&m_session, &AppSession::databaseChanged, this, &ClassificationView::reload);
    connect(&m_session, &AppSession::userChanged, this, &ClassificationView::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });
    reload();
}

void ClassificationView::reload()
{
    const QString selected = selectedSubject();
    rebuildCampaigns();
    const QString campaign = m_campaign->currentData().toString();
    m_result.reset();
    if (m_session.hasDatabase() && !campaign.isEmpty()) {
        QString error;
        const QString unit = m_unit->currentData().toString();
        m_result = UnitClassification::load(m_session.database().connection(), campaign, unit, &error);
        if (m_result && !unit.isEmpty()
            && std::none_of(
                m_result->units.begin(), m_result->units.end(),
                [&unit](const UnitClassification::Choice& choice) { return choice.code == unit; })) {
            // The unit has no sheet in this campaign: show every unit.
            m_result
                = UnitClassification::load(m_session.database().connection(), campaign, QString(), &error);
        }
        if (!m_result) {
            m_messages->showError(tr("The grades of %1 cannot be computed: %2").arg(campaign, error));
        }
    }
    rebuildUnits(m_result ? m_result->units : QList<UnitClassification::Choice>());
    m_scopes->setResult(campaign, m_result ? &*m_result : nullptr);
    rebuildGroups();
    for (int i = 0; i < m_models.size(); ++i) {
        const int row = m_models.at(i)->rowOf(selected);
        if (row >= 0) {
            m_tables.at(i)->selectRow(row);
            break;
        }
    }
    updateSummary();
}

void ClassificationView::rebuildCampaigns()
{
    QList<UnitClassification::Choice> campaigns;
    if (m_session.hasDatabase()) {
        QString error;
        auto found = UnitClassification::campaigns(m_session.database().connection(), &error);
        if (!found) {
            m_messages->showError(error);
        } else {
            campaigns = std::move(*found);
        }
    }
    const QSignalBlocker blocker(m_campaign);
    const QString current = m_campaign->currentData().toString();
    m_campaign->clear();
    for (const auto& campaign : campaigns) {
        m_campaign->addItem(QStringLiteral("%1 — %2").arg(campaign.code, campaign.title), campaign.code);
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(current)));
}

void ClassificationView::rebuildUnits(const QList<UnitClassification::Choice>& units)
{
    const QSignalBlocker blocker(m_unit);
    const QString current = m_unit->currentData().toString();
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    for (const auto& unit : units) {
        m_unit->addItem(unit.title, unit.code);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(current)));
}

void ClassificationView::rebuildGroups()
{
    m_tables.clear();
    m_models.clear();
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_result) {
        int number = 0;
        for (const ClassifiedGroup& group : m_result->groups) {
            layout->addWidget(createGroupSection(container, group, ++number));
        }
        if (m_result->groups.isEmpty()) {
            layout->addWidget(
                new QLabel(tr("Nobody of this unit has a score sheet in the campaign."), container));
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(container); // deletes the previous sections
}

QWidget* ClassificationView::createGroupSection(QWidget* parent, const ClassifiedGroup& group, int number)
{
    auto* section = new QWidget(parent);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 6);
    const QString name = group.taskGroup.isEmpty() ? tr("(no task group)") : group.taskGroup;
    auto* heading = new QLabel(tr("Task group: %1").arg(name), section);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    const CriteriaSet& set = m_result->set;
    if (set.quota && group.quotaAllowed) {
        const auto above
            = std::count_if(group.subjects.begin(), group.subjects.end(),
                            [](const ClassifiedSubject& s) { return s.quota == QuotaStatus::Demoted; });
        const auto ties
            = std::count_if(group.subjects.begin(), group.subjects.end(), [](const ClassifiedSubject& s) {
                  return s.quota == QuotaStatus::Tie && !s.decision;
              });
        QString text = tr("%1 proposed for %2 by the index, %3 allowed by the quota in the task group.")
                           .arg(ViewLook::vietnamese().toString(group.proposed), set.quota->grade,
                                ViewLook::vietnamese().toString(*group.quotaAllowed));
        if (above > 0) {
            text += QLatin1Char(' ')
                + tr("Above the quota here: %1.").arg(ViewLook::vietnamese().toString(qint64(above)));
        }
        if (ties > 0) {
            text += QLatin1Char(' ')
                + tr("Ties to decide: %1.").arg(ViewLook::vietnamese().toString(qint64(ties)));
        }
        auto* quota = new QLabel(text, section);
        quota->setObjectName(QStringLiteral("quotaLine_%1").arg(number));
        quota->setWordWrap(true);
        layout->addWidget(quota);
    }

    auto* model = new ClassificationModel(section);
    model->setGroup(set, group);
    auto* table = new QTableView(section);
    ViewLook::describe(table, QStringLiteral("classificationTable_%1").arg(number),
                       tr("Grades of the task group %1").arg(name),
                       tr("Select a person to override the grade"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    ViewLook::useCompactRows(table);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ClassificationModel::NameColumn, QHeaderView::Stretch);
    // Tall enough for every row: the page scrolls, not each table.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length()
                          + 2 * table->frameWidth() + 2);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, table] { selectionChangedIn(table); });
    layout->addWidget(table);
    m_tables.append(table);
    m_models.append(model);
    return section;
}

void ClassificationView::selectionChangedIn(QTableView* table)
{
    // One person at a time: choosing in one group clears the others.
    if (table->selectionModel()->hasSelection()) {
        for (QTableView* other : std::as_const(m_tables)) {
            if (other != table) {
                const QSignalBlocker blocker(other->selectionModel());
                other->clearSelection();
                other->viewport()->update();
            }
        }
    }
    m_override->setEnabled(!selectedSubject().isEmpty());
    m_flagsButton->setEnabled(!selectedSubject().isEmpty());
}

QString ClassificationView::selectedSubject() const
{
    for (const QTableView* table : m_tables) {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            return rows.first().data(ClassificationModel::SubjectCodeRole).toString();
        }
    }
    return {};
}

void ClassificationView::overrideSelected()
{
    const QString code = selectedSubject();
    if (code.isEmpty() || !m_result || !m_session.hasDatabase()) {
        return;
    }
    const ClassifiedSubject* subject = nullptr;
    for (const ClassificationModel* model : std::as_const(m_models)) {
        const int row = model->rowOf(code);
        if (row >= 0) {
            subject = &model->subject(row);
        }
    }
    if (!subject) {
        return;
    }
    const CriteriaSet& set = m_result->set;
    QStringList choices;
    for (const Grade& grade : set.grades) {
        choices.append(grade.title.isEmpty() ? grade.code
                                             : QStringLiteral("%1 — %2").arg(grade.code, grade.title));
    }
    const QString who = QStringLiteral("%1 (%2)").arg(subject->subjectName, code);
    const auto choice = DialogService::choose(this, tr("Override grade"), tr("Grade for %1:").arg(who),
                                              choices, std::max(0, set.gradeIndex(subject->grade)));
    if (!choice) {
        return;
    }
    const QString grade = set.grades.at(*choice).code;
    // An override needs a reason and an approver (the core refuses it without them), so the dialogs
    // ask for them; confirming the computed grade needs neither.
    const bool justify = GradeOverride::isOverride(subject->grade, subject->quota, grade);
    const auto reason = DialogService::askText(
        this, tr("Reason for the grade"),
        tr("Why does %1 get %2? The reason is recorded with the decision.").arg(who, grade), QString(),
        justify);
    if (!reason) {
        return;
    }
    const auto approver = DialogService::askText(
        this, tr("Approved by"), tr("Name of the person who approves this grade:"), QString(), justify);
    if (!approver) {
        return;
    }
    const QString campaign = m_campaign->currentData().toString();
    QString error;
    if (!ClassificationStore::decide(m_session.database(), campaign, code, grade, *reason, *approver,
                                     m_session.role(), m_session.actor(), &error)) {
        m_messages->showError(tr("The grade of %1 was not recorded: %2").arg(who, error));
        return;
    }
    m_session.notifyDataChanged();
    m_messages->showMessage(tr("%1 is graded %2; the decision is recorded.").arg(who, grade),
                            MessageBar::Level::Positive);
}

PersonFlagsDialog* ClassificationView::flagsDialog() const
{
    return m_flagsDialog.data();
}

void ClassificationView::showFlagsOfSelected()
{
    const QString code = selectedSubject();
    if (code.isEmpty() || !m_result || !m_session.hasDatabase()) {
        return;
    }
    QString name = code;
    for (const ClassificationModel* model : std::as_const(m_models)) {
        const int row = model->rowOf(code);
        if (row >= 0) {
            name = model->subject(row).subjectName;
        }
    }
    delete m_flagsDialog;
    m_flagsDialog = new PersonFlagsDialog(m_session, m_campaign->currentData().toString(), m_result->set,
                                          code, name, this);
    m_flagsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_flagsDialog->open();
}

void ClassificationView::updateSummary()
{
    m_override->setEnabled(!selectedSubject().isEmpty());
    m_flagsButton->setEnabled(!selectedSubject().isEmpty());
    if (!m_session.hasDatabase()) {
        m_summary->setText(tr("No database is open."));
        return;
    }
    if (m_campaign->count() == 0) {
        m_summary->setText(tr("No campaign has score sheets yet."));
        return;
    }
    if (!m_result) {
        m_summary->clear();
        return;
    }
    const CriteriaSet& set = m_result->set;
    QString text = set.title.isEmpty() ? set.id : set.title;
    if (set.quota && !m_result->ceilings.isEmpty()) {
        QStringList raised;
        for (const QuotaCeiling& ceiling : m_result->ceilings) {
            raised.append(tr("%1: %2% (decision %3)")
                              .arg(ceiling.unit, ceiling.percent.toLocaleString(ViewLook::vietnamese()),
                                   ceiling.decisionNumber));
        }
        text += QLatin1Char('\n') + tr("Raised ceilings: %1.").arg(raised.join(QLatin1String("; ")));
    }
    m_summary->setText(text);
}

} // namespace danhgia::ui
