#include "CouncilView.h"

#include "DocumentActions.h"

#include "AppSession.h"
#include "CouncilGridModel.h"
#include "CouncilQuestions.h"
#include "CouncilScoreDelegate.h"
#include "CouncilSetupDialog.h"
#include "DialogService.h"
#include "ExaminationResultsTable.h"
#include "MessageBar.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "councils/CouncilRoles.h"
#include "stores/CouncilExaminationStore.h"
#include "stores/CouncilStore.h"
#include "workflow/RecordPermissions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

CouncilView::CouncilView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("councilView"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* bar = new QHBoxLayout;
    m_council = new QComboBox(this);
    ViewLook::describe(m_council, QStringLiteral("councilCombo"), tr("Council"),
                       tr("The interview council whose scores are shown"));
    m_council->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_council->setMinimumContentsLength(30);
    auto* councilLabel = new QLabel(tr("&Council:"), this);
    councilLabel->setBuddy(m_council);
    m_new = new QPushButton(tr("&New council…"), this);
    ViewLook::describe(m_new, QStringLiteral("newCouncilButton"), tr("New council"),
                       tr("Create an interview council: its title, who holds a dialogue, its pass mark"));
    m_setup = new QPushButton(tr("Set &up interview council…"), this);
    ViewLook::describe(
        m_setup, QStringLiteral("setupCouncilButton"), tr("Set up interview council"),
        tr("Create an interview council in one dialog: members with their roles, candidates with "
           "priority points, the parts of the examination"));
    m_edit = new QPushButton(tr("&Edit council…"), this);
    ViewLook::describe(m_edit, QStringLiteral("editCouncilButton"), tr("Edit council"),
                       tr("Change the council shown: title, rule, pass mark, members, candidates, parts"));
    m_addMember = new QPushButton(tr("Add &member…"), this);
    ViewLook::describe(m_addMember, QStringLiteral("addMemberButton"), tr("Add member"),
                       tr("Add a scoring member to the council, with their role"));
    m_addCandidate = new QPushButton(tr("Add c&andidate…"), this);
    ViewLook::describe(m_addCandidate, QStringLiteral("addCandidateButton"), tr("Add candidate"),
                       tr("Add a candidate to the council, with their exam number and name"));
    bar->addWidget(councilLabel);
    bar->addWidget(m_council, 1);
    bar->addSpacing(12);
    bar->addWidget(m_new);
    bar->addWidget(m_setup);
    bar->addWidget(m_edit);
    bar->addWidget(m_addMember);
    bar->addWidget(m_addCandidate);
    m_print = new QPushButton(tr("&Print minutes…"), this);
    ViewLook::describe(m_print, QStringLiteral("printCouncilButton"), tr("Print minutes"),
                       tr("Preview, print or save the minutes and the summary sheet of the council"));
    bar->addWidget(m_print);
    layout->addLayout(bar);

    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("councilRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_rules);

    m_model = new CouncilGridModel(m_session, this);
    m_delegate = new CouncilScoreDelegate(this);
    m_table = new QTableView(this);
    ViewLook::describe(m_table, QStringLiteral("councilGrid"), tr("Council scores"),
                       tr("One row per candidate, one column per member: type a score and press Enter"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows of the usual compact height; they grow for a status on two lines.
    m_table->verticalHeader()->setDefaultSectionSize(ViewLook::rowHeight(m_table));
    m_table->verticalHeader()->setMinimumSectionSize(ViewLook::rowHeight(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    layout->addWidget(m_table, 1);

    m_examResults = new ExaminationResultsTable(this);
    layout->addWidget(m_examResults, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("councilSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    connect(m_council, &QComboBox::currentIndexChanged, this, [this] {
        m_messages->clearMessage();
        showSelected();
    });
    connect(m_new, &QPushButton::clicked, this, &CouncilView::newCouncil);
    connect(m_setup, &QPushButton::clicked, this, &CouncilView::setupCouncil);
    connect(m_edit, &QPushButton::clicked, this, &CouncilView::editCouncil);
    connect(m_addMember, &QPushButton::clicked, this, &CouncilView::addMember);
    connect(m_addCandidate, &QPushButton::clicked, this, &CouncilView::addCandidate);
    connect(m_print, &QPushButton::clicked, this,
            [this] { DocumentActions::printCouncil(this, m_session, m_model->councilId()); });
    connect(m_model, &CouncilGridModel::refused, m_messages, &MessageBar::showError);
    connect(m_model, &CouncilGridModel::agreementVoided, this,
            [this](const QString& message) { m_messages->showMessage(message, MessageBar::Level::Warning); });
    connect(m_model, &CouncilGridModel::councilChanged, this, [this] {
        updateSummary();
        showExamination();
        fitColumns();
    });
    connect(m_delegate, &CouncilScoreDelegate::enterAccepted, this, &CouncilView::moveDown);
    connect(&m_session, &AppSession::databaseChanged, this, &CouncilView::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });
    connect(&m_session, &AppSession::userChanged, this, &CouncilView::reload);
    reload();
}

void CouncilView::reload()
{
    m_messages->clearMessage();
    rebuildCouncils(m_model->councilId());
    showSelected();
}

bool CouncilView::selectCouncil(qint64 councilId)
{
    const int index = m_council->findData(councilId);
    if (index < 0) {
        return false;
    }
    m_council->setCurrentIndex(index);
    return true;
}

void CouncilView::rebuildCouncils(qint64 keep)
{
    const QSignalBlocker blocker(m_council);
    m_council->clear();
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto councils = CouncilStore::list(m_session.database().connection(), QString(), &error);
    if (!councils) {
        m_messages->showError(error);
        return;
    }
    for (const CouncilSummary& council : *councils) {
        const QString text = council.campaignCode.isEmpty()
            ? council.title
            : QStringLiteral("%1 (%2)").arg(council.title, council.campaignCode);
        m_council->addItem(text, council.id);
        m_council->setItemData(m_council->count() - 1, text, Qt::ToolTipRole);
    }
    m_council->setCurrentIndex(std::max(0, m_council->findData(keep)));
}

void CouncilView::showSelected()
{
    QString error;
    if (!m_model->setCouncil(m_council->currentData().toLongLong(), &error)) {
        m_messages->showError(error);
    }
    m_examination = CouncilExamination();
    if (m_model->councilId() != 0) {
        const auto loaded
            = CouncilExaminationStore::load(m_session.database().connection(), m_model->councilId(), &error);
        if (loaded) {
            m_examination = *loaded;
        } else {
            m_messages->showError(error);
        }
    }
    updateSummary();
    showExamination();
}

void CouncilView::showExamination()
{
    const CouncilSession* council = m_model->council();
    if (!council) {
        m_examResults->showResults(CouncilSession(), CouncilExamination());
        return;
    }
    m_examResults->showResults(*council, m_examination);
}

void CouncilView::setupCouncil()
{
    openSetup(0);
}

void CouncilView::editCouncil()
{
    if (m_model->councilId() != 0) {
        openSetup(m_model->councilId());
    }
}

void CouncilView::openSetup(qint64 councilId)
{
    if (!m_session.hasDatabase()) {
        return;
    }
    CouncilRecord record;
    if (councilId != 0) {
        QString error;
        const auto loaded = CouncilStore::load(m_session.database().connection(), councilId, &error);
        if (!loaded) {
            m_messages->showError(error);
            return;
        }
        record = *loaded;
    }
    const qint64 saved = CouncilSetupDialog::run(m_session, record,
                                                 councilId != 0 ? m_examination : CouncilExamination(), this);
    if (saved == 0) {
        return;
    }
    rebuildCouncils(saved);
    showSelected();
    m_messages->showMessage(
        tr("Council “%1” saved.").arg(m_model->council() ? m_model->council()->title : QString()),
        MessageBar::Level::Positive);
}

void CouncilView::updateSummary()
{
    m_rules->setText(rulesText());
    const CouncilGridModel::Summary summary = m_model->summary();
    const QLocale vi = CouncilGridModel::locale();
    const CouncilSession* council = m_model->council();
    if (council && !m_examination.parts.isEmpty()) {
        // With parts, who passes is Decree 170's: every part at 50% and the total at the pass mark.
        int passed = 0;
        for (const ExaminationResult& result : m_examination.evaluate(*council)) {
            passed += result.outcome && result.outcome->passed ? 1 : 0;
        }
        m_summary->setText(
            tr("Candidates: %1 · passed the interview: %2 · passed every part: %3 · waiting for a "
               "dialogue: %4")
                .arg(vi.toString(summary.candidates), vi.toString(summary.passed), vi.toString(passed),
                     vi.toString(summary.waitingForDialogue)));
    } else {
        m_summary->setText(council ? tr("Candidates: %1 · passed: %2 · waiting for a dialogue: %3")
                                         .arg(vi.toString(summary.candidates), vi.toString(summary.passed),
                                              vi.toString(summary.waitingForDialogue))
                                   : QString());
    }
    updateButtons();
}

void CouncilView::updateButtons()
{
    m_new->setEnabled(m_session.hasDatabase());
    m_setup->setEnabled(m_session.hasDatabase());
    m_edit->setEnabled(m_model->councilId() != 0);
    m_council->setEnabled(m_council->count() > 0);
    m_addMember->setEnabled(m_model->councilId() != 0);
    m_addCandidate->setEnabled(m_model->councilId() != 0);
    m_print->setEnabled(m_model->councilId() != 0);
}

QString CouncilView::rulesText() const
{
    const CouncilSession* council = m_model->council();
    if (!m_session.hasDatabase()) {
        return tr("Open a database to see its interview councils.");
    }
    if (!council) {
        return tr("No interview council yet: create one with “New council…”.");
    }
    const QLocale vi = CouncilGridModel::locale();
    QStringList parts{council->pass
                          ? tr("Scores out of %1, pass mark %2.")
                                .arg(council->max.toLocaleString(vi), council->pass->toLocaleString(vi))
                          : tr("Scores out of %1, no pass mark.").arg(council->max.toLocaleString(vi))};
    QStringList rules;
    for (const DialogueRule& rule : council->dialogue) {
        const QString holder = CouncilRoles::title(rule.by);
        const QString threshold = rule.threshold.toLocaleString(vi);
        rules.append(rule.kind == DialogueRule::Kind::SpreadOver
                         ? tr("%1 when the scores are more than %2 points apart").arg(holder, threshold)
                         : tr("%1 when they are %2 or more points apart").arg(holder, threshold));
    }
    if (!rules.isEmpty()) {
        parts.append(tr("Dialogue: %1.").arg(rules.join(QStringLiteral("; "))));
    }
    if (RecordPermissions::allows(RecordKind::CouncilScores, m_session.role())) {
        parts.append(tr("Type a score and press Enter to go to the next candidate."));
    } else {
        // Said rather than leaving the officer typing into cells that take nothing.
        parts.append(RecordPermissions::refusal(RecordKind::CouncilScores, m_session.role()));
    }
    return parts.join(QLatin1Char(' '));
}

void CouncilView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void CouncilView::fitColumns()
{
    if (m_model->columnCount() == 0) {
        return;
    }
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    const int status = m_model->columnOf(CouncilGridModel::StatusColumn);
    // Room left: the status column takes it. Too little: the status wraps onto two lines, in a
    // column no narrower than StatusMinimum, before the grid scrolls sideways.
    const int StatusMinimum = ViewLook::textWidth(m_table, 24);
    const int width = header->sectionSize(status);
    const int room = m_table->viewport()->width() - header->length();
    header->resizeSection(status, std::max(width + room, std::min(width, StatusMinimum)));
    m_table->resizeRowsToContents();
}

void CouncilView::moveDown()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.row() + 1 < m_model->rowCount()) {
        m_table->setCurrentIndex(current.sibling(current.row() + 1, current.column()));
    }
}

void CouncilView::newCouncil()
{
    if (!m_session.hasDatabase()) {
        return;
    }
    const auto session = CouncilQuestions::newSession(this);
    if (!session) {
        return;
    }
    CouncilRecord record;
    record.session = *session;
    QString error;
    const auto id
        = CouncilStore::save(m_session.database(), record, m_session.role(), m_session.actor(), &error);
    if (!id) {
        m_messages->showError(tr("The council was not created: %1").arg(error));
        return;
    }
    rebuildCouncils(*id);
    showSelected();
    m_messages->showMessage(
        tr("Council “%1” created: add its members and candidates.").arg(record.session.title),
        MessageBar::Level::Positive);
}

void CouncilView::addMember()
{
    const CouncilSession* council = m_model->council();
    if (!council || !m_session.hasDatabase()) {
        return;
    }
    const auto asked = CouncilQuestions::member(this, *council);
    if (!asked) {
        return;
    }
    const CouncilMember& member = *asked;
    QString error;
    if (!CouncilStore::addMember(m_session.database(), m_model->councilId(), member, m_session.role(),
                                 m_session.actor(), &error)) {
        m_messages->showError(error);
        return;
    }
    showSelected();
    m_messages->showMessage(tr("%1 joined the council as member %2.").arg(member.name, member.id),
                            MessageBar::Level::Positive);
}

void CouncilView::addCandidate()
{
    const CouncilSession* council = m_model->council();
    if (!council || !m_session.hasDatabase()) {
        return;
    }
    const auto asked = CouncilQuestions::candidate(this, *council);
    if (!asked) {
        return;
    }
    QString error;
    if (!CouncilStore::addCandidate(m_session.database(), m_model->councilId(), asked->first, asked->second,
                                    m_session.role(), m_session.actor(), &error)) {
        m_messages->showError(error);
        return;
    }
    showSelected();
    // Ready to type the new candidate's scores.
    if (m_model->rowCount() > 0 && m_model->memberCount() > 0) {
        m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, m_model->memberColumn(0)));
        m_table->setFocus();
    }
}

} // namespace danhgia::ui
