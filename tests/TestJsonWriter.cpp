// JsonWriter: the JSON text it writes is byte for byte what QJsonDocument writes for the same
// document (strings with quotes, backslashes, control characters, Vietnamese, surrogates; numbers;
// values of QVariants; key order), and it parses back to the same document.

#include "TestSupport.h"
#include "database/JsonWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace danhgia;

namespace {

QByteArray qtText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QStringList trickyStrings()
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c) {
        controls.append(QChar(c));
    }
    return {QString(),
            QStringLiteral(""),
            QStringLiteral("plain"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("back\\slash \\\\ \\\" \\u0041"),
            controls,
            QStringLiteral("tab\there, new\nline, cr\r, bell\a, del\x7f, slash /"),
            QString::fromUtf8("Trường THPT Nguyễn Du – Đợt 1 (ước tính: 95%) ①"),
            QString::fromUtf8("emoji 😀 and 𝄞"),
            QString(QChar(0xD800)),
            QString(QChar(0xDC00)) + QStringLiteral("low first"),
            QStringLiteral("high then letter ") + QChar(0xD83D) + QLatin1Char('x'),
            QStringLiteral("ends with high ") + QChar(0xD83D),
            QString(QChar(0xFFFD)) + QChar(0xFEFF) + QChar(0xE000) + QChar(0x0800) + QChar(0x07FF),
            QString::fromUtf8("\xc2\x80\xc2\xa0\xc3\xbf")};
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreWrittenAsQtWritesThem()
    {
        for (const QString& text : trickyStrings()) {
            JsonWriter writer;
            writer.string(text);
            QCOMPARE(writer.text(), qtText(text));
        }
    }

    void latin1StringsAreWrittenAsQtWritesThem()
    {
        const QByteArray all = [] {
            QByteArray bytes;
            for (int c = 1; c < 256; ++c) {
                bytes.append(static_cast<char>(c));
            }
            return bytes;
        }();
        JsonWriter writer;
        writer.string(QLatin1String(all));
        QCOMPARE(writer.text(), qtText(QString::fromLatin1(all)));
        writer.clear();
        writer.beginObject();
        writer.key(QLatin1String("k\"\xe9"));
        writer.integer(1);
        writer.endObject();
        QCOMPARE(
            writer.text(),
            QJsonDocument(QJsonObject{{QString::fromLatin1("k\"\xe9"), 1}}).toJson(QJsonDocument::Compact));
    }

    void stringsParseBack()
    {
        for (const QString& text : trickyStrings()) {
            JsonWriter writer;
            writer.beginArray();
            writer.string(text);
            writer.endArray();
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(writer.text(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            // A lone surrogate cannot be UTF-8: it is escaped, and reads back as U+FFFD as Qt's own
            // text does.
            QCOMPARE(parsed.array().at(0).toString(),
                     QJsonDocument::fromJson(qtText(text).prepend('[').append(']')).array().at(0).toString());
        }
    }

    void numbersAreWrittenAsQtWritesThem()
    {
        const double numbers[]{0.0,
                               -0.0,
                               1.0,
                               -1.0,
                               0.1,
                               7.5,
                               -0.25,
                               1.2345,
                               12345.6789,
                               1e15,
                               1e16,
                               1e17,
                               1e21,
                               9007199254740991.0,
                               9007199254740992.0,
                               9007199254740994.0,
                               -9007199254740992.0,
                               -9007199254740994.0,
                               9223372036854775808.0,
                               -9223372036854775808.0,
                               1e300,
                               -1e-7,
                               123456789.125,
                               5e-324,
                               2.5e-5,
                               std::numeric_limits<double>::max(),
                               std::numeric_limits<double>::quiet_NaN(),
                               std::numeric_limits<double>::infinity(),
                               -std::numeric_limits<double>::infinity()};
        for (const double number : numbers) {
            JsonWriter writer;
            writer.number(number);
            QCOMPARE(writer.text(), qtText(number));
        }
        const qint64 integers[]{
            0, 1, -1, 42, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
        for (const qint64 integer : integers) {
            JsonWriter writer;
            writer.integer(integer);
            QCOMPARE(writer.text(), qtText(QJsonValue(integer)));
        }
    }

    void variantsAreWrittenAsFromVariant()
    {
        const QVariantList variants{QVariant(),
                                    QVariant::fromValue(nullptr),
                                    QVariant(true),
                                    QVariant(false),
                                    QVariant(0),
                                    QVariant(-7),
                                    QVariant(4000000000u),
                                    QVariant(qint64(1) << 60),
                                    QVariant(std::numeric_limits<quint64>::max()),
                                    QVariant(quint64(5)),
                                    QVariant(2.5),
                                    QVariant(1.5f),
                                    QVariant(QString()),
                                    QVariant(QMetaType::fromType<QString>()),
                                    QVariant(QMetaType::fromType<qint64>()),
                                    QVariant(QString::fromUtf8("Đạt \"tốt\"")),
                                    QVariant(QByteArray("ab\"c")),
                                    QVariant(QStringList{QStringLiteral("x"), QStringLiteral("y\n")}),
                                    QVariant(QVariantMap{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}),
                                    QVariant(QDateTime::fromSecsSinceEpoch(86400, Qt::UTC))};
        for (const QVariant& value : variants) {
            JsonWriter writer;
            writer.variant(value);
            QCOMPARE(writer.text(), qtText(QJsonValue::fromVariant(value)));
        }
    }

    void objectsAndArraysAreWrittenAsQtWritesThem()
    {
        JsonWriter writer;
        writer.beginObject();
        writer.key(QLatin1String("a"));
        writer.beginArray();
        writer.endArray();
        writer.key(QLatin1String("b"));
        writer.beginObject();
        writer.endObject();
        writer.key(QStringLiteral("c"));
        writer.beginArray();
        writer.boolean(true);
        writer.null();
        writer.beginObject();
        writer.key(QLatin1String("x"));
        writer.string(QLatin1String("y"));
        writer.endObject();
        writer.beginArray();
        writer.integer(1);
        writer.number(2.5);
        writer.endArray();
        writer.boolean(false);
        writer.endArray();
        writer.key(QStringLiteral("d"));
        writer.raw("{\"e\":[1]}");
        writer.endObject();
        const QJsonObject expected{
            {QStringLiteral("a"), QJsonArray()},
            {QStringLiteral("b"), QJsonObject()},
            {QStringLiteral("c"),
             QJsonArray{true, QJsonValue(), QJsonObject{{QStringLiteral("x"), QStringLiteral("y")}},
                        QJsonArray{1, 2.5}, false}},
            {QStringLiteral("d"), QJsonObject{{QStringLiteral("e"), QJsonArray{1}}}}};
        QCOMPARE(writer.text(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
        const QByteArray taken = writer.take();
        QVERIFY(writer.text().isEmpty());
        QCOMPARE(QJsonDocument::fromJson(taken).object(), expected);
    }

    void objectMembersAreSortedAsQJsonObjectSortsThem()
    {
        const QStringList keys{QStringLiteral("b"),
                               QStringLiteral("a"),
                               QStringLiteral("B"),
                               QStringLiteral("1.10"),
                               QStringLiteral("1.9"),
                               QStringLiteral("a b"),
                               QString(),
                               QString::fromUtf8("Đ.1"),
                               QString::fromUtf8("é"),
                               QString(QChar(0xFFFD)),
                               QString::fromUtf8("😀"),
                               QString(QChar(0xE000)),
                               QStringLiteral("uuid")};
        QJsonObject expected;
        QList<JsonWriter::Member> members;
        int n = 0;
        for (const QString& key : keys) {
            expected.insert(key, n);
            JsonWriter value;
            value.integer(n++);
            members.append({key, value.take()});
        }
        // A later member replaces an earlier one, as QJsonObject::insert() does.
        expected.insert(QStringLiteral("a"), QStringLiteral("again"));
        members.append({QStringLiteral("a"), "\"again\""});
        JsonWriter writer;
        writer.object(members);
        QCOMPARE(writer.text(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
        for (const QString& a : keys) {
            for (const QString& b : keys) {
                const QJsonObject pair{{a, 1}, {b, 2}};
                if (a != b) {
                    QCOMPARE(pair.keys().first() == a, JsonWriter::keyLess(a, b));
                }
            }
        }
    }

    void clearKeepsWritingFromNothing()
    {
        JsonWriter writer;
        writer.integer(1);
        writer.clear();
        writer.beginArray();
        writer.integer(2);
        writer.endArray();
        QCOMPARE(writer.text(), QByteArray("[2]"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
