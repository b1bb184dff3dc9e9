// Criteria set versions made and changed under the rules (services/CriteriaSetEditor): a draft
// stored from a template and refused with errors, saved again (errors and all) and still editable,
// not published while it has errors, copied to the
// next version with the original untouched, published once and then refused any change (by the
// service and by the database itself), campaigns only on published versions, the role checked.
// A set read from a file for the screen (services/CriteriaSetImport), with the header the user
// gives. Each function starts from a database file of its own.

#include "RowCount.h"
#include "TestSupport.h"
#include "criteria/CriteriaDraft.h"
#include "criteria/CriteriaTemplates.h"
#include "database/Database.h"
#include "services/CampaignEditor.h"
#include "services/CriteriaSetEditor.h"
#include "services/CriteriaSetImport.h"
#include "stores/CriteriaSetStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestCriteriaSetEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    CriteriaSet m_set;
    const QString m_actor = QStringLiteral("admin");

    qint64 count(const QString& sql) { return countRows(m_db.path(), sql); }

    qint64 createDraft()
    {
        ValidationIssues issues;
        QString error;
        const auto row
            = CriteriaSetEditor::createDraft(m_db, m_set, Role::Administrator, m_actor, &issues, &error);
        if (!row) {
            qWarning("%s", qPrintable(error));
        }
        return row.value_or(0);
    }

    QString status(qint64 row)
    {
        QString error;
        return CriteriaSetStore::status(m_db.connection(), row, &error).value_or(error);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        QVERIFY2(m_db.open(m_dir->filePath(QStringLiteral("bo-tieu-chi.sqlite")), &error), qPrintable(error));
        const auto loaded = CriteriaTemplates::load(QStringLiteral("cong-chuc-2026"));
        QVERIFY(loaded.isUsable());
        m_set = loaded.set;
    }

    void cleanup()
    {
        m_db.close();
        m_dir.reset();
    }

    void draftStoredFromTemplate()
    {
        const qint64 row = createDraft();
        QVERIFY(row > 0);
        QCOMPARE(status(row), QStringLiteral("draft"));
        QString error;
        const auto loaded = CriteriaSetStore::load(m_db.connection(), row, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->nodeCount(), m_set.nodeCount());
        // In the outbox and the audit trail with the row.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'criteria_sets'")), 1);
        // The same id and version again: refused, nothing added.
        ValidationIssues issues;
        QVERIFY(!CriteriaSetEditor::createDraft(m_db, m_set, Role::Administrator, m_actor, &issues, &error));
        QVERIFY2(error.contains(m_set.id), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 1);
    }

    void setWithErrorsNotStored()
    {
        CriteriaDraft draft(m_set);
        Criterion fields = draft.set().node(draft.set().indexOf(QStringLiteral("1.2")));
        fields.max = Decimal::fromInt(-1);
        draft.setFields(draft.set().indexOf(QStringLiteral("1.2")), fields);
        ValidationIssues issues;
        QString error;
        QVERIFY(!CriteriaSetEditor::createDraft(m_db, draft.set(), Role::Administrator, m_actor, &issues,
                                                &error));
        QVERIFY(ValidationIssue::hasErrors(issues));
        bool named = false;
        for (const auto& issue : issues) {
            named = named || (issue.isError() && issue.code == QStringLiteral("1.2"));
        }
        QVERIFY(named);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 0);
    }

    void draftSavedStaysEditable()
    {
        const qint64 row = createDraft();
        CriteriaDraft draft(m_set);
        const int leaf = draft.set().indexOf(QStringLiteral("1.1"));
        Criterion fields = draft.set().node(leaf);
        fields.title = QStringLiteral("Phẩm chất chính trị (sửa lần 1)");
        draft.setFields(leaf, fields);
        ValidationIssues issues;
        QString error;
        QVERIFY2(CriteriaSetEditor::saveDraft(m_db, row, draft.set(), Role::Administrator, m_actor, &issues,
                                              &error),
                 qPrintable(error));
        QCOMPARE(status(row), QStringLiteral("draft"));
        fields.title = QStringLiteral("Phẩm chất chính trị (sửa lần 2)");
        draft.setFields(leaf, fields);
        QVERIFY2(CriteriaSetEditor::saveDraft(m_db, row, draft.set(), Role::Administrator, m_actor, &issues,
                                              &error),
                 qPrintable(error));
        const auto loaded = CriteriaSetStore::load(m_db.connection(), row, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->node(loaded->indexOf(QStringLiteral("1.1"))).title,
                 QStringLiteral("Phẩm chất chính trị (sửa lần 2)"));
        // A draft keeps its id and version.
        CriteriaSet moved = draft.set();
        moved.version = 7;
        QVERIFY(
            !CriteriaSetEditor::saveDraft(m_db, row, moved, Role::Administrator, m_actor, &issues, &error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 1);
    }

    // A draft saved with an error stays a draft: publishing it is refused naming the error, until
    // it is fixed and saved again.
    void draftWithErrorsSavedNotPublished()
    {
        const qint64 row = createDraft();
        CriteriaDraft draft(m_set);
        const int second = draft.set().indexOf(QStringLiteral("1.2"));
        Criterion fields = draft.set().node(second);
        fields.code = QStringLiteral("1.1");
        draft.setFields(second, fields);
        ValidationIssues issues;
        QString error;
        QVERIFY2(CriteriaSetEditor::saveDraft(m_db, row, draft.set(), Role::Administrator, m_actor, &issues,
                                              &error),
                 qPrintable(error));
        QVERIFY(ValidationIssue::hasErrors(issues));
        const auto stored = CriteriaSetStore::loadWithIssues(m_db.connection(), row, &error);
        QVERIFY(stored);
        QVERIFY(ValidationIssue::hasErrors(stored->issues));
        QCOMPARE(stored->set.nodeCount(), m_set.nodeCount());
        QVERIFY(!CriteriaSetEditor::publish(m_db, row, Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(QStringLiteral("1.1")), qPrintable(error));
        QCOMPARE(status(row), QStringLiteral("draft"));
        fields.code = QStringLiteral("1.2");
        draft.setFields(second, fields);
        QVERIFY(CriteriaSetEditor::saveDraft(m_db, row, draft.set(), Role::Administrator, m_actor, &issues,
                                             &error));
        QVERIFY(!ValidationIssue::hasErrors(issues));
        QVERIFY2(CriteriaSetEditor::publish(m_db, row, Role::Administrator, m_actor, &error),
                 qPrintable(error));
    }

    void copyTakesNextVersion()
    {
        const qint64 row = createDraft();
        QString error;
        QVERIFY2(CriteriaSetEditor::publish(m_db, row, Role::Administrator, m_actor, &error),
                 qPrintable(error));
        const QString before
            = QStringLiteral("SELECT document || title || status FROM criteria_sets WHERE id = %1").arg(row);
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(before) && query.next());
        const QString original = query.value(0).toString();
        const auto copy = CriteriaSetEditor::copyToNewVersion(
            m_db, row, QStringLiteral("Đánh giá công chức 2027"), Role::Administrator, m_actor, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(*copy != row);
        const auto loaded = CriteriaSetStore::load(m_db.connection(), *copy, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->id, m_set.id);
        QCOMPARE(loaded->version, m_set.version + 1);
        QCOMPARE(loaded->title, QStringLiteral("Đánh giá công chức 2027"));
        QCOMPARE(status(*copy), QStringLiteral("draft"));
        QVERIFY(query.exec(before) && query.next());
        QCOMPARE(query.value(0).toString(), original);
        // Copying again (from the original) takes the version after the copy.
        const auto third = CriteriaSetEditor::copyToNewVersion(m_db, row, QStringLiteral("Bản thứ ba"),
                                                               Role::Administrator, m_actor, &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(CriteriaSetStore::load(m_db.connection(), *third, &error)->version, m_set.version + 2);
        // A copy needs a title.
        QVERIFY(!CriteriaSetEditor::copyToNewVersion(m_db, row, QStringLiteral("  "), Role::Administrator,
                                                     m_actor, &error));
    }

    void publishedVersionNeverChanges()
    {
        const qint64 row = createDraft();
        QString error;
        QVERIFY2(CriteriaSetEditor::publish(m_db, row, Role::Administrator, m_actor, &error),
                 qPrintable(error));
        QCOMPARE(status(row), QStringLiteral("published"));
        ValidationIssues issues;
        QVERIFY(
            !CriteriaSetEditor::saveDraft(m_db, row, m_set, Role::Administrator, m_actor, &issues, &error));
        QVERIFY2(error.contains(m_set.id), qPrintable(error));
        QVERIFY(!CriteriaSetEditor::publish(m_db, row, Role::Administrator, m_actor, &error));
        // The database itself refuses a change or a removal.
        QSqlQuery query(m_db.connection());
        QVERIFY(
            !query.exec(QStringLiteral("UPDATE criteria_sets SET document = '{}' WHERE id = %1").arg(row)));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM criteria_sets WHERE id = %1").arg(row)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets WHERE status = 'published'")), 1);
    }

    void campaignsUsePublishedVersions()
    {
        const qint64 row = createDraft();
        CampaignRecord campaign;
        campaign.code = QStringLiteral("DG-2026");
        campaign.title = QStringLiteral("Đánh giá công chức năm 2026");
        campaign.kind = QStringLiteral("staff");
        campaign.criteriaSetRowId = row;
        campaign.periods = {QStringLiteral("2026")};
        const QString draftProblem = CampaignEditor::problem(m_db.connection(), campaign);
        QVERIFY2(draftProblem.contains(m_set.id), qPrintable(draftProblem));
        QString error;
        QVERIFY(CriteriaSetEditor::publish(m_db, row, Role::Administrator, m_actor, &error));
        QCOMPARE(CampaignEditor::problem(m_db.connection(), campaign), QString());
    }

    void onlyWhoSetsUpCampaigns()
    {
        ValidationIssues issues;
        QString error;
        QVERIFY(!CriteriaSetEditor::createDraft(m_db, m_set, Role::SelfAssessor, m_actor, &issues, &error));
        QVERIFY(!error.isEmpty());
        const qint64 row = createDraft();
        QVERIFY(!CriteriaSetEditor::publish(m_db, row, Role::Appraiser, m_actor, &error));
        QVERIFY(!CriteriaSetEditor::copyToNewVersion(m_db, row, QStringLiteral("x"), Role::UnitHead, m_actor,
                                                     &error));
        QCOMPARE(status(row), QStringLiteral("draft"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criteria_sets")), 1);
    }

    void tableReadWithTheHeaderGiven()
    {
        const QString path = m_dir->filePath(QStringLiteral("Bộ tiêu chí xã.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Mã;Tiêu chí;Điểm tối đa;Phương pháp;Mức;Tài liệu kiểm chứng\n"
                   "1;Tiêu chí chung;10;;;\n"
                   "1.1;Kỷ luật;10;Chọn mức;\"Tốt=10; Đạt=5\";Bắt buộc\n"
                   "1.2;Đạo đức;abc;Chấm điểm;;Không\n");
        file.close();
        const CriteriaSetImport::Header suggested = CriteriaSetImport::suggestedHeader(path);
        QCOMPARE(suggested.id, QStringLiteral("bo-tieu-chi-xa"));
        QCOMPARE(suggested.title, QStringLiteral("Bộ tiêu chí xã"));
        const auto loaded = CriteriaSetImport::read(
            path, {QStringLiteral("xa-2026"), 3, QStringLiteral("Xã"), QStringLiteral("staff"), QString()});
        QVERIFY(ValidationIssue::hasErrors(loaded.issues));
        const ValidationIssue& issue = loaded.issues.first();
        QCOMPARE(issue.code, QStringLiteral("1.2"));
        QVERIFY2(issue.path.contains(QStringLiteral("4")), qPrintable(issue.path));
        // Corrected, it reads with the header given.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Mã;Tiêu chí;Điểm tối đa;Phương pháp;Mức;Tài liệu kiểm chứng\n"
                   "1;Tiêu chí chung;10;;;\n"
                   "1.1;Kỷ luật;10;Chọn mức;\"Tốt=10; Đạt=5\";Bắt buộc\n");
        file.close();
        const auto good = CriteriaSetImport::read(
            path, {QStringLiteral("xa-2026"), 3, QStringLiteral("Xã"), QStringLiteral("staff"), QString()});
        QVERIFY(good.isUsable());
        QVERIFY(good.set.grades.isEmpty());
        QCOMPARE(good.set.id, QStringLiteral("xa-2026"));
        QCOMPARE(good.set.version, 3);
        QCOMPARE(good.set.nodeCount(), 2);
        // The grades and quota of the built-in civil-servant set, as the screen suggests for a table.
        QCOMPARE(suggested.gradesFrom, QStringLiteral("cong-chuc-2026"));
        const auto graded = CriteriaSetImport::read(path,
                                                    {QStringLiteral("xa-2026"), 3, QStringLiteral("Xã"),
                                                     QStringLiteral("staff"), suggested.gradesFrom});
        QVERIFY(graded.isUsable());
        QCOMPARE(graded.set.grades.size(), m_set.grades.size());
        QCOMPARE(graded.set.grades.first().min, m_set.grades.first().min);
        QVERIFY(graded.set.quota.has_value());
        QCOMPARE(graded.set.nodeCount(), 2);
    }

    void jsonReadWithTheHeaderChanged()
    {
        const QString path = CriteriaTemplates::path(QStringLiteral("cong-chuc-2026"));
        const CriteriaSetImport::Header own = CriteriaSetImport::suggestedHeader(path);
        QCOMPARE(own.id, QStringLiteral("cong-chuc-2026"));
        QCOMPARE(own.kind, QStringLiteral("staff"));
        const auto loaded = CriteriaSetImport::read(
            path, {own.id, 4, QStringLiteral("Công chức 2027"), own.kind, QString()});
        QVERIFY(loaded.isUsable());
        QCOMPARE(loaded.set.version, 4);
        QCOMPARE(loaded.set.title, QStringLiteral("Công chức 2027"));
        QCOMPARE(loaded.set.grades.size(), m_set.grades.size());
        // An empty id is a problem of the file as read.
        QVERIFY(!CriteriaSetImport::read(path, {QString(), 1, own.title, own.kind, QString()}).isUsable());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCriteriaSetEditor)
#include "TestCriteriaSetEditor.moc"
