#pragma once
// The API as an engine program starts it: its identity (certificate and tokens, made on first
// start in `dir`) and the server on `address:port` over a SiteControl. What `parkwattd run --api`
// and `parkwatt --api` share.

#include "remote/ApiTokens.h"
#include "remote/EngineCertificate.h"
#include "remote/RemoteApiServer.h"

#include <memory>

namespace parkwatt {

class ApiService {
public:
    // "PORT" or "ADDRESS:PORT" (loopback unless an address is given). Nothing with `error`.
    static std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString& text, QString* error);
    // The default folder for the identity: the user's data folder (…/parkwatt/api).
    static QString defaultDir();

    static std::unique_ptr<ApiService> start(SiteControl& control, const QString& dir,
                                             const QHostAddress& address, quint16 port, QString* error);

    quint16 port() const { return m_server->port(); }
    QString fingerprint() const { return m_certificate.fingerprint(); }
    QString tokensPath() const { return m_tokensPath; }
    const ApiTokens& tokens() const { return m_tokens; }
    RemoteApiServer& server() const { return *m_server; }

private:
    ApiService(EngineCertificate certificate, ApiTokens tokens, QString tokensPath)
        : m_certificate(std::move(certificate))
        , m_tokens(std::move(tokens))
        , m_tokensPath(std::move(tokensPath))
    {
    }

    EngineCertificate m_certificate;
    ApiTokens m_tokens;
    QString m_tokensPath;
    std::unique_ptr<RemoteApiServer> m_server;
};

} // namespace parkwatt
