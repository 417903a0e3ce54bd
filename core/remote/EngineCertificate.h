#pragma once
// The engine's TLS identity for its API: a self-signed certificate made on first start (an EC P-256
// key, valid ten years) and kept beside the engine's other files, the key readable by its owner
// only. Clients pin its SHA-256 fingerprint instead of trusting a CA: a lobby screen is set up once
// with the fingerprint the engine prints.

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <optional>

namespace parkwatt {

struct EngineCertificate {
    QSslCertificate certificate;
    QSslKey key;

    // "AB:CD:..." (SHA-256 of the DER certificate), what clients pin.
    QString fingerprint() const;
    static QString fingerprintOf(const QSslCertificate& certificate);

    // Loads `dir`/engine.crt and engine.key, or makes and saves them when neither exists. Nothing,
    // with `error` naming the file, when they cannot be read or written.
    static std::optional<EngineCertificate> loadOrCreate(const QString& dir, const QString& hostName,
                                                         QString* error);
};

} // namespace parkwatt
