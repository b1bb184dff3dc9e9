#include "SurveyEntryView.h"

#include "AppSession.h"
#include "MessageBar.h"
#include "SurveyApplyDialog.h"
#include "SurveyDefinitionActions.h"
#include "SurveyEntryLine.h"
#include "SurveyEntryModel.h"
#include "SurveyResponseActions.h"
#include "SurveyUnitPanel.h"
#include "ViewLook.h"
#include "ViewRefresher.h"
#include "queries/SurveyListings.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "workflow/RecordPermissions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

namespace {

using Outcome = SurveyPointsWriter::Outcome;

} // namespace

SurveyEntryView::SurveyEntryView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("surveyEntryView"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* bar = new QHBoxLayout;
    m_surveyCombo = new QComboBox(this);
    ViewLook::describe(m_surveyCombo, QStringLiteral("surveyCombo"), tr("Survey"),
                       tr("The survey whose paper questionnaires are entered"));
    m_surveyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_surveyCombo->setMinimumContentsLength(30);
    auto* surveyLabel = new QLabel(tr("&Survey:"), this);
    surveyLabel->setBuddy(m_surveyCombo);
    m_unitCombo = new QComboBox(this);
    ViewLook::describe(m_unitCombo, QStringLiteral("surveyUnitCombo"), tr("Unit"),
                       tr("The unit the questionnaires were collected for"));
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitCombo->setMinimumContentsLength(24);
    auto* unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unitCombo);
    bar->addWidget(surveyLabel);
    bar->addWidget(m_surveyCombo, 1);
    bar->addSpacing(12);
    bar->addWidget(unitLabel);
    bar->addWidget(m_unitCombo);
    bar->addSpacing(12);
    m_newSurvey = new QPushButton(tr("&New survey…"), this);
    m_newSurvey->setObjectName(QStringLiteral("newSurveyButton"));
    m_editSurvey = new QPushButton(tr("&Edit survey…"), this);
    m_editSurvey->setObjectName(QStringLiteral("editSurveyButton"));
    bar->addWidget(m_newSurvey);
    bar->addWidget(m_editSurvey);
    layout->addLayout(bar);
    m_definitions = new SurveyDefinitionActions(m_session, m_newSurvey, m_editSurvey, this);
    connect(m_definitions, &SurveyDefinitionActions::failed, m_messages, &MessageBar::showError);
    connect(m_definitions, &SurveyDefinitionActions::saved, this, [this](qint64 id, const QString& message) {
        rebuildSurveys(id);
        showSurvey();
        m_messages->showMessage(message, MessageBar::Level::Positive);
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("surveySplitter"));
    splitter->setChildrenCollapsible(false);
    auto* entryPane = new QWidget(splitter);
    auto* entryLayout = new QVBoxLayout(entryPane);
    entryLayout->setContentsMargins(0, 0, 6, 0);
    m_hint = new QLabel(entryPane);
    m_hint->setObjectName(QStringLiteral("surveyEntryHint"));
    m_hint->setWordWrap(true);
    entryLayout->addWidget(m_hint);
    m_entry = new SurveyEntryLine(entryPane);
    m_entry->setProperty("entryTip", m_entry->toolTip());
    entryLayout->addWidget(m_entry);
    m_count = new QLabel(entryPane);
    m_count->setObjectName(QStringLiteral("surveyUnitCount"));
    m_count->setWordWrap(true);
    entryLayout->addWidget(m_count);
    m_model = new SurveyEntryModel(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->horizontalHeader()->setSectionResizeMode(SurveyEntryModel::NumberColumn,
                                                          QHeaderView::ResizeToContents);
    });
    m_table = new QTableView(entryPane);
    ViewLook::describe(
        m_table, QStringLiteral("surveyResponseTable"), tr("Questionnaires of the unit"),
        tr("The questionnaires entered for this unit, one row each, the latest at the bottom"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setFocusPolicy(Qt::ClickFocus);
    m_table->verticalHeader()->hide();
    ViewLook::useCompactRows(m_table);
    m_table->horizontalHeader()->setMinimumSectionSize(ViewLook::textWidth(m_table, 6));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    entryLayout->addWidget(m_table, 1);
    m_actions = new SurveyResponseActions(m_session, m_table, m_model, m_entry, this);
    m_panel = new SurveyUnitPanel(splitter);
    splitter->addWidget(entryPane);
    splitter->addWidget(m_panel);
    // The entry and its table take the room; the panel keeps about its width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({700, 380});
    layout->addWidget(splitter, 1);

    connect(m_surveyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_messages->clearMessage();
        showSurvey();
    });
    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_messages->clearMessage();
        showUnit();
    });
    connect(m_entry, &SurveyEntryLine::submitted, this, &SurveyEntryView::record);
    connect(m_actions, &SurveyResponseActions::correctionChanged, this, [this] {
        m_messages->clearMessage();
        updateHint();
    });
    connect(m_actions, &SurveyResponseActions::failed, m_messages, &MessageBar::showError);
    connect(m_actions, &SurveyResponseActions::corrected, this, [this](const QString& message) {
        refreshSummary();
        updateCount();
        m_messages->showMessage(message, MessageBar::Level::Positive);
    });
    connect(m_actions, &SurveyResponseActions::deleted, this, [this](const QString& message) {
        showUnit();
        refreshSummary();
        updateCount();
        m_messages->showMessage(message, MessageBar::Level::Positive);
    });
    connect(m_entry, &SurveyEntryLine::keyRefused, m_messages, &MessageBar::showError);
    connect(m_panel, &SurveyUnitPanel::unitActivated, this, [this](const QString& code) {
        selectUnit(code);
        m_entry->setFocus();
    });
    connect(m_panel, &SurveyUnitPanel::writeRequested, this, &SurveyEntryView::writePoints);
    connect(&m_session, &AppSession::databaseChanged, this, &SurveyEntryView::reload);
    new ViewRefresher(this, m_session, [this] { reload(); });
    connect(&m_session, &AppSession::userChanged, this, &SurveyEntryView::reload);
    reload();
}

QString SurveyEntryView::unitCode() const
{
    return m_unitCombo->currentData().toString();
}

bool SurveyEntryView::selectSurvey(qint64 surveyId)
{
    const int index = m_surveyCombo->findData(surveyId);
    if (index >= 0) {
        m_surveyCombo->setCurrentIndex(index);
    }
    return index >= 0;
}

bool SurveyEntryView::selectUnit(const QString& unitCode)
{
    const int index = m_unitCombo->findData(unitCode);
    if (index >= 0) {
        m_unitCombo->setCurrentIndex(index);
    }
    return index >= 0;
}

void SurveyEntryView::reload()
{
    m_messages->clearMessage();
    rebuildSurveys(surveyId());
    showSurvey();
}

void SurveyEntryView::rebuildSurveys(qint64 keep)
{
    const QSignalBlocker blocker(m_surveyCombo);
    m_surveyCombo->clear();
    if (!m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto surveys = SurveyListings::surveys(m_session.database().connection(), &error);
    if (!surveys) {
        m_messages->showError(error);
        return;
    }
    for (const SurveyListItem& survey : *surveys) {
        const QString text = QStringLiteral("%1 (%2)").arg(survey.title, survey.campaignCode);
        m_surveyCombo->addItem(text, survey.id);
        m_surveyCombo->setItemData(m_surveyCombo->count() - 1, text, Qt::ToolTipRole);
    }
    m_surveyCombo->setCurrentIndex(std::max(0, m_surveyCombo->findData(keep)));
}

void SurveyEntryView::showSurvey()
{
    const QString keepUnit = unitCode();
    m_survey.reset();
    m_summary.reset();
    const qint64 id = m_surveyCombo->currentData().toLongLong();
    QString error;
    if (m_session.hasDatabase() && id != 0) {
        m_survey = SurveyStore::load(m_session.database().connection(), id, &error);
        if (!m_survey) {
            m_messages->showError(error);
        }
    }
    m_decimals = 2;
    if (m_survey) {
        // The points are written with the decimals of the campaign's criteria set.
        const auto campaign
            = CampaignStore::find(m_session.database().connection(), m_survey->campaignCode, &error);
        const auto set = campaign
            ? CriteriaSetStore::load(m_session.database().connection(), campaign->criteriaSetRowId, &error)
            : std::nullopt;
        if (set) {
            m_decimals = set->decimals;
        }
    }
    m_entry->setQuestionnaire(m_survey ? m_survey->definition : SurveyQuestionnaire());
    refreshSummary();
    {
        const QSignalBlocker blocker(m_unitCombo);
        m_unitCombo->clear();
        if (m_summary) {
            for (const SurveyPointsWriter::UnitPoints& unit : m_summary->units) {
                m_unitCombo->addItem(SurveyUnitPanel::unitTitle(unit), unit.unitCode);
            }
        }
        m_unitCombo->setCurrentIndex(std::max(0, m_unitCombo->findData(keepUnit)));
    }
    m_surveyCombo->setEnabled(m_surveyCombo->count() > 0);
    m_unitCombo->setEnabled(m_unitCombo->count() > 0);
    m_definitions->update(surveyId());
    showUnit();
}

void SurveyEntryView::updateHint()
{
    // A correction in progress stands out in the warning tint of the message bar.
    m_hint->setStyleSheet(m_actions->correctedId() != 0
                              ? QStringLiteral("QLabel { background: #fdf3d8; border: 1px solid #d9b44a; "
                                               "border-radius: 3px; padding: 3px 6px; }")
                              : QString());
    if (!m_survey) {
        m_hint->setText(m_session.hasDatabase() ? tr("The database holds no survey yet.")
                                                : tr("Open a database to enter its surveys."));
        return;
    }
    if (m_actions->correctedId() != 0) {
        m_hint->setText(tr("Correcting questionnaire No. %1: Backspace goes back to a wrong answer, type the "
                           "answers again from there, Enter records the correction; Esc gives it up.")
                            .arg(ViewLook::vietnamese().toString(m_actions->correctedRow() + 1)));
        return;
    }
    int options = 0;
    for (const SurveyQuestion& question : m_survey->definition.questions) {
        options = std::max(options, static_cast<int>(question.options.size()));
    }
    m_hint->setText(tr("For each questionnaire, type the option of every question in turn (1 to %1), 0 or "
                       "Space for a blank answer; Backspace goes back one answer, Enter records the "
                       "questionnaire. To correct or delete a recorded one, double-click it or right-click "
                       "it.")
                        .arg(std::min(options, 9)));
}

void SurveyEntryView::showUnit()
{
    m_actions->endCorrection();
    updateHint();
    const QString mayNotEnter = RecordPermissions::refusal(RecordKind::SurveyResponses, m_session.role());
    m_entry->setEnabled(m_survey && m_unitCombo->count() > 0 && mayNotEnter.isEmpty());
    m_entry->setToolTip(mayNotEnter.isEmpty() ? m_entry->property("entryTip").toString() : mayNotEnter);
    if (!m_survey || !m_session.hasDatabase() || m_unitCombo->count() == 0) {
        m_model->clear();
        updateCount();
        return;
    }
    QString error;
    const auto responses
        = SurveyListings::responses(m_session.database().connection(), m_survey->id, unitCode(), &error);
    if (!responses) {
        m_messages->showError(error);
    }
    m_model->setSurvey(m_survey->definition, responses.value_or(QList<SurveyResponseRecord>()));
    // The latest questionnaire in sight, once the layout has settled.
    QMetaObject::invokeMethod(m_table, &QTableView::scrollToBottom, Qt::QueuedConnection);
    m_panel->setCurrentUnit(unitCode());
    updateCount();
}

void SurveyEntryView::refreshSummary()
{
    m_summary.reset();
    if (m_survey && m_session.hasDatabase()) {
        QString error;
        m_summary = SurveyPointsWriter::summary(m_session.database().connection(), m_survey->id, &error);
        if (!m_summary) {
            m_messages->showError(error);
        }
    }
    m_panel->setSummary(m_summary, m_decimals);
    m_panel->setCurrentUnit(unitCode());
    // Only the appraisal side enters questionnaires and writes their points: the others see why not.
    const QString refused = RecordPermissions::refusal(RecordKind::SurveyPoints, m_session.role());
    if (!refused.isEmpty()) {
        m_panel->writeButton()->setEnabled(false);
        m_panel->writeButton()->setToolTip(refused);
    }
}

const SurveyPointsWriter::UnitPoints* SurveyEntryView::currentUnitPoints() const
{
    if (!m_summary || m_unitCombo->count() == 0) {
        return nullptr;
    }
    const QString code = unitCode();
    const auto found
        = std::find_if(m_summary->units.cbegin(), m_summary->units.cend(),
                       [&code](const SurveyPointsWriter::UnitPoints& unit) { return unit.unitCode == code; });
    return found == m_summary->units.cend() ? nullptr : &*found;
}

void SurveyEntryView::updateCount()
{
    const SurveyPointsWriter::UnitPoints* unit = currentUnitPoints();
    if (!unit) {
        m_count->clear();
        m_count->setStyleSheet(QString());
        return;
    }
    const QLocale vi = ViewLook::vietnamese();
    QString text = tr("%1: %2 of %3 planned questionnaires entered, %4 valid")
                       .arg(SurveyUnitPanel::unitTitle(*unit), vi.toString(unit->entered),
                            vi.toString(unit->planned), vi.toString(unit->valid));
    if (unit->points && unit->meanCoefficient) {
        // How the points come about: the mean coefficient of the valid questionnaires × the maximum.
        text += QStringLiteral("; ")
            + tr("points of criterion %1: mean coefficient %2 × %3 points at most = %4 points")
                  .arg(m_summary->criterionCode, unit->meanCoefficient->toLocaleString(vi),
                       m_summary->criterionMax.toLocaleString(vi), pointsText(*unit->points));
    }
    m_count->setText(text);
    m_count->setStyleSheet(unit->belowSample()
                               ? QStringLiteral("QLabel { background: #fdf3d8; border: 1px solid #d9b44a; "
                                                "border-radius: 3px; padding: 3px 6px; }")
                               : QStringLiteral("QLabel { background: #e7f4e4; border: 1px solid #7bb56f; "
                                                "border-radius: 3px; padding: 3px 6px; }"));
    m_count->setToolTip(unit->belowSample()
                            ? tr("Below the planned sample: %1 valid questionnaires of %2 planned")
                                  .arg(vi.toString(unit->valid), vi.toString(unit->planned))
                            : tr("The planned sample is reached"));
}

void SurveyEntryView::record(const SurveyAnswers& answers)
{
    if (!m_survey || !m_session.hasDatabase() || m_unitCombo->count() == 0) {
        return;
    }
    const QString unit = unitCode();
    QString error;
    if (m_actions->correctedId() != 0) {
        m_actions->recordCorrection(answers);
        return;
    }
    const auto id = SurveyStore::addResponse(m_session.database(), m_survey->id, unit, answers,
                                             m_session.role(), m_session.actor(), &error);
    if (!id) {
        m_messages->showError(tr("The questionnaire was not recorded: %1").arg(error));
        return;
    }
    m_messages->clearMessage();
    m_model->append({*id, unit, answers});
    m_table->scrollToBottom();
    m_entry->clear();
    refreshSummary();
    updateCount();
}

QString SurveyEntryView::pointsText(Decimal points) const
{
    return points.toLocaleString(ViewLook::vietnamese(), m_decimals);
}

SurveyApplyDialog* SurveyEntryView::applyDialog() const
{
    return m_applyDialog;
}

void SurveyEntryView::writePoints()
{
    if (!m_survey || !m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto preview
        = SurveyPointsWriter::preview(m_session.database(), m_survey->id, m_session.role(), &error);
    if (!preview) {
        m_messages->showError(tr("The points were not written into the sheets: %1").arg(error));
        return;
    }
    delete m_applyDialog;
    m_applyDialog = new SurveyApplyDialog(*preview, m_decimals, this);
    connect(m_applyDialog, &QDialog::accepted, this, &SurveyEntryView::applyPoints);
    m_applyDialog->open();
}

void SurveyEntryView::applyPoints()
{
    if (!m_survey || !m_session.hasDatabase()) {
        return;
    }
    QString error;
    const auto report = SurveyPointsWriter::applyToSheets(m_session.database(), m_survey->id,
                                                          m_session.role(), m_session.actor(), &error);
    if (!report) {
        m_messages->showError(tr("The points were not written into the sheets: %1").arg(error));
        return;
    }
    QStringList lines;
    for (const SurveyPointsWriter::SheetResult& sheet : report->sheets) {
        lines.append(QStringLiteral("• %1, %2: %3")
                         .arg(SurveyApplyDialog::sheetName(sheet), sheet.criterionCode,
                              SurveyApplyDialog::outcomeText(sheet, m_decimals, false)));
    }
    const int done = report->count(Outcome::Written) + report->count(Outcome::Unchanged);
    const QLocale vi = ViewLook::vietnamese();
    lines.prepend(tr("Survey points: %1 sheets written, %2 unchanged, %3 not written.")
                      .arg(vi.toString(report->count(Outcome::Written)),
                           vi.toString(report->count(Outcome::Unchanged)),
                           vi.toString(static_cast<int>(report->sheets.size()) - done)));
    // The sheets changed: the other screens read them again (this one too).
    m_session.notifyDataChanged();
    m_messages->showMessage(lines.join(QLatin1Char('\n')),
                            done == report->sheets.size() ? MessageBar::Level::Positive
                                                          : MessageBar::Level::Warning);
}

} // namespace danhgia::ui
