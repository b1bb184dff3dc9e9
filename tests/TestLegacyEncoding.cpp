// danhgia::LegacyEncoding: real TCVN3 (ABC), VNI Windows and Windows-1258 bytes of Vietnamese
// text, written as hex escapes, their detection on staff lists, and ASCII and UTF-8 left alone.
// The bytes follow TCVN 5712:1993 (table VN1), the VNI Windows table and Microsoft's code page
// 1258; the TCVN3 and Windows-1258 ones agree with glibc's iconv (TCVN5712-1, CP1258).

#include "TestSupport.h"
#include "text/LegacyEncoding.h"
#include "text/VietnameseText.h"

using danhgia::LegacyEncoding;
using Encoding = danhgia::LegacyEncoding::Encoding;

Q_DECLARE_METATYPE(danhgia::LegacyEncoding::Encoding)

namespace {

// The 67 lower-case letters with a diacritic, by vowel (a ă â e ê i o ô ơ u ư y) and tone
// (huyền, hỏi, ngã, sắc, nặng), then đ; and the 67 capitals.
const QString lowerLetters = QStringLiteral("àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứự"
                                            "ỳỷỹýỵđ");
const QString upperLetters = QStringLiteral("ÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬÈẺẼÉẸÊỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢÙỦŨÚỤƯỪỬỮỨỰ"
                                            "ỲỶỸÝỴĐ");

// A staff list as exported from an old Excel sheet: name, position, unit.
QString staffList()
{
    return QStringLiteral("STT,Họ và tên,Chức vụ,Đơn vị\n"
                          "1,Nguyễn Văn An,Chuyên viên,Phòng Tổ chức cán bộ\n"
                          "2,Đặng Thị Hương,Phó Chủ tịch,Uỷ ban nhân dân xã Chi Lăng\n"
                          "3,Trần Quốc Tuấn,Trưởng phòng,Sở Nội vụ\n"
                          "4,Lê Thị Bích Ngọc,Kế toán,Văn phòng Hội đồng nhân dân huyện\n");
}

QString oneLine()
{
    return QStringLiteral("Phạm Đức Anh;Phó Giám đốc;Sở Nội vụ tỉnh Lạng Sơn");
}

QByteArray latin1(const QString& text)
{
    return text.toLatin1();
}

} // namespace

class TestLegacyEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesKnownWords_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // clang-format off
        QTest::newRow("TCVN3 Nguyen Van A") << Encoding::Tcvn3
            << QByteArray("Nguy\xd4n V\xa8n \x83")
            << QStringLiteral("Nguyễn Văn Á");
        QTest::newRow("TCVN3 Uy ban nhan dan xa Chi Lang") << Encoding::Tcvn3
            << QByteArray("U\xfb ban nh\xa9n d\xa9n x\xb7 Chi L\xa8ng")
            << QStringLiteral("Uỷ ban nhân dân xã Chi Lăng");
        QTest::newRow("TCVN3 Dang Thi Huong") << Encoding::Tcvn3
            << QByteArray("\xa7\xc6ng Th\xde H\xad\xacng")
            << QStringLiteral("Đặng Thị Hương");
        QTest::newRow("TCVN3 So Noi vu") << Encoding::Tcvn3
            << QByteArray("S\xeb N\xe9i v\xf4")
            << QStringLiteral("Sở Nội vụ");
        QTest::newRow("TCVN3 Viet Nam") << Encoding::Tcvn3
            << QByteArray("Vi\xd6t Nam")
            << QStringLiteral("Việt Nam");
        QTest::newRow("TCVN3 Truong Dai hoc") << Encoding::Tcvn3
            << QByteArray("Tr\xad\xeang \xa7\xb9i h\xe4" "c")
            << QStringLiteral("Trường Đại học");
        QTest::newRow("VNI Nguyen Van A") << Encoding::Vni
            << QByteArray("Nguye\xe3n Va\xean A\xd9")
            << QStringLiteral("Nguyễn Văn Á");
        QTest::newRow("VNI Uy ban nhan dan xa Chi Lang") << Encoding::Vni
            << QByteArray("Uy\xfb ban nha\xe2n da\xe2n xa\xf5 Chi La\xeang")
            << QStringLiteral("Uỷ ban nhân dân xã Chi Lăng");
        QTest::newRow("VNI Dang Thi Huong") << Encoding::Vni
            << QByteArray("\xd1" "a\xebng Th\xf2 H\xf6\xf4ng")
            << QStringLiteral("Đặng Thị Hương");
        QTest::newRow("VNI So Noi vu") << Encoding::Vni
            << QByteArray("S\xf4\xfb No\xe4i vu\xef")
            << QStringLiteral("Sở Nội vụ");
        QTest::newRow("VNI Viet Nam") << Encoding::Vni
            << QByteArray("Vie\xe4t Nam")
            << QStringLiteral("Việt Nam");
        QTest::newRow("VNI Truong Dai hoc") << Encoding::Vni
            << QByteArray("Tr\xf6\xf4\xf8ng \xd1" "a\xefi ho\xef" "c")
            << QStringLiteral("Trường Đại học");
        QTest::newRow("Windows-1258 Nguyen Van A") << Encoding::Windows1258
            << QByteArray("Nguy\xea\xden V\xe3n \xc1")
            << QStringLiteral("Nguyễn Văn Á");
        QTest::newRow("Windows-1258 Uy ban nhan dan xa Chi Lang") << Encoding::Windows1258
            << QByteArray("Uy\xd2 ban nh\xe2n d\xe2n xa\xde Chi L\xe3ng")
            << QStringLiteral("Uỷ ban nhân dân xã Chi Lăng");
        QTest::newRow("Windows-1258 Dang Thi Huong") << Encoding::Windows1258
            << QByteArray("\xd0\xe3\xf2ng Thi\xf2 H\xfd\xf5ng")
            << QStringLiteral("Đặng Thị Hương");
        QTest::newRow("Windows-1258 So Noi vu") << Encoding::Windows1258
            << QByteArray("S\xf5\xd2 N\xf4\xf2i vu\xf2")
            << QStringLiteral("Sở Nội vụ");
        QTest::newRow("Windows-1258 Viet Nam") << Encoding::Windows1258
            << QByteArray("Vi\xea\xf2t Nam")
            << QStringLiteral("Việt Nam");
        QTest::newRow("Windows-1258 Truong Dai hoc") << Encoding::Windows1258
            << QByteArray("Tr\xfd\xf5\xccng \xd0" "a\xf2i ho\xf2" "c")
            << QStringLiteral("Trường Đại học");
        // clang-format on
    }

    void decodesKnownWords()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(LegacyEncoding::decode(bytes, encoding), text);
        QCOMPARE(LegacyEncoding::encode(text, encoding), bytes);
    }

    void bytesLookAsOldFilesDo()
    {
        // How these files look when opened as Latin-1 (Windows-1252), as anyone who has met
        // them remembers: TCVN3 "NguyÔn", "ViÖt Nam", "§Æng"; VNI "Nguyeãn", "Vieät Nam".
        const QByteArray tcvn3Nguyen("Nguy\xd4n");
        QCOMPARE(QString::fromLatin1(tcvn3Nguyen), QStringLiteral("NguyÔn"));
        QCOMPARE(LegacyEncoding::decode(tcvn3Nguyen, Encoding::Tcvn3), QStringLiteral("Nguyễn"));
        const QByteArray tcvn3Vietnam("Vi\xd6t Nam");
        QCOMPARE(QString::fromLatin1(tcvn3Vietnam), QStringLiteral("ViÖt Nam"));
        QCOMPARE(LegacyEncoding::decode(tcvn3Vietnam, Encoding::Tcvn3), QStringLiteral("Việt Nam"));
        const QByteArray tcvn3Dang("\xa7\xc6ng");
        QCOMPARE(QString::fromLatin1(tcvn3Dang), QStringLiteral("§Æng"));
        QCOMPARE(LegacyEncoding::decode(tcvn3Dang, Encoding::Tcvn3), QStringLiteral("Đặng"));
        QCOMPARE(LegacyEncoding::decode(latin1(QStringLiteral("H\u00ad¬ng")), Encoding::Tcvn3),
                 QStringLiteral("Hương"));

        const QByteArray vniNguyen("Nguye\xe3n");
        QCOMPARE(QString::fromLatin1(vniNguyen), QStringLiteral("Nguyeãn"));
        QCOMPARE(LegacyEncoding::decode(vniNguyen, Encoding::Vni), QStringLiteral("Nguyễn"));
        const QByteArray vniVietnam("Vie\xe4t Nam");
        QCOMPARE(QString::fromLatin1(vniVietnam), QStringLiteral("Vieät Nam"));
        QCOMPARE(LegacyEncoding::decode(vniVietnam, Encoding::Vni), QStringLiteral("Việt Nam"));
        QCOMPARE(LegacyEncoding::decode(latin1(QStringLiteral("Tröôøng Ñaïi hoïc")), Encoding::Vni),
                 QStringLiteral("Trường Đại học"));
        QCOMPARE(LegacyEncoding::decode(latin1(QStringLiteral("TRÖÔØNG ÑAÏI HOÏC")), Encoding::Vni),
                 QStringLiteral("TRƯỜNG ĐẠI HỌC"));
    }

    void everyLetterRoundTrips_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        // clang-format off
        QTest::newRow("TCVN3") << Encoding::Tcvn3 << QByteArray(
            "\xb5\xb6\xb7\xb8\xb9" "\xa8\xbb\xbc\xbd\xbe\xc6" "\xa9\xc7\xc8\xc9\xca\xcb"
            "\xcc\xce\xcf\xd0\xd1" "\xaa\xd2\xd3\xd4\xd5\xd6" "\xd7\xd8\xdc\xdd\xde"
            "\xdf\xe1\xe2\xe3\xe4" "\xab\xe5\xe6\xe7\xe8\xe9" "\xac\xea\xeb\xec\xed\xee"
            "\xef\xf1\xf2\xf3\xf4" "\xad\xf5\xf6\xf7\xf8\xf9" "\xfa\xfb\xfc\xfd\xfe" "\xae"
            "\x80\x81\x82\x83\x84" "\xa1\xaf\xba\xbf\xc0\x85" "\xa2\xc1\xc2\xc3\xc4\x86"
            "\x87\x88\x89\x8a\x8b" "\xa3\xc5\xcd\xd9\xda\x8c" "\x8d\x8e\x8f\x90\x91"
            "\x92\x93\x94\x95\x96" "\xa4\xdb\xe0\xf0\xff\x97" "\xa5\x98\x99\x9a\x9b\x9c"
            "\x9d\x9e\x9f\x01\x02" "\xa6\x04\x05\x06\x11\x12" "\x13\x14\x15\x16\x17" "\xa7");
        QTest::newRow("VNI") << Encoding::Vni << QByteArray(
            "a\xf8" "a\xfb" "a\xf5" "a\xf9" "a\xef" "a\xea" "a\xe8" "a\xfa" "a\xfc" "a\xe9" "a\xeb"
            "a\xe2" "a\xe0" "a\xe5" "a\xe3" "a\xe1" "a\xe4" "e\xf8" "e\xfb" "e\xf5" "e\xf9" "e\xef"
            "e\xe2" "e\xe0" "e\xe5" "e\xe3" "e\xe1" "e\xe4" "\xec\xe6\xf3\xed\xf2"
            "o\xf8o\xfbo\xf5o\xf9o\xef" "o\xe2o\xe0o\xe5o\xe3o\xe1o\xe4"
            "\xf4\xf4\xf8\xf4\xfb\xf4\xf5\xf4\xf9\xf4\xef" "u\xf8u\xfbu\xf5u\xf9u\xef"
            "\xf6\xf6\xf8\xf6\xfb\xf6\xf5\xf6\xf9\xf6\xef" "y\xf8y\xfby\xf5y\xf9\xee" "\xf1"
            "A\xd8" "A\xdb" "A\xd5" "A\xd9" "A\xcf" "A\xca" "A\xc8" "A\xda" "A\xdc" "A\xc9" "A\xcb"
            "A\xc2" "A\xc0" "A\xc5" "A\xc3" "A\xc1" "A\xc4" "E\xd8" "E\xdb" "E\xd5" "E\xd9" "E\xcf"
            "E\xc2" "E\xc0" "E\xc5" "E\xc3" "E\xc1" "E\xc4" "\xcc\xc6\xd3\xcd\xd2"
            "O\xd8O\xdbO\xd5O\xd9O\xcf" "O\xc2O\xc0O\xc5O\xc3O\xc1O\xc4"
            "\xd4\xd4\xd8\xd4\xdb\xd4\xd5\xd4\xd9\xd4\xcf" "U\xd8U\xdbU\xd5U\xd9U\xcf"
            "\xd6\xd6\xd8\xd6\xdb\xd6\xd5\xd6\xd9\xd6\xcf" "Y\xd8Y\xdbY\xd5Y\xd9\xce" "\xd1");
        QTest::newRow("Windows-1258") << Encoding::Windows1258 << QByteArray(
            "\xe0" "a\xd2" "a\xde\xe1" "a\xf2" "\xe3\xe3\xcc\xe3\xd2\xe3\xde\xe3\xec\xe3\xf2"
            "\xe2\xe2\xcc\xe2\xd2\xe2\xde\xe2\xec\xe2\xf2" "\xe8" "e\xd2" "e\xde\xe9" "e\xf2"
            "\xea\xea\xcc\xea\xd2\xea\xde\xea\xec\xea\xf2" "i\xcci\xd2i\xde\xedi\xf2"
            "o\xcco\xd2o\xde\xf3o\xf2" "\xf4\xf4\xcc\xf4\xd2\xf4\xde\xf4\xec\xf4\xf2"
            "\xf5\xf5\xcc\xf5\xd2\xf5\xde\xf5\xec\xf5\xf2" "\xf9u\xd2u\xde\xfau\xf2"
            "\xfd\xfd\xcc\xfd\xd2\xfd\xde\xfd\xec\xfd\xf2" "y\xccy\xd2y\xdey\xecy\xf2" "\xf0"
            "\xc0" "A\xd2" "A\xde\xc1" "A\xf2" "\xc3\xc3\xcc\xc3\xd2\xc3\xde\xc3\xec\xc3\xf2"
            "\xc2\xc2\xcc\xc2\xd2\xc2\xde\xc2\xec\xc2\xf2" "\xc8" "E\xd2" "E\xde\xc9" "E\xf2"
            "\xca\xca\xcc\xca\xd2\xca\xde\xca\xec\xca\xf2" "I\xccI\xd2I\xde\xcdI\xf2"
            "O\xccO\xd2O\xde\xd3O\xf2" "\xd4\xd4\xcc\xd4\xd2\xd4\xde\xd4\xec\xd4\xf2"
            "\xd5\xd5\xcc\xd5\xd2\xd5\xde\xd5\xec\xd5\xf2" "\xd9U\xd2U\xde\xdaU\xf2"
            "\xdd\xdd\xcc\xdd\xd2\xdd\xde\xdd\xec\xdd\xf2" "Y\xccY\xd2Y\xdeY\xecY\xf2" "\xd0");
        // clang-format on
    }

    void everyLetterRoundTrips()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QByteArray, bytes);
        const QString letters = lowerLetters + upperLetters;
        QCOMPARE(lowerLetters.size(), 67);
        QCOMPARE(upperLetters.size(), 67);
        QCOMPARE(LegacyEncoding::decode(bytes, encoding), letters);
        QCOMPARE(LegacyEncoding::encode(letters, encoding), bytes);
        for (const QChar c : letters) {
            const QString letter(c);
            QCOMPARE(LegacyEncoding::decode(LegacyEncoding::encode(letter, encoding), encoding), letter);
            // The decomposed form is written the same.
            QCOMPARE(LegacyEncoding::encode(letter.normalized(QString::NormalizationForm_D), encoding),
                     LegacyEncoding::encode(letter, encoding));
        }
    }

    void tcvn3LowerCaseIsTheVn3Range()
    {
        // The .VnTime fonts (table VN3) have the lower-case letters at 0xA8..0xFE and the
        // capitals Ă Â Ê Ô Ơ Ư Đ at 0xA1..0xA7, one byte each.
        const QByteArray lower = LegacyEncoding::encode(lowerLetters, Encoding::Tcvn3);
        QCOMPARE(lower.size(), 67);
        for (const char byte : lower) {
            QVERIFY(static_cast<uchar>(byte) >= 0xA8 && static_cast<uchar>(byte) <= 0xFE);
        }
        QCOMPARE(LegacyEncoding::encode(QStringLiteral("ĂÂÊÔƠƯĐ"), Encoding::Tcvn3),
                 QByteArray("\xa1\xa2\xa3\xa4\xa5\xa6\xa7"));
    }

    void everyByteRoundTrips_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("undefined");
        QTest::newRow("TCVN3") << Encoding::Tcvn3 << 0;
        QTest::newRow("Windows-1258") << Encoding::Windows1258 << 9;
    }

    void everyByteRoundTrips()
    {
        QFETCH(Encoding, encoding);
        QFETCH(int, undefined);
        int replaced = 0;
        for (int byte = 0x80; byte <= 0xFF; ++byte) {
            const QByteArray one(1, static_cast<char>(byte));
            const QString text = LegacyEncoding::decode(one, encoding);
            QCOMPARE(text.size(), 1);
            if (text.front() == QChar(0xFFFD)) {
                ++replaced;
                continue;
            }
            QCOMPARE(LegacyEncoding::encode(text, encoding), one);
        }
        QCOMPARE(replaced, undefined);
    }

    void tcvn3CapitalsInTheControlRange()
    {
        // VN1 puts 12 capitals in the control range; tab, line feed and carriage return stay.
        QCOMPARE(LegacyEncoding::decode(QByteArray("\x01\x02\x04\x05\x06\x11\x12\x13\x14\x15\x16\x17"),
                                        Encoding::Tcvn3),
                 QStringLiteral("ÚỤỪỬỮỨỰỲỶỸÝỴ"));
        QCOMPARE(LegacyEncoding::decode(QByteArray("a\tb\r\nc"), Encoding::Tcvn3),
                 QStringLiteral("a\tb\r\nc"));
    }

    void detectsStaffLists_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // clang-format off
        QTest::newRow("TCVN3 staff list") << Encoding::Tcvn3 << QByteArray(
            "STT,H\xe4 v\xb5 t\xaan,Ch\xf8" "c v\xf4,\xa7\xacn v\xde\n"
            "1,Nguy\xd4n V\xa8n An,Chuy\xaan vi\xaan,Ph\xdfng T\xe6 ch\xf8" "c c\xb8n b\xe9\n"
            "2,\xa7\xc6ng Th\xde H\xad\xacng,Ph\xe3 Ch\xf1 t\xde"
            "ch,U\xfb ban nh\xa9n d\xa9n x\xb7 Chi L\xa8ng\n"
            "3,Tr\xc7n Qu\xe8" "c Tu\xcan,Tr\xad\xebng ph\xdfng,S\xeb N\xe9i v\xf4\n"
            "4,L\xaa Th\xde B\xdd" "ch Ng\xe4"
            "c,K\xd5 to\xb8n,V\xa8n ph\xdfng H\xe9i \xae\xe5ng nh\xa9n d\xa9n huy\xd6n\n")
            << staffList();
        QTest::newRow("TCVN3 one line") << Encoding::Tcvn3 << QByteArray(
            "Ph\xb9m \xa7\xf8" "c Anh;Ph\xe3 Gi\xb8m \xae\xe8"
            "c;S\xeb N\xe9i v\xf4 t\xd8nh L\xb9ng S\xacn")
            << oneLine();
        QTest::newRow("VNI staff list") << Encoding::Vni << QByteArray(
            "STT,Ho\xef va\xf8 te\xe2n,Ch\xf6\xf9" "c vu\xef,\xd1\xf4n v\xf2\n"
            "1,Nguye\xe3n Va\xean An,Chuye\xe2n vie\xe2n,Pho\xf8ng To\xe5 ch\xf6\xf9"
            "c ca\xf9n bo\xe4\n"
            "2,\xd1" "a\xebng Th\xf2 H\xf6\xf4ng,Pho\xf9 Chu\xfb t\xf2"
            "ch,Uy\xfb ban nha\xe2n da\xe2n xa\xf5 Chi La\xeang\n"
            "3,Tra\xe0n Quo\xe1" "c Tua\xe1n,Tr\xf6\xf4\xfbng pho\xf8ng,S\xf4\xfb No\xe4i vu\xef\n"
            "4,Le\xe2 Th\xf2 B\xed" "ch Ngo\xef"
            "c,Ke\xe1 toa\xf9n,Va\xean pho\xf8ng Ho\xe4i \xf1o\xe0ng nha\xe2n da\xe2n huye\xe4n\n")
            << staffList();
        QTest::newRow("VNI one line") << Encoding::Vni << QByteArray(
            "Pha\xefm \xd1\xf6\xf9" "c Anh;Pho\xf9 Gia\xf9m \xf1o\xe1"
            "c;S\xf4\xfb No\xe4i vu\xef t\xe6nh La\xefng S\xf4n")
            << oneLine();
        QTest::newRow("Windows-1258 staff list") << Encoding::Windows1258 << QByteArray(
            "STT,Ho\xf2 v\xe0 t\xean,Ch\xfd\xec" "c vu\xf2,\xd0\xf5n vi\xf2\n"
            "1,Nguy\xea\xden V\xe3n An,Chuy\xean vi\xean,Pho\xccng T\xf4\xd2 ch\xfd\xec"
            "c c\xe1n b\xf4\xf2\n"
            "2,\xd0\xe3\xf2ng Thi\xf2 H\xfd\xf5ng,Ph\xf3 Chu\xd2 ti\xf2"
            "ch,Uy\xd2 ban nh\xe2n d\xe2n xa\xde Chi L\xe3ng\n"
            "3,Tr\xe2\xccn Qu\xf4\xec"
            "c Tu\xe2\xecn,Tr\xfd\xf5\xd2ng pho\xccng,S\xf5\xd2 N\xf4\xf2i vu\xf2\n"
            "4,L\xea Thi\xf2 B\xed" "ch Ngo\xf2"
            "c,K\xea\xec to\xe1n,V\xe3n pho\xccng H\xf4\xf2i \xf0\xf4\xccng nh\xe2n d\xe2n huy\xea"
            "\xf2n\n")
            << staffList();
        QTest::newRow("Windows-1258 one line") << Encoding::Windows1258 << QByteArray(
            "Pha\xf2m \xd0\xfd\xec" "c Anh;Ph\xf3 Gi\xe1m \xf0\xf4\xec"
            "c;S\xf5\xd2 N\xf4\xf2i vu\xf2 ti\xd2nh La\xf2ng S\xf5n")
            << oneLine();
        QTest::newRow("UTF-8 staff list") << Encoding::Utf8 << staffList().toUtf8() << staffList();
        QTest::newRow("UTF-8 one line") << Encoding::Utf8 << oneLine().toUtf8() << oneLine();
        // Single name cells, where a wrong decoding can also be spelled right ("Lửu", "Vón").
        QTest::newRow("TCVN3 name cell") << Encoding::Tcvn3 << QByteArray("\xa7\xe7 Th\xde H\xb5")
                                         << QStringLiteral("Đỗ Thị Hà");
        QTest::newRow("VNI name cell") << Encoding::Vni << QByteArray("L\xf6u Thu Giang")
                                       << QStringLiteral("Lưu Thu Giang");
        QTest::newRow("Windows-1258 name cell") << Encoding::Windows1258 << QByteArray("B\xf9i V\xe3n Anh")
                                                << QStringLiteral("Bùi Văn Anh");
        QTest::newRow("VNI capitals") << Encoding::Vni << QByteArray(
            "DANH SA\xd9" "CH CA\xd9N BO\xc4, CO\xc2NG CH\xd6\xd9" "C NA\xcaM 2024")
            << QStringLiteral("DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024");
        QTest::newRow("TCVN3 VN1 capitals") << Encoding::Tcvn3 << QByteArray(
            "DANH S\x83" "CH C\x83N B\x97, C\xa4NG CH\x11" "C N\xa1M 2024")
            << QStringLiteral("DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024");
        // clang-format on
    }

    void detectsStaffLists()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(LegacyEncoding::detect(bytes), encoding);
        Encoding found = Encoding::Unknown;
        QCOMPARE(LegacyEncoding::toUnicode(bytes, &found), text);
        QCOMPARE(found, encoding);
        QCOMPARE(LegacyEncoding::toUnicode(bytes), text);
    }

    void detectsFromTheBeginningOfALargeFile()
    {
        const QByteArray list = LegacyEncoding::encode(staffList(), Encoding::Tcvn3);
        const QByteArray large = list.repeated(300 * 1024 / list.size() + 1);
        QVERIFY(large.size() > 300 * 1024);
        Encoding found = Encoding::Unknown;
        QCOMPARE(LegacyEncoding::toUnicode(large, &found),
                 staffList().repeated(300 * 1024 / list.size() + 1));
        QCOMPARE(found, Encoding::Tcvn3);
    }

    void detectsAfterALongAsciiStart()
    {
        const QByteArray ascii = QByteArray("1,Nguyen Van An,Chuyen vien\n").repeated(12000);
        QVERIFY(ascii.size() > 300 * 1024);
        const QByteArray data = ascii + QByteArray("2,\xa7\xc6ng Th\xde H\xad\xacng\n");
        Encoding found = Encoding::Unknown;
        const QString text = LegacyEncoding::toUnicode(data, &found);
        QCOMPARE(found, Encoding::Tcvn3);
        QVERIFY(text.endsWith(QStringLiteral("2,Đặng Thị Hương\n")));
    }

    void asciiStaysUnchanged()
    {
        const QByteArray ascii("STT,Ho va ten,Chuc vu\r\n1,Nguyen Van An,Chuyen vien\t(2024)\n");
        const QString text = QString::fromLatin1(ascii);
        for (const Encoding encoding :
             {Encoding::Utf8, Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258, Encoding::Unknown}) {
            QCOMPARE(LegacyEncoding::decode(ascii, encoding), text);
            QCOMPARE(LegacyEncoding::encode(text, encoding), ascii);
        }
        QCOMPARE(LegacyEncoding::detect(ascii), Encoding::Utf8);
        QCOMPARE(LegacyEncoding::toUnicode(ascii), text);
        QCOMPARE(LegacyEncoding::detect(QByteArray()), Encoding::Utf8);
        QCOMPARE(LegacyEncoding::toUnicode(QByteArray()), QString());
    }

    void utf8StaysUnchanged()
    {
        const QByteArray utf8 = staffList().toUtf8();
        Encoding found = Encoding::Unknown;
        QCOMPARE(LegacyEncoding::toUnicode(utf8, &found), staffList());
        QCOMPARE(found, Encoding::Utf8);
        // With a byte order mark (Excel's "CSV UTF-8"): the mark goes.
        QCOMPARE(LegacyEncoding::toUnicode(QByteArray("\xef\xbb\xbf") + utf8, &found), staffList());
        QCOMPARE(found, Encoding::Utf8);
        // Decomposed UTF-8 comes out NFC.
        const QByteArray decomposed = staffList().normalized(QString::NormalizationForm_D).toUtf8();
        QVERIFY(decomposed != utf8);
        QCOMPARE(LegacyEncoding::toUnicode(decomposed, &found), staffList());
        QCOMPARE(found, Encoding::Utf8);
        // UTF-8 without Vietnamese letters is UTF-8 too.
        const QString western = QStringLiteral("Müller, café");
        QCOMPARE(LegacyEncoding::toUnicode(western.toUtf8(), &found), western);
        QCOMPARE(found, Encoding::Utf8);
    }

    void undecidableBytesAreUnknown()
    {
        const QByteArray noise("\x81\x8d\x8f\x90\x9d");
        QCOMPARE(LegacyEncoding::detect(noise), Encoding::Unknown);
        // Unknown is read as Windows-1258, which agrees with Windows-1252 on Western letters.
        const QByteArray western("Caf\xe9 M\xfcller");
        Encoding found = Encoding::Utf8;
        QCOMPARE(LegacyEncoding::toUnicode(western, &found), QStringLiteral("Café Müller"));
        QCOMPARE(found, Encoding::Unknown);
    }

    void outputIsNfc()
    {
        const QString vietnam = QStringLiteral("Việt");
        QCOMPARE(vietnam.size(), 4);
        // ê + combining dot below (Windows-1258), e + circumflex-and-dot byte (VNI), ê + the
        // VN1 combining dot below (TCVN3): all one precomposed ệ.
        QCOMPARE(LegacyEncoding::decode(QByteArray("Vi\xea\xf2t"), Encoding::Windows1258), vietnam);
        QCOMPARE(LegacyEncoding::decode(QByteArray("Vie\xe4t"), Encoding::Vni), vietnam);
        QCOMPARE(LegacyEncoding::decode(QByteArray("Vi\xaa\xb4t"), Encoding::Tcvn3), vietnam);
        QCOMPARE(LegacyEncoding::decode(QByteArray("Vie\xcc\x82\xcc\xa3t"), Encoding::Utf8), vietnam);
    }

    void unwritableCharactersBecomeQuestionMarks()
    {
        QCOMPARE(LegacyEncoding::encode(QStringLiteral("€ 漢"), Encoding::Tcvn3), QByteArray("? ?"));
        QCOMPARE(LegacyEncoding::encode(QStringLiteral("€ 漢"), Encoding::Windows1258), QByteArray("\x80 ?"));
        QCOMPARE(LegacyEncoding::encode(QStringLiteral("ä"), Encoding::Vni), QByteArray("?"));
    }

    void names()
    {
        QCOMPARE(LegacyEncoding::name(Encoding::Utf8), QStringLiteral("UTF-8"));
        QCOMPARE(LegacyEncoding::name(Encoding::Tcvn3), QStringLiteral("TCVN3 (ABC)"));
        QCOMPARE(LegacyEncoding::name(Encoding::Vni), QStringLiteral("VNI Windows"));
        QCOMPARE(LegacyEncoding::name(Encoding::Windows1258), QStringLiteral("Windows-1258"));
        QVERIFY(!LegacyEncoding::name(Encoding::Unknown).isEmpty());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestLegacyEncoding)
#include "TestLegacyEncoding.moc"
