#pragma once
// The IPv4 addresses an installer asks discovery to scan: one address (192.168.1.20), a CIDR block
// (192.168.1.0/24) or a dash range (192.168.1.10-192.168.1.40, or 192.168.1.10-40 for the last
// octet). Bounded: a range of more than `maxAddresses` is an error naming the option and the
// count, so a typo (/16 for /24) cannot start a scan of 65,536 hosts.

#include <QHostAddress>
#include <QList>
#include <QString>

namespace parkwatt {

class AddressRange {
public:
    static constexpr int kDefaultMaxAddresses = 1024;

    struct Parsed {
        QList<QHostAddress> addresses; // in ascending order; empty on error
        QString error;                 // names `option` and what was wrong

        bool ok() const { return error.isEmpty(); }
    };

    // `option` names the option in errors ("--hosts").
    static Parsed parse(const QString& text, const QString& option = QStringLiteral("--hosts"),
                        int maxAddresses = kDefaultMaxAddresses);
};

} // namespace parkwatt
