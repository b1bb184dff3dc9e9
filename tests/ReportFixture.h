#pragma once

// The demo database with one grade decided against the rules, for the tests of the result
// report and the recognition decision.

#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "queries/UnitClassification.h"
#include "sources/DocumentSettingsStore.h"
#include "sources/ResultReportSource.h"
#include "stores/ClassificationStore.h"

#include <QLocale>
#include <QRegularExpression>
#include <QtTest>

namespace danhgia::test {

struct ReportFixture
{
    QString path;
    QString overriddenSubject; // empty when the demo has no subject to decide for
    QString reason = QStringLiteral("Được UBND tỉnh cho phép vượt tỷ lệ do có thành tích đột xuất");
    QString approver = QStringLiteral("Giám đốc Sở Nội vụ");

    // Creates the demo at `file` and records the override: a subject the quota demoted gets the
    // quota grade back (or, when the quota demoted nobody, a graded subject one grade lower).
    bool create(const QString& file, QString* error)
    {
        path = file;
        if (!DemoDatabase::create(path, error)) {
            return false;
        }
        Database db;
        if (!db.open(path, error)) {
            return false;
        }
        const QString campaign = QString::fromLatin1(DemoDatabase::StaffCampaign);
        const auto classified = UnitClassification::load(db.connection(), campaign, QString(), error);
        if (!classified) {
            return false;
        }
        QString grade;
        for (const ClassifiedGroup& group : classified->groups) {
            for (const ClassifiedSubject& subject : group.subjects) {
                if (subject.quota == QuotaStatus::Demoted && overriddenSubject.isEmpty()) {
                    overriddenSubject = subject.subjectCode;
                    grade = classified->set.quota->grade;
                }
            }
        }
        if (overriddenSubject.isEmpty()) {
            const ClassifiedSubject& subject = classified->groups.first().subjects.first();
            overriddenSubject = subject.subjectCode;
            const int lower = classified->set.gradeIndex(subject.grade) + 1;
            grade = classified->set.grades.at(std::min<int>(lower, classified->set.grades.size() - 1)).code;
        }
        return ClassificationStore::decide(db, campaign, overriddenSubject, grade, reason, approver,
                                           Role::UnitHead, QStringLiteral("Hoàng Văn Thắng (chair)"), error);
    }

    // The settings of the Sở Nội vụ as stored in the demo, numbered and dated.
    DocumentSettings homeAffairsSettings(const QDate& date, int number) const
    {
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            qFatal("cannot open the demo: %s", qPrintable(error));
        }
        auto loaded = DocumentSettingsStore::load(db.connection(), QStringLiteral("SNV"), date, &error);
        if (!loaded) {
            qFatal("cannot load the settings: %s", qPrintable(error));
        }
        loaded->settings.number = number;
        return loaded->settings;
    }

    ResultReportData load(const QString& campaign, const QString& unit = QString()) const
    {
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            qFatal("cannot open the demo: %s", qPrintable(error));
        }
        const auto data = ResultReportSource::load(db.connection(), campaign, unit, &error);
        if (!data) {
            qFatal("cannot load the report: %s", qPrintable(error));
        }
        return *data;
    }

    // A number as the documents print it: "85,70".
    static QString printed(Decimal value, int decimals)
    {
        static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
        return value.toLocaleString(vietnamese, decimals);
    }

    // Whether the words of `phrase` occur in `text` in their order: a cell's text that wraps
    // over lines has the lines of the cells beside it between its own in pdftotext's output.
    static bool containsWordsInOrder(const QString& text, const QString& phrase)
    {
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        qsizetype at = 0;
        for (const QString& word : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            at = words.indexOf(word, at);
            if (at < 0) {
                return false;
            }
            ++at;
        }
        return true;
    }

    // A decimal number written with a point ("85.70"): documents never print one.
    static bool hasPointDecimals(const QString& text)
    {
        static const QRegularExpression pointDecimal(QStringLiteral("\\b\\d+\\.\\d+\\b"));
        return pointDecimal.match(text).hasMatch();
    }
};

} // namespace danhgia::test
