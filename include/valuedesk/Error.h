#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace vd {

// Base of every error the core throws. The CLI and GUI catch vd::Error at their boundary
// and show what() to the user; the core itself never prints or exits.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A failed SQLite call; carries the SQLite result code so callers can tell busy from corrupt.
class DatabaseError : public Error
{
public:
    DatabaseError(const std::string& message, int code) : Error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

// The workspace file was written by a newer ValueDesk; we refuse rather than damage it.
class SchemaTooNewError : public DatabaseError
{
public:
    SchemaTooNewError(const std::string& message, int fileVersion, int appVersion)
        : DatabaseError(message, 0), m_fileVersion(fileVersion), m_appVersion(appVersion)
    {
    }
    int fileVersion() const { return m_fileVersion; }
    int appVersion() const { return m_appVersion; }

private:
    int m_fileVersion;
    int m_appVersion;
};

// The user (through a progress callback) asked long work to stop. Work that throws this has
// rolled back whatever it started.
class CancelledError : public Error
{
public:
    CancelledError() : Error("cancelled by the user") {}
};

// Bad input the user can fix: names where it is (file, 1-based line and column) and why.
class InputError : public Error
{
public:
    InputError(std::string file, std::int64_t line, std::int64_t column, std::string reason)
        : Error(format(file, line, column, reason)), m_file(std::move(file)), m_line(line),
          m_column(column), m_reason(std::move(reason))
    {
    }
    explicit InputError(std::string reason) : InputError({}, 0, 0, std::move(reason)) {}

    const std::string& file() const { return m_file; }
    std::int64_t line() const { return m_line; }
    std::int64_t column() const { return m_column; }
    const std::string& reason() const { return m_reason; }

private:
    static std::string format(const std::string& file, std::int64_t line, std::int64_t column,
                              const std::string& reason)
    {
        std::string where = file;
        if (line > 0)
            where += (where.empty() ? "line " : ":") + std::to_string(line);
        if (column > 0)
            where += ":" + std::to_string(column);
        return where.empty() ? reason : where + ": " + reason;
    }

    std::string m_file;
    std::int64_t m_line;
    std::int64_t m_column;
    std::string m_reason;
};

// A model or analysis cannot produce a trustworthy answer from this data (too few customers,
// no variance, a fit that did not converge). Better a clear refusal than a silent NaN.
class AnalysisError : public Error
{
public:
    using Error::Error;
};

} // namespace vd
