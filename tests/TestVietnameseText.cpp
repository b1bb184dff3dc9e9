// danhgia::VietnameseText and VietnameseSyllable: NFC normal form, accent-free search, the
// Vietnamese order of people's names, and the spelling rules of a syllable.

#include "TestSupport.h"
#include "text/VietnameseSyllable.h"
#include "text/VietnameseText.h"

using danhgia::VietnameseSyllable;
using danhgia::VietnameseText;

namespace {

// The 67 lower-case letters with a diacritic, by vowel (a ă â e ê i o ô ơ u ư y) and tone
// (huyền, hỏi, ngã, sắc, nặng), and đ.
const QString lowerLetters = QStringLiteral("àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứự"
                                            "ỳỷỹýỵđ");
const QString upperLetters = QStringLiteral("ÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬÈẺẼÉẸÊỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢÙỦŨÚỤƯỪỬỮỨỰ"
                                            "ỲỶỸÝỴĐ");

QStringList sorted(QStringList names)
{
    VietnameseText::sortPeople(names);
    return names;
}

} // namespace

class TestVietnameseText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeComposesDecomposedInput()
    {
        // "Nguyễn" typed as e + combining circumflex + combining tilde (as macOS and some
        // keyboards produce) and "Việt" with the marks in the other order.
        const QString decomposed = QStringLiteral("Nguye\u0302\u0303n Vie\u0323\u0302t");
        QCOMPARE(decomposed.size(), 15);
        const QString normal = VietnameseText::normalize(decomposed);
        QCOMPARE(normal, QStringLiteral("Nguyễn Việt"));
        QCOMPARE(normal.size(), 11);
        QCOMPARE(VietnameseText::normalize(normal), normal);
    }

    void normalizeCollapsesWhiteSpace()
    {
        QCOMPARE(VietnameseText::normalize(QStringLiteral("  Nguyễn\t\tVăn \u00A0 A \n")),
                 QStringLiteral("Nguyễn Văn A"));
        QCOMPARE(VietnameseText::normalize(QStringLiteral(" \t ")), QString());
        QCOMPARE(VietnameseText::normalize(QString()), QString());
    }

    void fileNameSlugIsPlainAscii()
    {
        QCOMPARE(VietnameseText::fileNameSlug(QStringLiteral("Biên bản thẩm định - Sở Y tế")),
                 QStringLiteral("bien-ban-tham-dinh-so-y-te"));
        QCOMPARE(VietnameseText::fileNameSlug(QStringLiteral("  Đỗ Thị Ánh (2026)! ")),
                 QStringLiteral("do-thi-anh-2026"));
        QCOMPARE(VietnameseText::fileNameSlug(QStringLiteral("???")), QString());
    }

    void searchKeyDropsAccentsAndCase()
    {
        QCOMPARE(VietnameseText::searchKey(QStringLiteral("Nguyễn Văn A")), QStringLiteral("nguyen van a"));
        QCOMPARE(VietnameseText::searchKey(QStringLiteral("Đỗ")), QStringLiteral("do"));
        QCOMPARE(VietnameseText::searchKey(QStringLiteral("ĐẶNG THỊ HƯƠNG")),
                 QStringLiteral("dang thi huong"));
        QCOMPARE(VietnameseText::searchKey(QStringLiteral("Uỷ  ban   nhân dân")),
                 QStringLiteral("uy ban nhan dan"));
        // Decomposed input gives the same key.
        QCOMPARE(VietnameseText::searchKey(QStringLiteral("Nguye\u0302\u0303n")), QStringLiteral("nguyen"));
        // Every letter loses its marks.
        QCOMPARE(VietnameseText::searchKey(lowerLetters),
                 QStringLiteral("aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"));
        QCOMPARE(VietnameseText::searchKey(upperLetters), VietnameseText::searchKey(lowerLetters));
    }

    void matchesIgnoresAccents()
    {
        QVERIFY(VietnameseText::matches(QStringLiteral("Nguyễn Văn A"), QStringLiteral("nguyen van a")));
        QVERIFY(VietnameseText::matches(QStringLiteral("Nguyễn Văn An"), QStringLiteral("van a")));
        QVERIFY(VietnameseText::matches(QStringLiteral("Đỗ Thị Lan"), QStringLiteral("d")));
        QVERIFY(VietnameseText::matches(QStringLiteral("Đỗ"), QStringLiteral("d")));
        QVERIFY(VietnameseText::matches(QStringLiteral("Đỗ"), QStringLiteral("đ")));
        QVERIFY(VietnameseText::matches(QStringLiteral("Đỗ Thị Lan"), QStringLiteral("ĐỖ")));
        QVERIFY(VietnameseText::matches(QStringLiteral("Trần Quốc Tuấn"), QStringLiteral("TRAN  QUOC")));
        QVERIFY(VietnameseText::matches(QStringLiteral("Sở Nội vụ"), QStringLiteral("nội")));
        QVERIFY(!VietnameseText::matches(QStringLiteral("Nguyễn"), QStringLiteral("nguyen van")));
        QVERIFY(!VietnameseText::matches(QStringLiteral("Lê Văn An"), QStringLiteral("binh")));
        // A blank query matches everything.
        QVERIFY(VietnameseText::matches(QStringLiteral("Lê Văn An"), QString()));
        QVERIFY(VietnameseText::matches(QStringLiteral("Lê Văn An"), QStringLiteral("  ")));
    }

    void sortsByGivenNameThenFamilyName()
    {
        const QStringList names = {QStringLiteral("Trần Văn Bình"), QStringLiteral("Nguyễn Thị An"),
                                   QStringLiteral("Lê Văn An"), QStringLiteral("Phạm Đức Anh")};
        const QStringList expected = {QStringLiteral("Lê Văn An"), QStringLiteral("Nguyễn Thị An"),
                                      QStringLiteral("Phạm Đức Anh"), QStringLiteral("Trần Văn Bình")};
        QCOMPARE(sorted(names), expected);
        // Same given and family name: the middle name decides.
        QCOMPARE(sorted({QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Thị An")}),
                 QStringList({QStringLiteral("Nguyễn Thị An"), QStringLiteral("Nguyễn Văn An")}));
        QVERIFY(
            VietnameseText::comparePersonNames(QStringLiteral("Lê Văn An"), QStringLiteral("Nguyễn Thị An"))
            < 0);
        QVERIFY(VietnameseText::comparePersonNames(QStringLiteral("Trần Văn Bình"),
                                                   QStringLiteral("Phạm Đức Anh"))
                > 0);
    }

    void sortsInTheVietnameseAlphabet()
    {
        // a < ă < â, d < đ, u < ư as letters; the tone is a smaller difference than the
        // letter (Anh < Ánh < Ân). Root (non-Vietnamese) collation would put Ân first and
        // Ưng before Uyên.
        QCOMPARE(sorted({QStringLiteral("Vũ Thị Ân"), QStringLiteral("Trần Thị Ánh"),
                         QStringLiteral("Hoàng Văn Anh"), QStringLiteral("Lý Thị Ăn")}),
                 QStringList({QStringLiteral("Hoàng Văn Anh"), QStringLiteral("Trần Thị Ánh"),
                              QStringLiteral("Lý Thị Ăn"), QStringLiteral("Vũ Thị Ân")}));
        QCOMPARE(sorted({QStringLiteral("Bùi Văn Đạt"), QStringLiteral("Hồ Văn Dũng")}),
                 QStringList({QStringLiteral("Hồ Văn Dũng"), QStringLiteral("Bùi Văn Đạt")}));
        QCOMPARE(sorted({QStringLiteral("Mai Văn Ưng"), QStringLiteral("Lâm Thị Uyên")}),
                 QStringList({QStringLiteral("Lâm Thị Uyên"), QStringLiteral("Mai Văn Ưng")}));
        // Case does not change the order of different names.
        QCOMPARE(sorted({QStringLiteral("TRẦN VĂN BÌNH"), QStringLiteral("lê văn an")}),
                 QStringList({QStringLiteral("lê văn an"), QStringLiteral("TRẦN VĂN BÌNH")}));
    }

    void comparisonIsATotalOrder()
    {
        const QString composed = QStringLiteral("Lê Văn An");
        const QString decomposed = QStringLiteral("Le\u0302 Va\u0306n An");
        QCOMPARE(VietnameseText::comparePersonNames(composed, decomposed), 0);
        QCOMPARE(VietnameseText::comparePersonNames(QStringLiteral(" Lê  Văn An "), composed), 0);
        // Names that differ only in case still have an order, the same both ways round.
        const int upperFirst = VietnameseText::comparePersonNames(QStringLiteral("LÊ VĂN AN"), composed);
        QVERIFY(upperFirst != 0);
        QCOMPARE(VietnameseText::comparePersonNames(composed, QStringLiteral("LÊ VĂN AN")) > 0,
                 upperFirst < 0);
        // One-word names and empty names sort too: by the word, empty first.
        QCOMPARE(sorted({QStringLiteral("Bình"), QString(), QStringLiteral("Nguyễn An")}),
                 QStringList({QString(), QStringLiteral("Nguyễn An"), QStringLiteral("Bình")}));
    }

    void sortIsStableAndKeepsTheOriginalText()
    {
        const QString decomposed = QStringLiteral("Le\u0302 Va\u0306n An");
        const QStringList names = {QStringLiteral("Trần Văn Bình"), decomposed, QStringLiteral("Lê Văn An")};
        const QStringList result = sorted(names);
        QCOMPARE(result,
                 QStringList({decomposed, QStringLiteral("Lê Văn An"), QStringLiteral("Trần Văn Bình")}));
    }

    void personSortKeyPutsTheGivenNameFirst()
    {
        QCOMPARE(VietnameseText::personSortKey(QStringLiteral("Nguyễn Thị Minh Khai")),
                 QStringLiteral("Khai Nguyễn Thị Minh"));
        QCOMPARE(VietnameseText::personSortKey(QStringLiteral("Lê  Văn An")), QStringLiteral("An Lê Văn"));
        QCOMPARE(VietnameseText::personSortKey(QStringLiteral("Phạm An")), QStringLiteral("An Phạm"));
        QCOMPARE(VietnameseText::personSortKey(QStringLiteral("Bình")), QStringLiteral("Bình"));
        QCOMPARE(VietnameseText::personSortKey(QString()), QString());
    }

    void knowsTheVietnameseLetters()
    {
        QCOMPARE(lowerLetters.size(), 67);
        QCOMPARE(upperLetters.size(), 67);
        QCOMPARE(upperLetters, lowerLetters.toUpper());
        for (const QChar c : QString(lowerLetters + upperLetters)) {
            QVERIFY2(VietnameseText::isVietnameseLetter(c), qPrintable(QString(c)));
        }
        int count = 0;
        for (char16_t u = 1; u < 0xFFFF; ++u) {
            count += VietnameseText::isVietnameseLetter(QChar(u)) ? 1 : 0;
        }
        QCOMPARE(count, 134);
        QVERIFY(!VietnameseText::isVietnameseLetter(QLatin1Char('a')));
        QVERIFY(!VietnameseText::isVietnameseLetter(QChar(0x00E4))); // ä
        QVERIFY(VietnameseText::hasVietnameseLetters(QStringLiteral("Nguye\u0302\u0303n")));
        QVERIFY(!VietnameseText::hasVietnameseLetters(QStringLiteral("Nguyen Van A, Müller")));
    }

    void syllableSpelling_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("valid");
        const char* const valid[]
            = {"Nguyễn", "Trường", "giữ",   "gì",      "giường", "quốc", "quý",  "khuya", "Uỷ",   "Úy",
               "thuý",   "huynh",  "nghĩa", "NGHIÊNG", "hoà",    "hòa",  "Đặng", "Hương", "Việt", "người",
               "ấy",     "ăn",     "xoong", "kiểm",    "tịch",   "Lăng", "của",  "khuỷu", "yêu"};
        for (const char* word : valid) {
            QTest::addRow("%s", word) << QString::fromUtf8(word) << true;
        }
        // Wrong decodings of legacy text, other languages, impossible spellings.
        const char* const invalid[]
            = {"NguyÔn", "ViÖt", "Vieät",   "Nguyeãn", "nguyôn", "Vieọt", "laù",  "haì",
               "Müller", "café", "Tröôøng", "V¨n",     "Hµ",     "ka",    "ci",   "gha",
               "ngi",    "bat",  "hoàc",    "ăo",      "qu",     "x",     "tiế̉n", "wàng"};
        for (const char* word : invalid) {
            QTest::addRow("%s", word) << QString::fromUtf8(word) << false;
        }
    }

    void syllableSpelling()
    {
        QFETCH(QString, word);
        QFETCH(bool, valid);
        QCOMPARE(VietnameseSyllable::isValid(word), valid);
        QCOMPARE(VietnameseSyllable::isValid(word.normalized(QString::NormalizationForm_D)), valid);
    }

    void commonSyllables()
    {
        for (const char* word :
             {"Nguyễn", "VĂN", "Thị", "Sở", "Nội", "vụ", "Uỷ", "ủy", "Trường", "Hoà", "hòa"}) {
            QVERIFY2(VietnameseSyllable::isCommon(QString::fromUtf8(word)), word);
            QVERIFY2(VietnameseSyllable::isValid(QString::fromUtf8(word)), word);
        }
        QVERIFY(VietnameseSyllable::isCommon(QStringLiteral("Nguye\u0302\u0303n")));
        // Right spellings that a wrong decoding produces ("Vón" for "Văn", "Lửu" for "Lưu").
        for (const char* word : {"Vón", "Lửu", "Bựi", "xyz", ""}) {
            QVERIFY2(!VietnameseSyllable::isCommon(QString::fromUtf8(word)), word);
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestVietnameseText)
#include "TestVietnameseText.moc"
