#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QVariantMap>

#include <optional>
#include <utility>
#include <variant>

namespace iuc {

// What went wrong, in words an admin can act on. `code` is a stable,
// machine-readable key for tests and scripts (`--json` prints it); `message`
// is for people. Codes are named constants, one header per part of the tree
// (core/domain/errorcodes.h and its neighbours): compare with is(), never
// with a string literal.
struct Error
{
    QString code;
    QString message;
    // Facts a caller may act on (e.g. both certificate fingerprints, the
    // lock's expiry); never needed to understand `message`.
    QVariantMap details = {};

    [[nodiscard]] bool is(QLatin1StringView what) const { return code == what; }
    // Whether the code belongs to `domain`, the part before its dot
    // (isIn(TlsError::Domain) for every "tls.…" code).
    [[nodiscard]] bool isIn(QLatin1StringView domain) const
    {
        return code.size() > domain.size() && code.startsWith(domain) && code.at(domain.size()) == u'.';
    }
};

// The success of a Result<void>: `return ResultOk;`.
struct ResultOkTag
{
};
inline constexpr ResultOkTag ResultOk{};

// A value or an Error: errors are values in this code base (see STYLE.md).
// A minimal stand-in for std::expected, which C++20 does not have.
template <typename T>
class Result final
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success with nothing to say, or an Error.
template <>
class Result<void> final
{
public:
    Result(ResultOkTag) {}
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace iuc
