#include "SurveyEntryModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace danhgia::ui {

namespace {

const QColor BlankText(0x70, 0x70, 0x70);
const QColor InvalidBackground(0xfb, 0xe3, 0xe1);

} // namespace

SurveyEntryModel::SurveyEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SurveyEntryModel::setSurvey(const SurveyQuestionnaire& definition,
                                 const QList<SurveyResponseRecord>& responses)
{
    beginResetModel();
    m_definition = definition;
    m_responses = responses;
    endResetModel();
}

void SurveyEntryModel::clear()
{
    setSurvey({}, {});
}

void SurveyEntryModel::append(const SurveyResponseRecord& response)
{
    const int row = static_cast<int>(m_responses.size());
    beginInsertRows({}, row, row);
    m_responses.append(response);
    endInsertRows();
}

void SurveyEntryModel::setAnswers(int row, const SurveyAnswers& answers)
{
    if (row < 0 || row >= m_responses.size()) {
        return;
    }
    m_responses[row].answers = answers;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int SurveyEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_responses.size());
}

int SurveyEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(m_definition.questions.size());
}

QString SurveyEntryModel::questionTitle(int question)
{
    return tr("Question %1").arg(question + 1);
}

QString SurveyEntryModel::optionText(const SurveyQuestionnaire& definition, int question, int answer)
{
    if (answer < 0) {
        return tr("(blank)");
    }
    const auto& options = definition.questions.at(question).options;
    return answer < options.size() ? options.at(answer).label : QString::number(answer + 1);
}

QVariant SurveyEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SurveyAnswers& answers = m_responses.at(index.row()).answers;
    const int question = index.column() - 1;
    const int answer = question >= 0 && question < answers.size() ? answers.at(question) : -1;
    const bool valid = SurveyScoring::isValid(answers);
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() == NumberColumn) {
                return QLocale(QLocale::Vietnamese).toString(index.row() + 1);
            }
            return answer < 0
                ? optionText(m_definition, question, answer)
                : QStringLiteral("%1 · %2").arg(answer + 1).arg(optionText(m_definition, question, answer));
        case Qt::ToolTipRole:
            if (index.column() == NumberColumn) {
                return valid ? QVariant() : tr("Not valid: no question is answered");
            }
            return QStringLiteral("%1\n%2").arg(m_definition.questions.at(question).text,
                                                optionText(m_definition, question, answer));
        case Qt::ForegroundRole:
            return index.column() != NumberColumn && answer < 0 ? QBrush(BlankText) : QVariant();
        case Qt::BackgroundRole:
            return valid ? QVariant() : QBrush(InvalidBackground);
        case Qt::TextAlignmentRole:
            return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case AnswerRole:
            return index.column() == NumberColumn ? QVariant() : answer;
        case ValidRole:
            return valid;
        default:
            return {};
    }
}

QVariant SurveyEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == NumberColumn) {
        return role == Qt::DisplayRole ? QVariant(tr("No.")) : QVariant();
    }
    switch (role) {
        case Qt::DisplayRole:
            return questionTitle(section - 1);
        case Qt::ToolTipRole:
            return m_definition.questions.at(section - 1).text;
        default:
            return {};
    }
}

} // namespace danhgia::ui
