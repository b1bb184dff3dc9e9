#pragma once

// Header-only helpers of the scoring unit tests: criteria sets written inline as JSON, leaf
// values and sheets built in memory, and QTest printers for the core's value types.

#include "councils/CouncilSession.h"
#include "criteria/CriteriaSet.h"
#include "criteria/CriteriaSetReader.h"
#include "criteria/ValidationIssue.h"
#include "numbers/Decimal.h"
#include "results/QuotaRule.h"
#include "results/SubjectResult.h"
#include "scoring/ScoreSheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtTest>

#include <initializer_list>
#include <optional>
#include <random>
#include <utility>

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

// The paths of the error issues (warnings left out), or "path: message" lines.
inline QStringList errorPaths(const ValidationIssues& issues, bool withMessages = false)
{
    QStringList paths;
    for (const auto& issue : issues) {
        if (issue.isError()) {
            paths.append(withMessages ? issue.path + QLatin1String(": ") + issue.message : issue.path);
        }
    }
    return paths;
}

inline QString errorsText(const ValidationIssues& issues)
{
    return errorPaths(issues, true).join(QLatin1Char('\n'));
}

// A whole "danhgia.criteria/1" document with id "t" around a JSON array of nodes; `extra`
// (",\"grades\": [...]" and so on) is appended inside the top-level object.
inline QByteArray setDocument(const QByteArray& criteria, const QByteArray& extra = {}, int decimals = 2)
{
    return R"({"format": "danhgia.criteria/1", "id": "t", "title": "T", "kind": "staff", "decimals": )"
        + QByteArray::number(decimals) + R"(, "criteria": )" + criteria + extra + '}';
}

// Reads a set; `errors` receives the error issues (warnings are allowed).
inline CriteriaSet readSet(const QByteArray& json, QString* errors)
{
    ValidationIssues issues;
    CriteriaSet set = CriteriaSetReader::read(json, &issues);
    *errors = errorsText(issues);
    return set;
}

// Declares `const CriteriaSet name` read from `json`; the test function fails when it has errors.
#define DANHGIA_READ_SET(name, json)                                                                         \
    QString name##Errors;                                                                                    \
    const CriteriaSet name = danhgia::test::readSet(json, &name##Errors);                                    \
    QVERIFY2(name##Errors.isEmpty(), qPrintable(name##Errors))

inline LeafValue leafValue(LeafValue::Kind kind)
{
    LeafValue v;
    v.kind = kind;
    return v;
}

inline LeafValue naValue()
{
    return leafValue(LeafValue::Kind::NotApplicable);
}

inline LeafValue pointsValue(const char* points)
{
    LeafValue v = leafValue(LeafValue::Kind::Points);
    v.number = dec(points);
    return v;
}

inline LeafValue yesValue(bool yes)
{
    LeafValue v = leafValue(LeafValue::Kind::YesNo);
    v.yes = yes;
    return v;
}

inline LeafValue levelValue(qint64 level)
{
    LeafValue v = leafValue(LeafValue::Kind::Level);
    v.level = level;
    return v;
}

inline LeafValue ratioValue(qint64 done, qint64 total)
{
    LeafValue v = leafValue(LeafValue::Kind::Ratio);
    v.done = done;
    v.total = total;
    return v;
}

inline LeafValue countValue(qint64 count)
{
    LeafValue v = leafValue(LeafValue::Kind::Count);
    v.count = count;
    return v;
}

inline LeafValue relativeValue(const char* value)
{
    LeafValue v = leafValue(LeafValue::Kind::Value);
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

// Random numbers for the property tests, from a fixed seed.
class Rng
{
public:
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::mt19937_64 m_engine{0x64616e6867696131ULL}; // fixed: every run sees the same data
};

inline QJsonValue hundredths(int value)
{
    return value / 100.0;
}

inline QJsonObject object(std::initializer_list<std::pair<const char*, QJsonValue>> members)
{
    QJsonObject o;
    for (const auto& [key, value] : members) {
        o.insert(QLatin1String(key), value);
    }
    return o;
}

// A random "danhgia.criteria/1" document: maxima are whole numbers, floors are ≤ 0, so that a
// total can never exceed the applicable maximum.
class SetGenerator
{
public:
    explicit SetGenerator(Rng& rng)
        : m_rng(rng)
    { }

    QJsonObject generate()
    {
        QJsonArray criteria;
        for (int n = 1, top = m_rng.between(1, 5); n <= top; ++n) {
            int nominal = 0;
            criteria.append(node(QString::number(n), 0, &nominal));
        }
        QJsonObject set = object({{"format", QStringLiteral("danhgia.criteria/1")},
                                  {"id", QStringLiteral("t")},
                                  {"decimals", m_rng.between(0, 2)},
                                  {"criteria", criteria}});
        if (m_rng.chance(10)) {
            return set;
        }
        QJsonArray grades;
        QJsonArray of;
        for (int i = 0, count = m_rng.chance(60) ? 4 : 3; i < count; ++i) {
            const QString code(QLatin1Char(static_cast<char>('A' + i)));
            grades.append(object({{"code", code}, {"min", QList<int>{90, 70, 50, 0}[i]}}));
            if (m_rng.chance(50)) {
                of.append(code);
            }
        }
        set.insert(QLatin1String("grades"), grades);
        if (m_rng.chance(75)) {
            if (of.isEmpty()) {
                of.append(QStringLiteral("B"));
            }
            const int ratio = QList<int>{0, 10, 20, 25, 50, 75, 100}[m_rng.between(0, 6)];
            set.insert(QLatin1String("quota"),
                       object({{"grade", m_rng.chance(50) ? QStringLiteral("A") : QStringLiteral("B")},
                               {"ratio", hundredths(ratio)},
                               {"of", of}}));
        }
        return set;
    }

private:
    // `nominal` receives the node's max (0 for a deduction leaf).
    QJsonObject node(const QString& code, int depth, int* nominal)
    {
        if (depth >= 3 || !m_rng.chance(depth == 0 ? 50 : 35)) {
            return leaf(code, nominal);
        }
        QJsonArray children;
        int sum = 0;
        for (int i = 1, n = m_rng.between(1, 4); i <= n; ++i) {
            int child = 0;
            children.append(node(code + QLatin1Char('.') + QString::number(i), depth + 1, &child));
            sum += child;
        }
        // As much as the children give, a cap below that, or more than they can give.
        const int shape = m_rng.between(0, 2);
        *nominal = shape == 0 ? sum : shape == 1 ? m_rng.between(0, sum) : sum + m_rng.between(1, 5);
        QJsonObject group = object({{"code", code}, {"max", *nominal}, {"children", children}});
        if (m_rng.chance(30)) {
            group.insert(QLatin1String("floor"), hundredths(-50 * m_rng.between(0, 10)));
        }
        return group;
    }

    QJsonObject leaf(const QString& code, int* nominal)
    {
        static const char* const Types[]
            = {"points", "yes_no", "levels", "ratio", "linear", "deduct", "relative", "tasks"};
        const int type = m_rng.between(0, 7);
        const int max = type == 5 ? 0 : m_rng.between(0, 20);
        QJsonObject method = object({{"type", QLatin1String(Types[type])}});
        if (type == 0 && m_rng.chance(30)) {
            method.insert(QLatin1String("step"), 0.5);
        }
        if (type == 2 || type == 3) { // levels or ratio bands (each reader ignores the other's field)
            QJsonArray options;
            for (const int from : {100, 90, 80, 75, 50, 25, 0}) {
                if (m_rng.chance(40) || (from == 0 && options.isEmpty())) {
                    options.append(object({{"from", hundredths(from)},
                                           {"title", QStringLiteral("L")},
                                           {"points", hundredths(m_rng.between(0, 100 * max))}}));
                }
            }
            method.insert(QLatin1String(type == 2 ? "levels" : "bands"), options);
        }
        if ((type == 3 || type == 4) && m_rng.chance(75)) {
            method.insert(QLatin1String("when_none"),
                          QLatin1String(QList<const char*>{"full", "zero", "exclude"}[m_rng.between(0, 2)]));
        }
        if (type == 5) {
            method.insert(QLatin1String("per_item"), hundredths(m_rng.between(1, 300)));
            method.insert(QLatin1String("limit"), hundredths(m_rng.between(0, 1000)));
        }
        if (type == 7 && m_rng.chance(50)) {
            method.insert(QLatin1String("deduction"),
                          hundredths(QList<int>{10, 25, 50}[m_rng.between(0, 2)]));
        }
        *nominal = max;
        return object({{"code", code}, {"max", max}, {"method", method}, {"na_allowed", m_rng.chance(30)}});
    }

    Rng& m_rng;
};

// A random sheet for the set: values of every form, some leaves missing or not applicable.
inline ScoreSheet randomSheet(const CriteriaSet& set, int number, Rng& rng)
{
    ScoreSheet sheet;
    sheet.criteriaId = set.id;
    sheet.subject.id = QStringLiteral("S%1").arg(number);
    for (const int index : set.leaves()) {
        const Criterion& leaf = set.node(index);
        if (rng.chance(8)) {
            continue; // missing
        }
        if (leaf.naAllowed && rng.chance(20)) {
            sheet.setValue(leaf.code, naValue());
            continue;
        }
        LeafValue v;
        switch (leaf.method.type) {
            case MethodType::Points: {
                const qint64 step = leaf.method.step.units();
                v = leafValue(LeafValue::Kind::Points);
                v.number
                    = Decimal::fromUnits(step * rng.between(0, static_cast<int>(leaf.max.units() / step)));
                break;
            }
            case MethodType::YesNo:
                v = yesValue(rng.chance(50));
                break;
            case MethodType::Levels:
                v = levelValue(rng.between(0, static_cast<int>(leaf.method.levels.size()) - 1));
                break;
            case MethodType::Ratio:
            case MethodType::Linear: {
                const int total = rng.chance(15) ? 0 : rng.between(1, 10);
                v = ratioValue(rng.between(0, total), total);
                break;
            }
            case MethodType::Deduct:
                v = countValue(rng.between(0, 8));
                break;
            case MethodType::Relative:
                v = leafValue(LeafValue::Kind::Value);
                v.number = Decimal::fromUnits(rng.chance(10) ? 0 : rng.between(0, 10000) * 100);
                break;
            case MethodType::Tasks:
                v.kind = LeafValue::Kind::Tasks;
                for (int i = rng.between(0, 4); i > 0; --i) { // braced lists are evaluated in order
                    v.items.append(TaskItem{QString(), Decimal::fromUnits(2500 * rng.between(1, 12)),
                                            rng.chance(80), rng.between(0, 5), rng.between(0, 5),
                                            rng.chance(20)});
                }
                break;
        }
        sheet.setValue(leaf.code, v);
    }
    return sheet;
}

} // namespace danhgia::test
