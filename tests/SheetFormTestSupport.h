#pragma once

// What the score sheet form tests share: a session on a fresh database with the SheetFixture
// sheets, dialogs answered by a responder that records every question, and helpers that drive
// the form the way a user does (select a cell, Enter, type, Enter).

#include "AppSession.h"
#include "DialogService.h"
#include "ScoreSheetForm.h"
#include "ScoreSheetModel.h"
#include "SheetFixture.h"
#include "SheetTreeView.h"
#include "TestSupport.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace danhgia::test {

class SheetFormTestBase : public QObject
{
protected:
    using Model = ui::ScoreSheetModel;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppSession> m_session;
    SheetFixture m_fixture;
    QList<ui::DialogRequest> m_asked;
    QList<QVariant> m_textAnswers; // answers to Text requests, in order (invalid: Cancel)
    QStringList m_files; // the answer to OpenFiles

    static const QString& selfAssessor()
    {
        static const QString name = QStringLiteral("Nguyễn Thị Hoa");
        return name;
    }

    // A fresh database and session for each test function, as the self-assessor.
    void startSession()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<ui::AppSession>();
        QString error;
        QVERIFY2(m_session->openDatabase(m_dir->filePath(QStringLiteral("form.sqlite")), &error, true),
                 qPrintable(error));
        QVERIFY2(m_fixture.populate(m_session->database(), &error), qPrintable(error));
        m_session->setUser(selfAssessor(), Role::SelfAssessor);
        m_asked.clear();
        m_textAnswers.clear();
        m_files.clear();
        ui::DialogService::setResponder([this](const ui::DialogRequest& request) -> QVariant {
            m_asked.append(request);
            switch (request.kind) {
                case ui::DialogRequest::Kind::Text:
                    return m_textAnswers.isEmpty() ? QVariant() : m_textAnswers.takeFirst();
                case ui::DialogRequest::Kind::OpenFiles:
                    return m_files;
                case ui::DialogRequest::Kind::Question:
                    return true;
                default:
                    return {};
            }
        });
    }

    void endSession()
    {
        ui::DialogService::setResponder({});
        m_session.reset();
        m_dir.reset();
    }

    static QModelIndex cell(ui::ScoreSheetForm& form, const QString& code, int column)
    {
        return form.model()->indexOfCode(code, column);
    }

    static QString shown(ui::ScoreSheetForm& form, const QString& code, int column)
    {
        return cell(form, code, column).data().toString();
    }

    // Makes a cell current and presses Enter on it: the cell's editor opens with the focus.
    static QWidget* startEditing(ui::ScoreSheetForm& form, const QString& code, int column)
    {
        ui::SheetTreeView* tree = form.treeView();
        const QModelIndex index = cell(form, code, column);
        tree->setFocus(Qt::OtherFocusReason);
        tree->setCurrentIndex(index);
        QTest::keyClick(tree, Qt::Key_Return);
        return tree->indexWidget(index);
    }

    // The widget a key press goes to now (the editor's part that has the focus).
    static QWidget* focused(QWidget* fallback)
    {
        QWidget* widget = QApplication::focusWidget();
        return widget ? widget : fallback;
    }

    // Sets a value as the delegate does when an editor commits (the change still goes through
    // the model's request, the reason dialog and an undoable command).
    static bool setValue(ui::ScoreSheetForm& form, const QString& code, Stage stage, const LeafValue& value)
    {
        return form.model()->setData(cell(form, code, Model::valueColumn(stage)), QVariant::fromValue(value));
    }

    static void fillSelfAssessment(ui::ScoreSheetForm& form)
    {
        for (const auto& [code, value] : SheetFixture::everyValue()) {
            QVERIFY2(setValue(form, code, Stage::Self, value), qPrintable(code));
        }
    }

    // The value stored in the database for a leaf at a stage (JSON text), "<none>" without one.
    QString stored(const QString& code, const QString& stage = QStringLiteral("self"))
    {
        QSqlQuery query(m_session->database().connection());
        query.prepare(
            QStringLiteral("SELECT value FROM sheet_values WHERE sheet_id = ? AND code = ? AND stage = ?"));
        query.addBindValue(m_fixture.sheet);
        query.addBindValue(code);
        query.addBindValue(stage);
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery query(m_session->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // A small file to attach as evidence.
    QString evidenceFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }
};

} // namespace danhgia::test
