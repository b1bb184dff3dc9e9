#include "CliArguments.h"

#include "CliIo.h"

namespace danhgia::cli {

std::optional<CliArguments> CliArguments::parse(const QString& command, const QStringList& arguments,
                                                const QStringList& valueOptions, const QStringList& flags)
{
    CliArguments parsed;
    for (int i = 0; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed.m_help = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            parsed.m_positional.append(arg);
            continue;
        }
        QString value;
        bool hasInlineValue = false;
        const int equals = arg.indexOf(QLatin1Char('='));
        if (equals > 0) {
            value = arg.mid(equals + 1);
            arg = arg.left(equals);
            hasInlineValue = true;
        }
        const QString name = arg.mid(2);
        if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    CliIo::usageError(command, tr("%1 needs a value").arg(arg));
                    return std::nullopt;
                }
                value = arguments[++i];
            }
            parsed.m_values.insert(name, value);
            parsed.m_repeated[name].append(value);
        } else if (flags.contains(name) && !hasInlineValue) {
            parsed.m_flags.insert(name);
        } else {
            CliIo::usageError(command, tr("unknown option %1").arg(arg));
            return std::nullopt;
        }
    }
    return parsed;
}

bool CliArguments::require(const QString& command, const QStringList& names) const
{
    for (const QString& name : names) {
        if (!m_values.contains(name)) {
            CliIo::usageError(command, tr("the option --%1 is missing").arg(name));
            return false;
        }
    }
    return true;
}

} // namespace danhgia::cli
