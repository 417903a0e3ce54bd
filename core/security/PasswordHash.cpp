#include "security/PasswordHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace parkwatt {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QString kScheme = QStringLiteral("pbkdf2-sha256");

} // namespace

QByteArray PasswordHash::derive(const QString& secret, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt, iterations,
                                              kHashBytes);
}

PasswordHash PasswordHash::make(const QString& secret, int iterations)
{
    PasswordHash h;
    h.m_iterations = iterations;
    h.m_salt.resize(kSaltBytes);
    QRandomGenerator::system()->generate(h.m_salt.begin(), h.m_salt.end());
    h.m_hash = derive(secret, h.m_salt, iterations);
    return h;
}

std::optional<PasswordHash> PasswordHash::parse(const QString& stored, QString* error)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme) {
        *error = QStringLiteral("not a %1$ITERATIONS$SALT$HASH hash").arg(kScheme);
        return std::nullopt;
    }
    PasswordHash h;
    bool ok = false;
    h.m_iterations = parts.at(1).toInt(&ok);
    if (!ok || h.m_iterations < kMinimumIterations) {
        *error = QStringLiteral("iterations must be a number of at least %1").arg(kMinimumIterations);
        return std::nullopt;
    }
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() < 8 || !hash || hash.decoded.size() != kHashBytes) {
        *error = QStringLiteral("the salt or the hash is not valid base64 of the right length");
        return std::nullopt;
    }
    h.m_salt = salt.decoded;
    h.m_hash = hash.decoded;
    return h;
}

bool PasswordHash::matches(const QString& secret) const
{
    const QByteArray candidate = derive(secret, m_salt, m_iterations);
    if (candidate.size() != m_hash.size() || m_hash.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        difference |= static_cast<unsigned char>(candidate[i] ^ m_hash[i]);
    return difference == 0;
}

QString PasswordHash::toString() const
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(m_iterations)
        .arg(QString::fromLatin1(m_salt.toBase64()), QString::fromLatin1(m_hash.toBase64()));
}

} // namespace parkwatt
