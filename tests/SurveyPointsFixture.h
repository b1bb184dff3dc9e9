#pragma once

#include "database/Database.h"
#include "numbers/Decimal.h"
#include "scoring/SurveyScoring.h"
#include "workflow/Role.h"
#include "workflow/WorkflowAction.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace danhgia::test {

Decimal dec(const char* text);
// Three questions with the five levels of satisfaction: 1; 0.75; 0.5; 0.25; 0.
SurveyQuestionnaire threeQuestions();

// The database of tests/TestSurveyPoints.cpp: the CCHC 2026 criteria set, a campaign with the
// example sheets of six departments in every state a sheet can be in for the survey points:
// SNV and VPUB submitted, STC appraised (its 1.4 adjusted to 1.5), SGDDT approved, SYT a draft;
// STNMT is a unit without a sheet.
class SurveyPointsFixture
{
public:
    static const QString Actor;

    // A new database file at each call.
    bool setUp(QString* error);

    qint64 count(const QString& sql) const;
    // The stored value of a criterion in one stage of a unit's sheet (empty when there is none).
    QJsonObject stored(const QString& unit, const QString& code, const char* stage = "appraised");
    // All stored values of a sheet with its revision and state, to see that nothing changed.
    QString snapshot(const QString& unit);
    std::optional<qint64> newSurvey(const QString& title, const QString& criterion, int planned,
                                    QString* error);
    bool answer(qint64 survey, const QString& unit, const QList<SurveyAnswers>& questionnaires,
                QString* error);
    // The points the stored appraised stage of a unit's sheet gives a criterion.
    std::optional<Decimal> scoredPoints(const QString& unit, const QString& code);

protected:
    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    qint64 m_campaign = 0;
    qint64 m_setRow = 0;
    QHash<QString, qint64> m_sheets; // by unit code

private:
    bool transition(const QString& unit, WorkflowAction action, Role role, QString* error);
    // Explains every self-assessed leaf (no evidence files here), then submits.
    bool submit(const QString& unit, QString* error);
};

} // namespace danhgia::test
