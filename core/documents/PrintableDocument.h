#pragma once

#include "documents/DocumentTable.h"

#include <QList>
#include <QString>

namespace danhgia {

// A document ready to print: its body as QTextDocument HTML (composed by DocumentComposer) and
// the tables it contains, for the spreadsheet and CSV exports.
struct PrintableDocument
{
    QString title; // the PDF's title ("Biên bản thẩm định ...")
    QString fileName; // a file name without extension, for save dialogs and batch exports
    QString html;
    QList<DocumentTable> tables;
};

} // namespace danhgia
