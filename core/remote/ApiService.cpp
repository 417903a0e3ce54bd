#include "remote/ApiService.h"

#include <QDir>
#include <QHostInfo>
#include <QStandardPaths>

namespace parkwatt {

std::optional<std::pair<QHostAddress, quint16>> ApiService::parseListen(const QString& text, QString* error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QHostAddress address = QHostAddress::LocalHost;
    if (colon >= 0 && !address.setAddress(text.left(colon))) {
        *error = QStringLiteral("--api %1: \"%2\" is not an IP address").arg(text, text.left(colon));
        return std::nullopt;
    }
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        *error =
            QStringLiteral("--api %1: expected PORT or ADDRESS:PORT, the port from 1 to 65535").arg(text);
        return std::nullopt;
    }
    return std::pair(address, quint16(port));
}

QString ApiService::defaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("parkwatt/api"));
}

std::unique_ptr<ApiService> ApiService::start(SiteControl& control, const QString& dir,
                                              const QHostAddress& address, quint16 port, QString* error)
{
    auto certificate = EngineCertificate::loadOrCreate(dir, QHostInfo::localHostName(), error);
    if (!certificate)
        return nullptr;
    const QString tokensPath = QDir(dir).filePath(QStringLiteral("api-tokens.json"));
    auto tokens = ApiTokens::loadOrCreate(tokensPath, error);
    if (!tokens)
        return nullptr;
    std::unique_ptr<ApiService> service(
        new ApiService(std::move(*certificate), std::move(*tokens), tokensPath));
    ApiServerOptions options;
    options.address = address;
    options.port = port;
    service->m_server =
        std::make_unique<RemoteApiServer>(control, service->m_tokens, service->m_certificate, options);
    if (!service->m_server->listen(error))
        return nullptr;
    return service;
}

} // namespace parkwatt
