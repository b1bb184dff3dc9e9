// The self-assessed values of a spreadsheet imported into a stored sheet (issue 13, item 7):
// what each row would do before anything is written, all or nothing, every value one audited
// change in the outbox, and the undo that writes back what the import replaced.

#include "SheetFixture.h"
#include "TestSupport.h"
#include "services/SheetEditor.h"
#include "services/SheetValuesImport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <vector>

using namespace danhgia;
using namespace danhgia::test;

using Action = SheetValuesImport::Action;

namespace {

const QString Actor = QStringLiteral("Nguyễn Thị Hoa (self_assessor)");

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Rows of code, value and explanation, as UTF-8.
using Rows = std::vector<std::vector<const char*>>;

Table sheetTable(const Rows& rows)
{
    QList<QStringList> cells;
    for (const auto& row : rows) {
        QStringList line;
        for (const char* cell : row) {
            line.append(QString::fromUtf8(cell));
        }
        cells.append(line);
    }
    return fixtureTable(
        {QStringLiteral("Mã tiêu chí"), QStringLiteral("Giá trị"), QStringLiteral("Giải trình")}, cells);
}

} // namespace

class TestSheetValuesImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    SheetFixture m_fixture;

    SheetValuesImport plan(const SheetEditor& editor, const Rows& rows, Role role = Role::SelfAssessor)
    {
        return SheetValuesImport::plan(editor, SheetValuesTable::read(sheetTable(rows), editor.criteriaSet()),
                                       role);
    }

    bool apply(SheetEditor& editor, const SheetValuesImport& plan, QString* error)
    {
        return editor.writeAll(plan.writes(), plan.explanations(), Role::SelfAssessor, Actor, error);
    }

    qint64 audits() { return scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")); }
    qint64 outbox() { return scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox")); }

private Q_SLOTS:
    void init()
    {
        m_fixture = SheetFixture();
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++m_databases)), &error),
                 qPrintable(error));
        QVERIFY2(m_fixture.populate(m_db, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void writesEveryRowAtOnce()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY2(editor.load(m_fixture.sheet, &error), qPrintable(error));
        const SheetValuesImport import = plan(editor,
                                              {{"1.1", "8,5", ""},
                                               {"1.2", "có", ""},
                                               {"1.3", "Khá", ""},
                                               {"1.4", "1", ""},
                                               {"2.1", "9/10", "Sổ theo dõi lưu tại phòng"},
                                               {"2.2", "không áp dụng", ""},
                                               {"2.3", "12", ""},
                                               {"2", "", ""}});
        QVERIFY2(import.canApply(), qPrintable(import.summary()));
        QCOMPARE(import.count(Action::Write), 7);
        QCOMPARE(import.count(Action::Empty), 1);
        QCOMPARE(import.writes().size(), 7);
        QCOMPARE(import.explanations().size(), 1);
        QCOMPARE(import.entries().at(0).title, QStringLiteral("Chất lượng tham mưu văn bản"));
        const qint64 auditsBefore = audits();
        const qint64 outboxBefore = outbox();
        QVERIFY2(apply(editor, import, &error), qPrintable(error));
        // Each value is one audited change in the outbox, as when typed; the explanation too.
        QCOMPARE(audits(), auditsBefore + 8);
        QCOMPARE(outbox(), outboxBefore + 8);
        SheetEditor reread(m_db);
        QVERIFY(reread.load(m_fixture.sheet, &error));
        QVERIFY(SheetEditor::sameValue(reread.value(Stage::Self, QStringLiteral("1.1")),
                                       SheetFixture::points("8.5")));
        QCOMPARE(reread.value(Stage::Self, QStringLiteral("1.3"))->level, 1);
        QCOMPARE(reread.value(Stage::Self, QStringLiteral("2.1"))->done, 9);
        QCOMPARE(reread.value(Stage::Self, QStringLiteral("2.2"))->kind, LeafValue::Kind::NotApplicable);
        QCOMPARE(reread.explanation(QStringLiteral("2.1")), QStringLiteral("Sổ theo dõi lưu tại phòng"));
        QVERIFY(!reread.value(Stage::Self, QStringLiteral("2.4")));
    }

    void oneRefusedRowWritesNothing()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        const SheetValuesImport import
            = plan(editor, {{"1.1", "8,5", ""}, {"1.2", "có lẽ", ""}, {"7.7", "1", ""}});
        QVERIFY(!import.canApply());
        QCOMPARE(import.count(Action::Write), 1);
        QCOMPARE(import.count(Action::Refused), 2);
        QVERIFY2(import.entries().at(1).refusal.contains(QStringLiteral("1.2")),
                 qPrintable(import.entries().at(1).refusal));
        QVERIFY2(import.entries().at(2).refusal.contains(QStringLiteral("7.7")),
                 qPrintable(import.entries().at(2).refusal));
        QVERIFY2(import.summary().contains(QStringLiteral("2")), qPrintable(import.summary()));
    }

    void aWriteRefusedInsideTheTransactionUndoesTheOthers()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        const qint64 auditsBefore = audits();
        const QList<SheetEditor::LeafWrite> writes{
            {Stage::Self, QStringLiteral("1.2"), SheetFixture::yes(true), {}},
            {Stage::Self, QStringLiteral("1.1"), SheetFixture::points("11"), {}}};
        QVERIFY(!editor.writeAll(writes, {{QStringLiteral("1.1"), QStringLiteral("x")}}, Role::SelfAssessor,
                                 Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("1.1")) || !error.isEmpty(), qPrintable(error));
        QCOMPARE(audits(), auditsBefore);
        QVERIFY(!editor.value(Stage::Self, QStringLiteral("1.2")));
        SheetEditor reread(m_db);
        QVERIFY(reread.load(m_fixture.sheet, &error));
        QVERIFY(!reread.value(Stage::Self, QStringLiteral("1.2")));
        QVERIFY(reread.explanation(QStringLiteral("1.1")).isEmpty());
    }

    void valuesAlreadyThereChangeNothing()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QVERIFY(editor.write({Stage::Self, QStringLiteral("1.1"), SheetFixture::points("8.5"), {}},
                             Role::SelfAssessor, Actor, &error));
        const SheetValuesImport import = plan(editor, {{"1.1", "8.5", ""}, {"1.3", "", ""}});
        QCOMPARE(import.count(Action::Unchanged), 1);
        QCOMPARE(import.count(Action::Empty), 1);
        QVERIFY(!import.canApply());
        QVERIFY(!import.summary().isEmpty());
        // An explanation needs a value: given alone for a criterion without one, the row is refused.
        const SheetValuesImport alone = plan(editor, {{"1.2", "", "Đã ban hành"}});
        QCOMPARE(alone.count(Action::Refused), 1);
        QVERIFY2(alone.entries().at(0).refusal.contains(QStringLiteral("1.2")),
                 qPrintable(alone.entries().at(0).refusal));
    }

    void theCoreRefusesARoleThatDoesNotSelfAssess()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        const SheetValuesImport import = plan(editor, {{"1.1", "8", ""}}, Role::Appraiser);
        QVERIFY(!import.canApply());
        QCOMPARE(import.entries().at(0).action, Action::Refused);
        QVERIFY2(import.entries().at(0).refusal.contains(QStringLiteral("1.1")),
                 qPrintable(import.entries().at(0).refusal));
    }

    void undoWritesBackWhatTheImportReplaced()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QVERIFY(editor.write({Stage::Self, QStringLiteral("1.1"), SheetFixture::points("8.5"), {}},
                             Role::SelfAssessor, Actor, &error));
        QVERIFY(editor.write({Stage::Self, QStringLiteral("2.1"), SheetFixture::ratio(9, 10), {}},
                             Role::SelfAssessor, Actor, &error));
        QVERIFY2(editor.writeExplanation(QStringLiteral("2.1"), QStringLiteral("Cũ"), Role::SelfAssessor,
                                         Actor, &error),
                 qPrintable(error));
        const SheetValuesImport import
            = plan(editor, {{"1.1", "9", ""}, {"1.2", "không", "Chưa ban hành"}, {"2.1", "", "Mới"}});
        QCOMPARE(import.count(Action::Write), 3);
        QVERIFY2(apply(editor, import, &error), qPrintable(error));
        QVERIFY(SheetEditor::sameValue(editor.value(Stage::Self, QStringLiteral("1.1")),
                                       SheetFixture::points("9")));
        QCOMPARE(editor.explanation(QStringLiteral("2.1")), QStringLiteral("Mới"));
        QVERIFY2(editor.writeAll(import.restoringWrites(), import.restoringExplanations(), Role::SelfAssessor,
                                 Actor, &error),
                 qPrintable(error));
        SheetEditor reread(m_db);
        QVERIFY(reread.load(m_fixture.sheet, &error));
        QVERIFY(SheetEditor::sameValue(reread.value(Stage::Self, QStringLiteral("1.1")),
                                       SheetFixture::points("8.5")));
        QVERIFY(!reread.value(Stage::Self, QStringLiteral("1.2"))); // it had none
        QCOMPARE(reread.explanation(QStringLiteral("2.1")), QStringLiteral("Cũ"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetValuesImport)
#include "TestSheetValuesImport.moc"
