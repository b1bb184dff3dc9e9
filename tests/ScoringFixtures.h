#pragma once

// Header-only helpers of the scoring unit tests: criteria sets written inline as JSON, leaf
// values and sheets built in memory, and QTest printers for the core's value types.

#include "CouncilSession.h"
#include "CriteriaSet.h"
#include "CriteriaSetReader.h"
#include "Decimal.h"
#include "QuotaRule.h"
#include "ScoreSheet.h"
#include "SubjectResult.h"
#include "ValidationIssue.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QtTest>

#include <optional>

namespace danhgia {

// QCOMPARE prints these through argument-dependent lookup.
inline char* toString(const Decimal& value)
{
    return qstrdup(value.toString().toUtf8().constData());
}

inline char* toString(QuotaStatus status)
{
    const QString name = QuotaRule::statusName(status);
    return qstrdup(name.isEmpty() ? "not_proposed" : name.toUtf8().constData());
}

inline char* toString(CandidateResult::Status status)
{
    return qstrdup(CandidateResult::statusName(status).toUtf8().constData());
}

} // namespace danhgia

namespace danhgia::test {

// A decimal written as text ("85.665", "-2"); the tests only use valid literals.
inline Decimal dec(const char* text)
{
    const auto value = Decimal::fromString(QString::fromLatin1(text));
    if (!value) {
        qFatal("bad decimal literal in a test: %s", text);
    }
    return *value;
}

// "path: message" of every error among the issues, one per line (empty: no error).
inline QString errorsText(const ValidationIssues& issues)
{
    QStringList lines;
    for (const auto& issue : issues) {
        if (issue.isError()) {
            lines.append(issue.path + QLatin1String(": ") + issue.message);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

inline QStringList errorPaths(const ValidationIssues& issues)
{
    QStringList paths;
    for (const auto& issue : issues) {
        if (issue.isError()) {
            paths.append(issue.path);
        }
    }
    return paths;
}

// A whole "danhgia.criteria/1" document with id "t" around a JSON array of nodes; `extra`
// (",\"grades\": [...]" and so on) is appended inside the top-level object.
inline QByteArray setDocument(const QByteArray& criteria, const QByteArray& extra = {}, int decimals = 2)
{
    QByteArray json = R"({"format": "danhgia.criteria/1", "id": "t", "title": "T", "kind": "staff", "decimals": )";
    json += QByteArray::number(decimals);
    json += R"(, "criteria": )";
    json += criteria;
    json += extra;
    json += '}';
    return json;
}

// Reads a set; `errors` receives the error issues (warnings are allowed).
inline CriteriaSet readSet(const QByteArray& json, QString* errors)
{
    ValidationIssues issues;
    CriteriaSet set = CriteriaSetReader::read(json, &issues);
    *errors = errorsText(issues);
    return set;
}

inline LeafValue naValue()
{
    LeafValue v;
    v.kind = LeafValue::Kind::NotApplicable;
    return v;
}

inline LeafValue pointsValue(const char* points)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Points;
    v.number = dec(points);
    return v;
}

inline LeafValue yesValue(bool yes)
{
    LeafValue v;
    v.kind = LeafValue::Kind::YesNo;
    v.yes = yes;
    return v;
}

inline LeafValue levelValue(qint64 level)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Level;
    v.level = level;
    return v;
}

inline LeafValue ratioValue(qint64 done, qint64 total)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Ratio;
    v.done = done;
    v.total = total;
    return v;
}

inline LeafValue countValue(qint64 count)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Count;
    v.count = count;
    return v;
}

inline LeafValue relativeValue(const char* value)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Value;
    v.number = dec(value);
    return v;
}

inline ScoreSheet makeSheet(const char* subject, std::optional<QString> period = std::nullopt,
                            const QStringList& flags = {}, const char* criteria = "t")
{
    ScoreSheet sheet;
    sheet.criteriaId = QString::fromLatin1(criteria);
    sheet.subject.id = QString::fromLatin1(subject);
    sheet.period = std::move(period);
    sheet.flags = flags;
    return sheet;
}

inline const NodeScore& nodeScore(const SubjectResult& result, const CriteriaSet& set, const char* code)
{
    const int index = set.indexOf(QString::fromLatin1(code));
    if (index < 0 || static_cast<std::size_t>(index) >= result.nodes.size()) {
        qFatal("no node %s in the result", code);
    }
    return result.nodes[static_cast<std::size_t>(index)];
}

inline const SubjectResult* findResult(const ScoringResult& scoring, const QString& subject)
{
    for (const auto& r : scoring.results) {
        if (r.subjectId == subject) {
            return &r;
        }
    }
    return nullptr;
}

// Every member of `expected` (recursively) is in `actual`; numbers compared as decimals.
inline bool jsonMatches(const QJsonValue& expected, const QJsonValue& actual, const QString& path,
                        QString* diff)
{
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            if (!a.contains(it.key())) {
                *diff = path + QLatin1Char('.') + it.key() + QLatin1String(" is missing");
                return false;
            }
            if (!jsonMatches(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), diff)) {
                return false;
            }
        }
        return actual.isObject();
    }
    const bool same = expected.isDouble() && actual.isDouble()
        ? Decimal::fromDouble(expected.toDouble()) == Decimal::fromDouble(actual.toDouble())
        : expected == actual;
    if (!same) {
        *diff = path + QLatin1String(": expected ")
            + QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact))
            + QLatin1String(", got ")
            + QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact));
    }
    return same;
}

} // namespace danhgia::test
