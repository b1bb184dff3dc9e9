#pragma once

#include "councils/CouncilSession.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>

#include <optional>

class QWidget;

namespace danhgia::ui {

// The interview council's quick questions, one at a time through DialogService (answered by the
// tests): a new council's title, rule and pass mark (a wrong pass mark asked again with what was
// typed), a member's name and role, a candidate's exam number and name. Nothing when cancelled.
class CouncilQuestions
{
    Q_DECLARE_TR_FUNCTIONS(CouncilQuestions)

public:
    static std::optional<CouncilSession> newSession(QWidget* parent);
    // The member with the next free code after the council's ("TV03").
    static std::optional<CouncilMember> member(QWidget* parent, const CouncilSession& council);
    // The exam number (the next free one offered) and the full name.
    static std::optional<QPair<QString, QString>> candidate(QWidget* parent, const CouncilSession& council);
};

} // namespace danhgia::ui
