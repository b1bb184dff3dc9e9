// The print preview dialog: the header fields edited in the form reach the document that is
// previewed and saved (PDF, Excel, CSV), the settings are kept for next time, cancelling saves
// nothing.

#include <QApplication>

#include "DialogService.h"
#include "DocumentDialog.h"
#include "DocumentSettingsForm.h"
#include "PdfProbe.h"
#include "TestSupport.h"
#include "documents/DocumentComposer.h"

#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::ui;
using danhgia::test::PdfProbe;

class TestDocumentDialog : public QObject
{
    Q_OBJECT

private:
    static PrintableDocument compose(const DocumentSettings& settings)
    {
        DocumentComposer composer(settings);
        composer.addHeader(true);
        composer.addTitle(QStringLiteral("Báo cáo"),
                          QStringLiteral("Kết quả đánh giá, xếp loại tháng 11 năm 2026"));
        DocumentTable table;
        table.name = QStringLiteral("Kết quả");
        table.headers = {QStringLiteral("Họ và tên"), QStringLiteral("Điểm")};
        table.addRow({DocumentCell::fromText(QStringLiteral("Hoàng Thị Thu Hà")),
                      DocumentCell::fromNumber(*Decimal::fromString(QStringLiteral("92.5")), 1)});
        composer.addTable(table);
        composer.addRecipientsAndSigner(settings.recipients, settings.signer);
        return composer.finish(QStringLiteral("Báo cáo"), QStringLiteral("bao-cao-thang-11"));
    }

    static DocumentSettings initialSettings()
    {
        DocumentSettings settings = DocumentSettings::defaults(QDate(2026, 6, 29));
        settings.symbol = QStringLiteral("BC-SNV");
        settings.signer.name = QStringLiteral("Lương Văn Minh");
        return settings;
    }

private Q_SLOTS:
    void cleanup() { DialogService::setResponder({}); }

    void editedFieldsReachTheSavedPdf()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
        DialogService::setResponder([&](const DialogRequest& request) -> QVariant {
            return request.kind == DialogRequest::Kind::SaveFile ? QVariant(pdf) : QVariant();
        });
        QList<DocumentSettings> kept;
        DocumentDialog dialog(QStringLiteral("Báo cáo"), &compose, initialSettings());
        dialog.setSettingsKeeper([&](const DocumentSettings& settings) {
            kept.append(settings);
            return QString();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(dialog.pageCount(), 1);

        auto* number = dialog.settingsForm()->findChild<QSpinBox*>();
        QVERIFY(number);
        number->setFocus();
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("7"));
        QLineEdit* signer = nullptr;
        for (auto* edit : dialog.settingsForm()->findChildren<QLineEdit*>()) {
            if (edit->accessibleName() == dialog.settingsForm()->tr("Signer")) {
                signer = edit;
            }
        }
        QVERIFY(signer);
        signer->setFocus();
        signer->selectAll();
        // Vietnamese is typed through an input method (Unikey, the system's Telex): it commits
        // whole syllables.
        QInputMethodEvent typing;
        typing.setCommitString(QStringLiteral("Nông Thị Hạnh"));
        QApplication::sendEvent(signer, &typing);
        QCOMPARE(signer->text(), QStringLiteral("Nông Thị Hạnh"));
        QTRY_VERIFY(dialog.document().html.contains(QStringLiteral("Nông Thị Hạnh")));

        QVERIFY(dialog.savePdf());
        // DANHGIA_SCREENSHOT_DIR=dir keeps a picture of the dialog, to look at it.
        if (qEnvironmentVariableIsSet("DANHGIA_SCREENSHOT_DIR")) {
            dialog.resize(1280, 800);
            QTest::qWait(50);
            dialog.grab().save(QDir(qEnvironmentVariable("DANHGIA_SCREENSHOT_DIR"))
                                   .filePath(QStringLiteral("document-dialog.png")));
        }
        PdfProbe probe(pdf);
        QVERIFY(probe.isA4());
        const QString text = probe.flatText();
        QVERIFY2(text.contains(QStringLiteral("Số: 07/BC-SNV")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Lạng Sơn, ngày 29 tháng 6 năm 2026")));
        QVERIFY(text.contains(QStringLiteral("Nông Thị Hạnh")));
        QVERIFY(text.contains(QStringLiteral("92,5")));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().number, 7);
        QCOMPARE(kept.first().signer.name, QStringLiteral("Nông Thị Hạnh"));
    }

    void tablesAreSavedAsExcelAndCsv()
    {
        QTemporaryDir dir;
        QString answer = dir.filePath(QStringLiteral("bang.xlsx"));
        DialogService::setResponder([&](const DialogRequest&) -> QVariant { return answer; });
        DocumentDialog dialog(QStringLiteral("Báo cáo"), &compose, initialSettings());
        QVERIFY(dialog.saveXlsx());
        QVERIFY(QFile::exists(answer));
        answer = dir.filePath(QStringLiteral("bang.csv"));
        QVERIFY(dialog.saveCsv());
        QFile csv(answer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("Hoàng Thị Thu Hà"));
    }

    void cancellingSavesNothing()
    {
        DialogService::setResponder([](const DialogRequest&) -> QVariant { return QString(); });
        int keeps = 0;
        DocumentDialog dialog(QStringLiteral("Báo cáo"), &compose, initialSettings());
        dialog.setSettingsKeeper([&](const DocumentSettings&) {
            ++keeps;
            return QString();
        });
        QVERIFY(!dialog.savePdf());
        QVERIFY(!dialog.saveXlsx());
        QCOMPARE(keeps, 0);
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestDocumentDialog)
#include "TestDocumentDialog.moc"
