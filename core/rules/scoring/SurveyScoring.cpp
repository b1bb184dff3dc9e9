#include "scoring/SurveyScoring.h"

#include "scoring/LeafScorer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <numeric>

namespace danhgia {

namespace {

const QString TextKey = QStringLiteral("text");
const QString OptionsKey = QStringLiteral("options");
const QString LabelKey = QStringLiteral("label");
const QString CoefficientKey = QStringLiteral("coefficient");
// The largest done or total a sheet holds exactly (its numbers are JSON doubles).
constexpr qint64 MaxExactInteger = 9007199254740992LL; // 2^53

WideInt gcd(WideInt a, WideInt b)
{
    if (a < WideInt(0)) {
        a = -a;
    }
    if (b < WideInt(0)) {
        b = -b;
    }
    while (b != WideInt(0)) {
        const WideInt r = a % b;
        a = b;
        b = r;
    }
    return a;
}

std::optional<Decimal> readCoefficient(const QJsonValue& value)
{
    if (value.isString()) {
        return Decimal::fromString(value.toString());
    }
    if (value.isDouble()) {
        return Decimal::fromDouble(value.toDouble());
    }
    return std::nullopt;
}

} // namespace

QJsonArray SurveyQuestionnaire::toJson() const
{
    QJsonArray json;
    for (const SurveyQuestion& question : questions) {
        QJsonArray options;
        for (const SurveyOption& option : question.options) {
            // As text: the coefficient is an exact decimal.
            options.append(
                QJsonObject{{LabelKey, option.label}, {CoefficientKey, option.coefficient.toString()}});
        }
        json.append(QJsonObject{{TextKey, question.text}, {OptionsKey, options}});
    }
    return json;
}

std::optional<SurveyQuestionnaire> SurveyQuestionnaire::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = tr("the survey questions are not a JSON array: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return fromJson(document.array(), error);
}

std::optional<SurveyQuestionnaire> SurveyQuestionnaire::fromJson(const QJsonArray& json, QString* error)
{
    SurveyQuestionnaire definition;
    for (int q = 0; q < json.size(); ++q) {
        const QJsonObject object = json.at(q).toObject();
        SurveyQuestion question;
        question.text = object.value(TextKey).toString();
        definition.questions.append(question);
        if (!json.at(q).isObject() || !object.value(OptionsKey).isArray()) {
            *error = tr("%1 has no list of answer options").arg(definition.questionName(q));
            return std::nullopt;
        }
        const QJsonArray options = object.value(OptionsKey).toArray();
        for (const QJsonValue& value : options) {
            const QJsonObject optionObject = value.toObject();
            SurveyOption option;
            option.label = optionObject.value(LabelKey).toString();
            const auto coefficient = readCoefficient(optionObject.value(CoefficientKey));
            if (!coefficient) {
                *error = tr("%1, option “%2”: the coefficient is not a decimal number")
                             .arg(definition.questionName(q), option.label);
                return std::nullopt;
            }
            option.coefficient = *coefficient;
            definition.questions.last().options.append(option);
        }
    }
    return definition;
}

QString SurveyQuestionnaire::questionName(int index) const
{
    const QString text
        = index >= 0 && index < questions.size() ? questions.at(index).text.trimmed() : QString();
    return text.isEmpty() ? tr("question %1").arg(index + 1)
                          : tr("question %1 (“%2”)").arg(QString::number(index + 1), text);
}

QStringList SurveyQuestionnaire::validate() const
{
    QStringList problems;
    if (questions.isEmpty()) {
        problems.append(tr("the questionnaire has no question"));
    }
    for (int q = 0; q < questions.size(); ++q) {
        const SurveyQuestion& question = questions.at(q);
        if (question.options.isEmpty()) {
            problems.append(tr("%1 has no answer option").arg(questionName(q)));
        }
        QSet<QString> labels;
        for (const SurveyOption& option : question.options) {
            const QString label = option.label.trimmed();
            if (label.isEmpty()) {
                problems.append(tr("%1 has an option without a label").arg(questionName(q)));
            } else if (labels.contains(label)) {
                problems.append(tr("%1: the option “%2” appears more than once").arg(questionName(q), label));
            }
            labels.insert(label);
            if (option.coefficient < Decimal() || option.coefficient > Decimal::fromInt(1)) {
                problems.append(tr("%1, option “%2”: the coefficient %3 is outside 0 to 1")
                                    .arg(questionName(q), label, option.coefficient.toDisplayString()));
            }
        }
    }
    return problems;
}

QString SurveyScoring::checkAnswers(const SurveyQuestionnaire& definition, const SurveyAnswers& answers)
{
    if (answers.size() != definition.questions.size()) {
        return tr("the questionnaire has %1 answers but the survey has %2 questions")
            .arg(answers.size())
            .arg(definition.questions.size());
    }
    for (int q = 0; q < answers.size(); ++q) {
        const int answer = answers.at(q);
        const int optionCount = static_cast<int>(definition.questions.at(q).options.size());
        if (answer < -1 || answer >= optionCount) {
            return tr("%1: the answer %2 is not one of its %3 options (1 to %3, or blank)")
                .arg(definition.questionName(q), QString::number(answer + 1), QString::number(optionCount));
        }
    }
    return QString();
}

QString SurveyScoring::checkEntry(const SurveyQuestionnaire& definition, const SurveyAnswers& answers)
{
    const QString problem = checkAnswers(definition, answers);
    if (!problem.isEmpty()) {
        return problem;
    }
    if (!isValid(answers)) {
        return tr("the questionnaire has no answer (every question is blank): a blank questionnaire is not "
                  "counted; enter the option chosen for at least one question");
    }
    return QString();
}

bool SurveyScoring::isValid(const SurveyAnswers& answers)
{
    for (int answer : answers) {
        if (answer >= 0) {
            return true;
        }
    }
    return false;
}

int SurveyScoring::validCount(const QList<SurveyAnswers>& responses)
{
    int count = 0;
    for (const SurveyAnswers& answers : responses) {
        count += isValid(answers) ? 1 : 0;
    }
    return count;
}

std::optional<SurveyScoring::Fraction> SurveyScoring::meanCoefficient(const SurveyQuestionnaire& definition,
                                                                      const QList<SurveyAnswers>& responses)
{
    // Sum over valid questionnaires of (sum of coefficient units / answered count), kept as the
    // exact fraction sumNumerator / sumDenominator, reduced at each step.
    WideInt sumNumerator(0);
    WideInt sumDenominator(1);
    qint64 valid = 0;
    for (const SurveyAnswers& answers : responses) {
        qint64 units = 0;
        qint64 answered = 0;
        for (int q = 0; q < answers.size() && q < definition.questions.size(); ++q) {
            const int answer = answers.at(q);
            const auto& options = definition.questions.at(q).options;
            if (answer < 0 || answer >= options.size()) {
                continue;
            }
            units += options.at(answer).coefficient.units();
            ++answered;
        }
        if (answered == 0) {
            continue;
        }
        ++valid;
        const WideInt numerator = sumNumerator * WideInt(answered) + WideInt(units) * sumDenominator;
        const WideInt denominator = sumDenominator * WideInt(answered);
        const WideInt divisor = gcd(numerator, denominator);
        sumNumerator = divisor == WideInt(0) ? WideInt(0) : numerator / divisor;
        sumDenominator = divisor == WideInt(0) ? WideInt(1) : denominator / divisor;
    }
    if (valid == 0) {
        return std::nullopt;
    }
    // mean = (sum / valid) / UnitsPerOne, the coefficients being in units.
    Fraction mean{sumNumerator, sumDenominator * WideInt(valid) * WideInt(Decimal::UnitsPerOne)};
    const WideInt divisor = gcd(mean.numerator, mean.denominator);
    if (divisor != WideInt(0)) {
        mean.numerator = mean.numerator / divisor;
        mean.denominator = mean.denominator / divisor;
    }
    if (mean.numerator == WideInt(0)) {
        mean.denominator = WideInt(1);
    }
    return mean;
}

Decimal SurveyScoring::points(const SurveyQuestionnaire& definition, const QList<SurveyAnswers>& responses,
                              Decimal max, int decimals)
{
    const auto mean = meanCoefficient(definition, responses);
    if (!mean) {
        return Decimal();
    }
    // points = max × mean, with max in units.
    WideInt numerator = mean->numerator * WideInt(max.units());
    WideInt denominator = mean->denominator * WideInt(Decimal::UnitsPerOne);
    const WideInt divisor = gcd(numerator, denominator);
    if (divisor != WideInt(0)) {
        numerator = numerator / divisor;
        denominator = denominator / divisor;
    }
    return Decimal::fromRatio(numerator, denominator, decimals);
}

std::optional<LeafValue> SurveyScoring::leafValue(const Criterion& leaf, Decimal points,
                                                  const std::optional<Fraction>& mean, int decimals,
                                                  QString* why)
{
    const auto fits = [](WideInt v) { return v >= WideInt(0) && v <= WideInt(MaxExactInteger); };
    LeafValue value;
    if (leaf.method.type == MethodType::Points) {
        value.kind = LeafValue::Kind::Points;
        value.number = points;
    } else if (leaf.method.type == MethodType::Linear) {
        value.kind = LeafValue::Kind::Ratio;
        if (mean && fits(mean->numerator) && fits(mean->denominator)) {
            value.done = narrowToInt64(mean->numerator);
            value.total = narrowToInt64(mean->denominator);
        } else if (leaf.max.units() > 0) {
            // points / max: the points are rounded already, so max × points / max rounds to them.
            const qint64 divisor = std::gcd(points.units(), leaf.max.units());
            value.done = points.units() / divisor;
            value.total = leaf.max.units() / divisor;
        }
    }
    const LeafScorer::Outcome scored = LeafScorer::score(leaf, value, Decimal(), decimals);
    if (scored.kind == LeafScorer::Outcome::Kind::Invalid) {
        *why = scored.error;
        return std::nullopt;
    }
    if (scored.kind != LeafScorer::Outcome::Kind::Points || scored.points != points) {
        *why = tr("the criterion %1 cannot be given exactly %2 points")
                   .arg(leaf.code, points.toDisplayString());
        return std::nullopt;
    }
    return value;
}

SurveyScoring::Summary SurveyScoring::summarize(const SurveyQuestionnaire& definition,
                                                const QList<SurveyAnswers>& responses, int planned,
                                                Decimal max, int decimals)
{
    Summary summary;
    summary.total = static_cast<int>(responses.size());
    summary.valid = validCount(responses);
    summary.planned = planned;
    if (summary.valid > 0) {
        summary.points = points(definition, responses, max, decimals);
    }
    return summary;
}

} // namespace danhgia
