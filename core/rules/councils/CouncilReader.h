#pragma once

#include "councils/CouncilSession.h"
#include "criteria/JsonFieldReader.h"
#include "criteria/ValidationIssue.h"

#include <QCoreApplication>

namespace danhgia {

// Reads and checks a "danhgia.council/1" document: scores within 0..max, at least two members
// per candidate, unique candidate ids, well-formed spread rules, and the agreed scores that a
// later change of the scores voided ("voided").
class CouncilReader
{
    Q_DECLARE_TR_FUNCTIONS(CouncilReader)

public:
    static CouncilSession read(const QByteArray& json, ValidationIssues* issues);
    static CouncilSession fromObject(const QJsonObject& object, ValidationIssues* issues);

private:
    explicit CouncilReader(ValidationIssues* issues)
        : m_fields(issues)
    { }

    void readHeader(const QJsonObject& object);
    void readMembers(const QJsonObject& object);
    void readDialogue(const QJsonObject& object);
    void readCandidates(const QJsonObject& object);
    QList<VoidedAgreement> readVoided(const QJsonObject& candidate, const QString& path);
    bool withinRange(Decimal value, const QString& path);

    JsonFieldReader m_fields;
    CouncilSession m_session;
};

} // namespace danhgia
