#include "SurveyQuestionsEditor.h"

#include "ViewLook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

// A coefficient as the officer types it: "0,75" or "0.75".
std::optional<Decimal> parseCoefficient(const QString& text)
{
    QString normal = text.trimmed();
    normal.replace(QLatin1Char(','), QLatin1Char('.'));
    return normal.isEmpty() ? std::nullopt : Decimal::fromString(normal);
}

} // namespace

SurveyQuestionsEditor::SurveyQuestionsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    ViewLook::describe(
        m_tree, QStringLiteral("surveyQuestionTree"), tr("Questions and answer options"),
        tr("Each question with its answer options below it; double-click a cell to change it"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Question / answer option"), tr("Coefficient")});
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CoefficientColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    auto* addQuestionButton = new QPushButton(tr("Add a &question"), this);
    addQuestionButton->setObjectName(QStringLiteral("addSurveyQuestionButton"));
    m_addOption = new QPushButton(tr("Add an &option"), this);
    m_addOption->setObjectName(QStringLiteral("addSurveyOptionButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSurveyItemButton"));
    m_remove->setToolTip(tr("Remove the selected question (with its options) or option"));
    buttons->addWidget(addQuestionButton);
    buttons->addWidget(m_addOption);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(addQuestionButton, &QPushButton::clicked, this, [this] { addQuestion(); });
    connect(m_addOption, &QPushButton::clicked, this, [this] { addOption(); });
    connect(m_remove, &QPushButton::clicked, this, &SurveyQuestionsEditor::removeCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SurveyQuestionsEditor::updateButtons);
    updateButtons();
}

void SurveyQuestionsEditor::setQuestionnaire(const SurveyQuestionnaire& questionnaire)
{
    m_tree->clear();
    const QLocale vi = ViewLook::vietnamese();
    for (const SurveyQuestion& question : questionnaire.questions) {
        auto* item = new QTreeWidgetItem(m_tree, {question.text});
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        for (const SurveyOption& option : question.options) {
            newOption(item, option.label, option.coefficient.toLocaleString(vi));
        }
        item->setExpanded(true);
    }
    updateButtons();
}

std::optional<SurveyQuestionnaire> SurveyQuestionsEditor::questionnaire(QString* problem) const
{
    SurveyQuestionnaire result;
    for (int q = 0; q < m_tree->topLevelItemCount(); ++q) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(q);
        SurveyQuestion question;
        question.text = item->text(TextColumn).trimmed();
        result.questions.append(question);
        for (int o = 0; o < item->childCount(); ++o) {
            const QTreeWidgetItem* child = item->child(o);
            const QString typed = child->text(CoefficientColumn);
            const auto coefficient = parseCoefficient(typed);
            if (!coefficient) {
                *problem
                    = tr("%1, option “%2”: the coefficient “%3” is not a number (e.g. 0,75)")
                          .arg(result.questionName(q), child->text(TextColumn).trimmed(), typed.trimmed());
                return std::nullopt;
            }
            result.questions.last().options.append({child->text(TextColumn).trimmed(), *coefficient});
        }
    }
    return result;
}

QTreeWidgetItem* SurveyQuestionsEditor::addQuestion(const QString& text)
{
    auto* question = new QTreeWidgetItem(m_tree, {text.isEmpty() ? tr("New question") : text});
    question->setFlags(question->flags() | Qt::ItemIsEditable);
    // The usual scale of satisfaction (rules.md §3).
    newOption(question, tr("Very satisfied"), QStringLiteral("1"));
    newOption(question, tr("Satisfied"), QStringLiteral("0,75"));
    newOption(question, tr("Neither satisfied nor dissatisfied"), QStringLiteral("0,5"));
    newOption(question, tr("Dissatisfied"), QStringLiteral("0,25"));
    newOption(question, tr("Very dissatisfied"), QStringLiteral("0"));
    question->setExpanded(true);
    m_tree->setCurrentItem(question, TextColumn);
    if (text.isEmpty() && m_tree->isVisible()) {
        m_tree->editItem(question, TextColumn);
    }
    updateButtons();
    return question;
}

QTreeWidgetItem* SurveyQuestionsEditor::addOption(const QString& label, const QString& coefficient)
{
    QTreeWidgetItem* current = m_tree->currentItem();
    if (!current) {
        return nullptr;
    }
    QTreeWidgetItem* question = current->parent() ? current->parent() : current;
    QTreeWidgetItem* option = newOption(question, label.isEmpty() ? tr("New option") : label,
                                        coefficient.isEmpty() ? QStringLiteral("0") : coefficient);
    question->setExpanded(true);
    m_tree->setCurrentItem(option, TextColumn);
    return option;
}

void SurveyQuestionsEditor::removeCurrent()
{
    delete m_tree->currentItem();
    updateButtons();
}

QTreeWidgetItem* SurveyQuestionsEditor::newOption(QTreeWidgetItem* question, const QString& label,
                                                  const QString& coefficient)
{
    auto* option = new QTreeWidgetItem(question, {label, coefficient});
    option->setFlags(option->flags() | Qt::ItemIsEditable);
    option->setTextAlignment(CoefficientColumn, Qt::AlignRight | Qt::AlignVCenter);
    return option;
}

void SurveyQuestionsEditor::updateButtons()
{
    m_addOption->setEnabled(m_tree->currentItem() != nullptr);
    m_remove->setEnabled(m_tree->currentItem() != nullptr);
}

} // namespace danhgia::ui
