#pragma once

#include "criteria/JsonFieldReader.h"
#include "criteria/ValidationIssue.h"
#include "scoring/ScoreSheet.h"

#include <QCoreApplication>

namespace danhgia {

// Reads a "danhgia.scores/1" document. It checks the shape of the file (types and required
// fields); whether the values fit the criteria set is ScoringEngine::check()'s job.
class ScoreSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheetReader)

public:
    static ScoreSheet read(const QByteArray& json, ValidationIssues* issues);
    static ScoreSheet fromObject(const QJsonObject& object, ValidationIssues* issues);

private:
    explicit ScoreSheetReader(ValidationIssues* issues)
        : m_fields(issues)
    { }

    void readValue(const QString& code, const QJsonValue& json, const QString& path);
    bool readTasks(const QJsonObject& object, const QString& path, LeafValue* value);

    JsonFieldReader m_fields;
    ScoreSheet m_sheet;
};

} // namespace danhgia
