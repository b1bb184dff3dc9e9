#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

// The criteria set templates built into the program (resources/criteria/*.criteria.json, embedded
// under ":/criteria"), and the loading of a criteria set file into a set with its problems.
// Loading never fails silently and never opens a dialog: an unreadable file is reported as an
// error issue like any problem in its content.
class CriteriaTemplates
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaTemplates)

public:
    static constexpr const char* ResourceDir = ":/criteria";
    static constexpr const char* Suffix = ".criteria.json";

    struct Entry
    {
        QString name; // "cchc-so-2026": the file name without ".criteria.json"
        QString path; // ":/criteria/cchc-so-2026.criteria.json"
        QString title; // the set's title, or the name when the template has none
    };

    // A set read from a file (or template), with every problem found. The set is usable only
    // when no issue is an error.
    struct Loaded
    {
        QString source; // the path it was read from
        CriteriaSet set;
        ValidationIssues issues;

        bool isUsable() const { return !ValidationIssue::hasErrors(issues); }
    };

    // Names of the bundled templates, sorted.
    static QStringList names();
    // The bundled templates with their titles, in the order of names().
    static QList<Entry> list();
    static QString path(const QString& name);
    // Loads a bundled template; an unknown name gives an error issue and an empty set.
    static Loaded load(const QString& name);
    // Loads any criteria set file (or resource path).
    static Loaded loadFile(const QString& path);
};

} // namespace danhgia
