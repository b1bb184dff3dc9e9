#pragma once

#include "ProvinceFixture.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace danhgia {
class Database;
}

// The checks that evidence content arrived whole and once (tests/sync): on the server, and on each
// client database that has the rows. Each answers the list of what is wrong, one line each, empty
// when all is well. `attached` is what the test attached: content by its SHA-256 (hex).
class EvidenceAgreement
{
public:
    explicit EvidenceAgreement(ProvinceFixture& province)
        : m_province(province)
    { }

    // For each file attached: its upload complete on the server, its parts one after the other
    // with no gap and no overlap, their bytes and SHA-256 the attached ones, and one evidence row
    // naming it.
    QStringList onServer(const QMap<QString, QByteArray>& attached);
    // For each evidence row of `db`: its content stored here whole (size, SHA-256, and the bytes
    // attached); and in the store no file under a final name whose content is not that name's,
    // nor (unless `temporaryAllowed`: a process killed while storing leaves its temporary file,
    // which no row names) any other file.
    static QStringList onDatabase(danhgia::Database& db, const QMap<QString, QByteArray>& attached,
                                  bool temporaryAllowed);

private:
    ProvinceFixture& m_province;
};
