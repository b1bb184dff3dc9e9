#include "CliIo.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace danhgia::cli {

void CliIo::writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliIo::writeErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

std::optional<QByteArray> CliIo::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        writeErr(tr("danhgia-cli: file \"%1\": the file does not exist").arg(path));
        return std::nullopt;
    }
    if (info.isDir()) {
        writeErr(tr("danhgia-cli: file \"%1\": this is a folder, not a file").arg(path));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        writeErr(tr("danhgia-cli: file \"%1\": cannot be opened: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int CliIo::reportIssues(const QString& path, const ValidationIssues& issues, bool includeWarnings)
{
    int errors = 0;
    for (const auto& issue : issues) {
        if (issue.isError()) {
            ++errors;
        } else if (!includeWarnings) {
            continue;
        }
        writeErr(tr("danhgia-cli: file \"%1\": %2").arg(path, issue.toText()));
    }
    return errors;
}

void CliIo::usageError(const QString& command, const QString& message)
{
    writeErr(tr("danhgia-cli %1: %2").arg(command, message));
    writeErr(tr("Run \"danhgia-cli %1 --help\" for how to use it.").arg(command));
}

} // namespace danhgia::cli
