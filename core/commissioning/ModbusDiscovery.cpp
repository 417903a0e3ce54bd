#include "commissioning/ModbusDiscovery.h"

#include "commissioning/DeviceIdentifier.h"

#include <QElapsedTimer>
#include <algorithm>
#include <tuple>

namespace parkwatt {

ModbusDiscovery::ModbusDiscovery(DiscoveryRequest request, std::vector<DeviceProfile> profiles,
                                 QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_profiles(std::move(profiles))
{
    for (const DeviceProfile& p : m_profiles)
        m_profilePointers.push_back(&p);
    m_request.concurrency = std::max(1, m_request.concurrency);
}

QCoro::Task<DiscoveryReport> ModbusDiscovery::run()
{
    QElapsedTimer elapsed;
    elapsed.start();
    m_report = DiscoveryReport{};
    m_report.addresses = int(m_request.addresses.size());
    m_report.ports = m_request.ports;
    m_report.units = m_request.units;
    m_total = int(m_request.addresses.size() * m_request.ports.size());
    m_next = 0;
    m_done = 0;

    // QCoro tasks start at once: the workers run side by side, each taking the next host:port.
    std::vector<QCoro::Task<void>> workers;
    const int count = std::min(m_request.concurrency, m_total);
    for (int i = 0; i < count; ++i)
        workers.push_back(worker());
    for (QCoro::Task<void>& w : workers)
        co_await w;

    const auto key = [](const QString& host, int port, int unit) {
        return std::make_tuple(QHostAddress(host).toIPv4Address(), port, unit);
    };
    std::sort(m_report.found.begin(), m_report.found.end(),
              [&](const DiscoveredDevice& a, const DiscoveredDevice& b) {
                  return key(a.host, a.port, a.unit) < key(b.host, b.port, b.unit);
              });
    std::sort(m_report.silent.begin(), m_report.silent.end(), [&](const SilentUnit& a, const SilentUnit& b) {
        return key(a.host, a.port, a.unit) < key(b.host, b.port, b.unit);
    });
    m_report.elapsedMs = elapsed.elapsed();
    co_return m_report;
}

QCoro::Task<void> ModbusDiscovery::worker()
{
    while (m_next < m_total) {
        const int index = m_next++;
        const int ports = int(m_request.ports.size());
        const QHostAddress& address = m_request.addresses.at(index / ports);
        co_await scan(address.toString(), m_request.ports.at(index % ports));
        emit targetScanned(++m_done, m_total);
    }
}

QCoro::Task<void> ModbusDiscovery::scan(const QString& host, int port)
{
    DeviceIdentifier identifier(host, port, m_profilePointers, m_request.timeoutMs);
    bool open = false;
    for (const int unit : m_request.units) {
        DeviceIdentifier::Result result = co_await identifier.identify(unit);
        if (result.outcome == DeviceIdentifier::Outcome::Closed)
            break; // nothing listens (or it went away): the other units cannot answer either
        open = true;
        if (result.outcome == DeviceIdentifier::Outcome::Silent) {
            m_report.silent.push_back({host, port, unit, result.reason});
        } else {
            emit deviceFound(result.device);
            m_report.found.push_back(std::move(result.device));
        }
    }
    if (open)
        ++m_report.openPorts;
}

} // namespace parkwatt
