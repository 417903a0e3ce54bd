#pragma once
// A discovery scan: every host:port of the request, at most `concurrency` at a time, each open
// port's units identified by DeviceIdentifier. Bounded in time: every connect and every request
// has the timeout, a closed or filtered port costs at most one connect timeout, a silent unit one
// request timeout. Progress as signals; the report when the scan is done.

#include "commissioning/DiscoveryReport.h"
#include "devices/profiles/DeviceProfile.h"

#include <QCoro/QCoroTask>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <vector>

namespace parkwatt {

struct DiscoveryRequest {
    QList<QHostAddress> addresses;
    QList<int> ports;
    QList<int> units{1};
    int timeoutMs = 1000; // per connect and per request
    int concurrency = 32; // host:port pairs scanned at once (each holds one or two connections)
};

class ModbusDiscovery : public QObject {
    Q_OBJECT
public:
    ModbusDiscovery(DiscoveryRequest request, std::vector<DeviceProfile> profiles, QObject* parent = nullptr);

    QCoro::Task<DiscoveryReport> run();

signals:
    void targetScanned(int done, int total);
    void deviceFound(const parkwatt::DiscoveredDevice& device);

private:
    QCoro::Task<void> worker();
    QCoro::Task<void> scan(const QString& host, int port);

    DiscoveryRequest m_request;
    std::vector<DeviceProfile> m_profiles;
    std::vector<const DeviceProfile*> m_profilePointers;
    int m_total = 0;
    int m_next = 0;
    int m_done = 0;
    DiscoveryReport m_report;
};

} // namespace parkwatt
