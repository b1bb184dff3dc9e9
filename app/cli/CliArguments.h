#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace danhgia::cli {

// Command-line options of one command: `--name VALUE` (or --name=VALUE) for the options that
// take a value, bare `--flag` for the others, and positional arguments.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    // Empty (after printing a usage error) when an option is unknown or lacks its value.
    static std::optional<CliArguments> parse(const QString& command, const QStringList& arguments,
                                             const QStringList& valueOptions, const QStringList& flags);

    bool helpRequested() const { return m_help; }
    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    // Every value given to an option that may be repeated (--deadline a --deadline b), in order.
    QStringList values(const QString& name) const { return m_repeated.value(name); }
    const QStringList& positional() const { return m_positional; }
    // Prints a usage error naming the first of these options that is missing.
    bool require(const QString& command, const QStringList& names) const;

private:
    bool m_help = false;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_repeated;
    QSet<QString> m_flags;
    QStringList m_positional;
};

} // namespace danhgia::cli
