#pragma once
// A secret (a kiosk bay's PIN, a manager's PIN, later users' passwords) stored as PBKDF2-HMAC-SHA256
// with a random salt, never in clear: "pbkdf2-sha256$ITERATIONS$SALT$HASH" (salt and hash in
// base64). Checking one costs ITERATIONS rounds of HMAC on purpose: run it off the GUI thread.

#include <QByteArray>
#include <QString>
#include <optional>

namespace parkwatt {

class PasswordHash {
public:
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    static constexpr int kDefaultIterations = 600000;
    static constexpr int kMinimumIterations = 10000;

    PasswordHash() = default; // matches nothing

    // A new hash of `secret` with a fresh random salt.
    static PasswordHash make(const QString& secret, int iterations = kDefaultIterations);
    // Reads the stored form; nullopt (and `error` says why) when it is not one.
    static std::optional<PasswordHash> parse(const QString& stored, QString* error);

    // Whether `secret` is the one hashed (compared in constant time).
    bool matches(const QString& secret) const;
    QString toString() const;
    int iterations() const { return m_iterations; }

private:
    static QByteArray derive(const QString& secret, const QByteArray& salt, int iterations);

    int m_iterations = kDefaultIterations;
    QByteArray m_salt;
    QByteArray m_hash;
};

} // namespace parkwatt
