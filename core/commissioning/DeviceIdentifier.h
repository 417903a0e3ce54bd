#pragma once
// Identifies the Modbus units behind one open host:port against the device profiles: what the
// device says about itself, and which profile fits it. One job, in order of the evidence's
// strength, stopping at the first step that finds a candidate:
//   1. SunSpec: "SunS" at 40000, 0 or 50000 and the model chain (SunSpecChainWalker); the SunSpec
//      profile whose required models are all there and which lists the most of the chain's models.
//   2. `identification.expect`: every value a profile expects matches (parkwatt-v2g's "PKWT").
//   3. Identity text: the manufacturer register contains the profile's manufacturer, or the model
//      register is the start of the profile's model (Alfen, Vestel). A device that names itself
//      otherwise is not offered that profile in step 4 (an empty name says nothing).
//   4. Register map: every readable register of the profile answers (Eastron, ABB, Wallbox,
//      Phoenix, which have nothing to identify them by). The weakest evidence: a tie names the
//      candidates and proposes none.
// Every read goes through ModbusConnection (its timeout, no retries); a unit that times out once
// is taken as silent and not asked again, so a dead unit costs one timeout, not one per register.

#include "commissioning/DiscoveryReport.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/DeviceProfile.h"
#include "devices/sunspec/SunSpecChain.h"

#include <QCoro/QCoroTask>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace parkwatt {

class DeviceIdentifier {
public:
    enum class Outcome {
        Closed,   // no TCP connection (refused, unreachable or the connect timed out)
        Silent,   // connected, but the unit did not answer
        Answered, // `device` holds what was found
    };
    struct Result {
        Outcome outcome = Outcome::Closed;
        DiscoveredDevice device;
        QString reason; // Closed and Silent: why
    };

    // `profiles` must outlive the identifier.
    DeviceIdentifier(QString host, int port, std::vector<const DeviceProfile*> profiles, int timeoutMs);
    ~DeviceIdentifier();
    DeviceIdentifier(const DeviceIdentifier&) = delete;
    DeviceIdentifier& operator=(const DeviceIdentifier&) = delete;

    QCoro::Task<Result> identify(int unit);

    // The SunSpec bases looked at, in order.
    static std::vector<int> sunspecBases() { return {40000, 0, 50000}; }

private:
    struct Candidate {
        const DeviceProfile* profile = nullptr;
        int score = 0;
    };
    struct Read {
        bool ok = false;
        QString text; // the decoded value
    };

    ModbusConnection& connection(int unit);
    // One register of a profile, on its own unit (unit_id) or `unit`; decoded as text.
    QCoro::Task<Read> readRegister(const ProfileRegister& reg, int unit);
    QCoro::Task<void> identifySunSpec(int unit, DiscoveredDevice& device, const SunSpecChain& chain);
    QCoro::Task<std::vector<Candidate>> byExpect(int unit, DiscoveredDevice& device);
    QCoro::Task<std::vector<Candidate>> byIdentity(int unit, DiscoveredDevice& device,
                                                   std::set<const DeviceProfile*>& contradicted);
    QCoro::Task<std::vector<Candidate>> byRegisterMap(int unit,
                                                      const std::set<const DeviceProfile*>& excluded);
    // Reads the profile's identification registers and its manufacturer/model/serial/firmware.
    QCoro::Task<void> readIdentity(const DeviceProfile& profile, int unit, DiscoveredDevice& device);
    static void propose(DiscoveredDevice& device, std::vector<Candidate> candidates, const QString& match);

    QString m_host;
    int m_port = 0;
    std::vector<const DeviceProfile*> m_profiles;
    int m_timeoutMs = 1000;
    std::map<int, std::unique_ptr<ModbusConnection>> m_connections;
    std::set<int> m_silentUnits;
};

} // namespace parkwatt
