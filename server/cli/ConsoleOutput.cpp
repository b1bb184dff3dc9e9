#include "ConsoleOutput.h"

#include <QByteArray>

namespace danhgia::server {

void ConsoleOutput::printLine(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace danhgia::server
