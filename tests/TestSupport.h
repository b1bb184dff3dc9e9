#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtTest>

#include "text/Table.h"

namespace danhgia::test {

// Moves settings and data of the test process into a temporary directory (removed at exit) and
// turns on QStandardPaths' test mode, so tests never touch a user's files.
void prepareEnvironment();
// Installs the translation the application starts with (Vietnamese), unless DANHGIA_LANG says
// otherwise.
void installLanguage();

QString dataPath(const QString& relative);
QByteArray readData(const QString& relative);

// A table as if read from a file named "fixture": the header on line 1, the rows from line 2.
danhgia::Table fixtureTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace danhgia::test

#define DANHGIA_TEST_MAIN_BODY(AppClass, TestObject)                                                         \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        danhgia::test::prepareEnvironment();                                                                 \
        AppClass app(argc, argv);                                                                            \
        danhgia::test::installLanguage();                                                                    \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

// For core and CLI tests (no GUI).
#define DANHGIA_TEST_GUILESS_MAIN(TestObject) DANHGIA_TEST_MAIN_BODY(QCoreApplication, TestObject)
// For widget tests (include <QApplication> first).
#define DANHGIA_TEST_WIDGETS_MAIN(TestObject) DANHGIA_TEST_MAIN_BODY(QApplication, TestObject)
