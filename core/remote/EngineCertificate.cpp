#include "remote/EngineCertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace parkwatt {

namespace {

template <typename T, void (*Free)(T*)> using OsslPtr = std::unique_ptr<T, decltype([](T* p) { Free(p); })>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

// A new EC P-256 key and a self-signed certificate for `hostName`, as PEM.
bool makeSelfSigned(const QString& hostName, QByteArray* certPem, QByteArray* keyPem)
{
    OsslPtr<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    OsslPtr<X509, X509_free> cert(X509_new());
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     long(QDateTime::currentSecsSinceEpoch() & 0x7fffffff));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = QStringLiteral("Parkwatt engine %1").arg(hostName).toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Parkwatt"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return false;
    OsslPtr<BIO, BIO_free_all> certBio(BIO_new(BIO_s_mem()));
    OsslPtr<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return false;
    *certPem = bioBytes(certBio.get());
    *keyPem = bioBytes(keyBio.get());
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
               QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.setPermissions(permissions) ||
        !f.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

QString EngineCertificate::fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString EngineCertificate::fingerprint() const
{
    return fingerprintOf(certificate);
}

std::optional<EngineCertificate> EngineCertificate::loadOrCreate(const QString& dir, const QString& hostName,
                                                                 QString* error)
{
    const QString certPath = QDir(dir).filePath(QStringLiteral("engine.crt"));
    const QString keyPath = QDir(dir).filePath(QStringLiteral("engine.key"));
    if (!QFile::exists(certPath) && !QFile::exists(keyPath)) {
        QByteArray certPem, keyPem;
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("%1: cannot create the folder").arg(dir);
            return std::nullopt;
        }
        if (!makeSelfSigned(hostName, &certPem, &keyPem)) {
            *error = QStringLiteral("cannot make a certificate (OpenSSL)");
            return std::nullopt;
        }
        if (!writeFile(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner, error) ||
            !writeFile(certPath, certPem,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                           QFileDevice::ReadOther,
                       error))
            return std::nullopt;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(certPath, certFile.errorString());
        return std::nullopt;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    EngineCertificate c;
    c.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    c.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (c.certificate.isNull()) {
        *error = QStringLiteral("%1: not a PEM certificate").arg(certPath);
        return std::nullopt;
    }
    if (c.key.isNull()) {
        *error = QStringLiteral("%1: not a PEM EC private key").arg(keyPath);
        return std::nullopt;
    }
    return c;
}

} // namespace parkwatt
