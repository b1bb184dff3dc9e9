#include "SurveyDefinitionDialog.h"

#include "AppSession.h"
#include "MessageBar.h"
#include "SurveyPlanEditor.h"
#include "SurveyQuestionsEditor.h"
#include "ViewLook.h"
#include "queries/Listings.h"
#include "queries/SurveyListings.h"
#include "scoring/SurveyDefinitionValidator.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace danhgia::ui {

SurveyDefinitionDialog::SurveyDefinitionDialog(AppSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("surveyDefinitionDialog"));
    setWindowTitle(tr("New survey"));
    resize(ViewLook::textWidth(this, 130), ViewLook::rowHeight(this) * 32);
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    ViewLook::describe(m_title, QStringLiteral("surveyTitleEdit"), tr("Title of the survey"),
                       tr("e.g. Khảo sát sự hài lòng của người dân, tổ chức năm 2026"));
    form->addRow(tr("&Title:"), m_title);
    m_campaign = new QComboBox(this);
    ViewLook::describe(m_campaign, QStringLiteral("surveyCampaignCombo"), tr("Campaign"),
                       tr("The campaign whose sheets receive the survey points"));
    form->addRow(tr("&Campaign:"), m_campaign);
    layout->addLayout(form);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* questionsBox = new QGroupBox(tr("Questionnaire"), splitter);
    auto* questionsLayout = new QVBoxLayout(questionsBox);
    m_questions = new SurveyQuestionsEditor(questionsBox);
    questionsLayout->addWidget(m_questions);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* criteriaBox = new QGroupBox(tr("Criteria fed by the survey"), right);
    auto* criteriaLayout = new QVBoxLayout(criteriaBox);
    m_criteria = new QListWidget(criteriaBox);
    ViewLook::describe(
        m_criteria, QStringLiteral("surveyCriteriaList"), tr("Criteria fed"),
        tr("Tick each criterion whose points come from this survey (scored by points or linear)"));
    criteriaLayout->addWidget(m_criteria);
    rightLayout->addWidget(criteriaBox, 1);
    auto* planBox = new QGroupBox(tr("Planned sample"), right);
    auto* planLayout = new QVBoxLayout(planBox);
    m_plan = new SurveyPlanEditor(planBox);
    planLayout->addWidget(m_plan);
    rightLayout->addWidget(planBox, 2);
    splitter->addWidget(questionsBox);
    splitter->addWidget(right);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveSurveyButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyDefinitionDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plan, &SurveyPlanEditor::suggested, this, [this](const QString& message, bool problem) {
        m_messages->showMessage(message, problem ? MessageBar::Level::Error : MessageBar::Level::Information);
    });

    QString error;
    const auto campaigns = m_session.hasDatabase()
        ? Listings::campaigns(m_session.database().connection(), &error)
        : std::optional<QList<CampaignRecord>>(QList<CampaignRecord>());
    if (!campaigns) {
        m_messages->showError(error);
    } else {
        for (const CampaignRecord& campaign : *campaigns) {
            if (!campaign.isClosed()) {
                m_campaign->addItem(QStringLiteral("%1 · %2").arg(campaign.code, campaign.title),
                                    campaign.code);
            }
        }
    }
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] { showCampaign({}, m_plan->plan()); });
    showCampaign({}, SurveyPlan());
    m_questions->addQuestion(tr("New question"));
}

void SurveyDefinitionDialog::setSurvey(const SurveyRecord& survey)
{
    m_id = survey.id;
    setWindowTitle(tr("Survey “%1”").arg(survey.title));
    m_title->setText(survey.title);
    {
        const QSignalBlocker blocker(m_campaign);
        int index = m_campaign->findData(survey.campaignCode);
        if (index < 0) {
            m_campaign->addItem(survey.campaignCode, survey.campaignCode);
            index = m_campaign->count() - 1;
        }
        m_campaign->setCurrentIndex(index);
    }
    m_campaign->setEnabled(false);
    m_questions->setQuestionnaire(survey.definition);
    showCampaign(survey.criterionCodes, survey.plan);
}

void SurveyDefinitionDialog::showCampaign(const QStringList& checked, const SurveyPlan& plan)
{
    m_criteria->clear();
    const QString code = m_campaign->currentData().toString();
    if (!m_session.hasDatabase() || code.isEmpty()) {
        m_plan->setPlan({}, plan);
        return;
    }
    QString error;
    QSqlDatabase& db = m_session.database().connection();
    const auto campaign = CampaignStore::find(db, code, &error);
    const auto set = campaign ? CriteriaSetStore::load(db, campaign->criteriaSetRowId, &error) : std::nullopt;
    const auto units = SurveyListings::campaignUnits(db, code, &error);
    if (!set || !units) {
        m_messages->showError(error);
        return;
    }
    const QLocale vi = ViewLook::vietnamese();
    for (const Criterion& criterion : set->nodes()) {
        if (!SurveyDefinitionValidator::canFeed(criterion)) {
            continue;
        }
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (at most %3 points)")
                .arg(criterion.code, criterion.title, criterion.leafMax().toLocaleString(vi)),
            m_criteria);
        item->setData(Qt::UserRole, criterion.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(criterion.code) ? Qt::Checked : Qt::Unchecked);
    }
    m_plan->setPlan(*units, plan);
}

bool SurveyDefinitionDialog::checkCriterion(const QString& code, bool checked)
{
    for (int row = 0; row < m_criteria->count(); ++row) {
        if (m_criteria->item(row)->data(Qt::UserRole).toString() == code) {
            m_criteria->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

std::optional<SurveyRecord> SurveyDefinitionDialog::survey(QString* problem) const
{
    const auto questionnaire = m_questions->questionnaire(problem);
    if (!questionnaire) {
        return std::nullopt;
    }
    SurveyRecord survey;
    survey.id = m_id;
    survey.campaignCode = m_campaign->currentData().toString();
    survey.title = m_title->text().trimmed();
    survey.definition = *questionnaire;
    for (int row = 0; row < m_criteria->count(); ++row) {
        if (m_criteria->item(row)->checkState() == Qt::Checked) {
            survey.criterionCodes.append(m_criteria->item(row)->data(Qt::UserRole).toString());
        }
    }
    survey.plan = m_plan->plan();
    if (survey.campaignCode.isEmpty()) {
        *problem = tr("Choose the campaign whose sheets receive the survey points.");
        return std::nullopt;
    }
    return survey;
}

void SurveyDefinitionDialog::showProblem(const QString& text)
{
    m_messages->showError(text);
}

} // namespace danhgia::ui
