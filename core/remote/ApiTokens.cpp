#include "remote/ApiTokens.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace parkwatt {

namespace {

constexpr ApiRole kRoles[] = {ApiRole::Kiosk, ApiRole::Manager, ApiRole::Installer, ApiRole::Admin};
const auto kFormat = QStringLiteral("parkwatt-api-tokens/1");

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Equal strings take as long to compare as unequal ones of the same length.
bool sameSecret(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x[i] ^ y[i]);
    return diff == 0;
}

} // namespace

QString apiRoleName(ApiRole role)
{
    switch (role) {
    case ApiRole::Kiosk:
        return QStringLiteral("kiosk");
    case ApiRole::Manager:
        return QStringLiteral("manager");
    case ApiRole::Installer:
        return QStringLiteral("installer");
    case ApiRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("kiosk");
}

UserRole userRoleOf(ApiRole role)
{
    switch (role) {
    case ApiRole::Kiosk:
        return UserRole::Viewer;
    case ApiRole::Manager:
        return UserRole::Manager;
    case ApiRole::Installer:
        return UserRole::Installer;
    case ApiRole::Admin:
        return UserRole::Admin;
    }
    return UserRole::Viewer;
}

std::optional<ApiTokens> ApiTokens::loadOrCreate(const QString& path, QString* error)
{
    ApiTokens tokens;
    if (!QFile::exists(path)) {
        QJsonObject all;
        for (const ApiRole role : kRoles) {
            tokens.m_tokens[role] = newToken();
            all.insert(apiRoleName(role), tokens.m_tokens[role]);
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile f(path);
        const QByteArray bytes =
            QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat}, {QStringLiteral("tokens"), all}})
                .toJson();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !f.commit()) {
            *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
            return std::nullopt;
        }
        return tokens;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject()) {
        *error =
            QStringLiteral("%1: not JSON (%2 at offset %3)").arg(path, parse.errorString()).arg(parse.offset);
        return std::nullopt;
    }
    if (doc.object().value(QStringLiteral("format")).toString() != kFormat) {
        *error = QStringLiteral("%1: field \"format\" must be \"%2\"").arg(path, kFormat);
        return std::nullopt;
    }
    const QJsonObject all = doc.object().value(QStringLiteral("tokens")).toObject();
    for (const ApiRole role : kRoles) {
        const QString token = all.value(apiRoleName(role)).toString();
        if (token.size() < 16) {
            *error = QStringLiteral("%1: field \"tokens.%2\" must be a secret of at least 16 characters")
                         .arg(path, apiRoleName(role));
            return std::nullopt;
        }
        tokens.m_tokens[role] = token;
    }
    return tokens;
}

std::optional<ApiRole> ApiTokens::roleOf(const QString& token) const
{
    std::optional<ApiRole> found;
    for (const auto& [role, secret] : m_tokens)
        if (sameSecret(token, secret))
            found = role;
    return found;
}

QString ApiTokens::tokenOf(ApiRole role) const
{
    const auto it = m_tokens.find(role);
    return it == m_tokens.end() ? QString() : it->second;
}

} // namespace parkwatt
