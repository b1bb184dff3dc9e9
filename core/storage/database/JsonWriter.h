#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace danhgia {

// Writes compact JSON text (UTF-8) straight into one buffer, byte for byte as
// QJsonDocument::toJson(QJsonDocument::Compact) writes the same document, without building
// QJsonObject/QJsonValue trees first: the stores write the values of thousands of score sheets
// per second into the database, the outbox and the audit trail, and the text there must stay what
// it always was. QJsonObject sorts its keys: members of an object must be written in the order
// of keyLess(), which is the caller's job (an object is written as it comes, never reordered).
class JsonWriter
{
public:
    // A member of an object whose value is JSON text already.
    struct Member
    {
        QString key;
        QByteArray json;
    };

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void key(QLatin1String name);

    void string(QStringView text);
    void string(QLatin1String text);
    void number(double value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    // A value that is JSON text already (written by another JsonWriter, say).
    void raw(QByteArrayView json);
    // The value as QJsonValue::fromVariant() converts it.
    void variant(const QVariant& value);
    // An object of these members, sorted by key (a later member replaces an earlier one with the
    // same key, as QJsonObject::insert() does).
    void object(QList<Member> members);

    const QByteArray& text() const { return m_text; }
    // Hands the text over; the writer starts again from nothing.
    QByteArray take();
    // Starts again from nothing, keeping the buffer for the next text.
    void clear() { m_text.truncate(0); }

    // The order of the keys of a QJsonObject (by UTF-16 code units).
    static bool keyLess(QStringView a, QStringView b) { return a < b; }

private:
    void separate();

    QByteArray m_text;
};

} // namespace danhgia
