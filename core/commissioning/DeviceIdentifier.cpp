#include "commissioning/DeviceIdentifier.h"

#include "devices/modbus/RegisterTable.h"
#include "devices/sunspec/SunSpecChainWalker.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

bool matchesExpected(const QString& text, const QVariant& expected)
{
    if (expected.typeId() == QMetaType::QString)
        return text == expected.toString();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::abs(value - expected.toDouble()) < 1e-9;
}

// SunSpec's common model (1): manufacturer at +2 and model at +18 from its ID register, 16
// registers each (the SunSpec Information Model Reference), for a chain no profile fits.
constexpr int kCommonModel = 1;
constexpr int kCommonManufacturerOffset = 2;
constexpr int kCommonModelOffset = 18;
constexpr int kCommonStringWords = 16;

ProfileRegister commonModelString(const QString& name, int address)
{
    ProfileRegister reg;
    reg.name = name;
    reg.function = RegisterFunction::Holding;
    reg.address = address;
    reg.encoding.type = RegisterType::String;
    reg.encoding.words = kCommonStringWords;
    return reg;
}

} // namespace

DeviceIdentifier::DeviceIdentifier(QString host, int port, std::vector<const DeviceProfile*> profiles,
                                   int timeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_profiles(std::move(profiles))
    , m_timeoutMs(timeoutMs)
{
}

DeviceIdentifier::~DeviceIdentifier() = default;

ModbusConnection& DeviceIdentifier::connection(int unit)
{
    auto it = m_connections.find(unit);
    if (it == m_connections.end()) {
        ModbusEndpoint endpoint;
        endpoint.host = m_host;
        endpoint.port = m_port;
        endpoint.unit = unit;
        endpoint.timeoutMs = m_timeoutMs; // per connect and per request
        endpoint.retries = 0;
        endpoint.backoffStartMs = 0; // a failed request reconnects at once (silent units are skipped here)
        endpoint.backoffMaxMs = 0;
        it = m_connections.emplace(unit, std::make_unique<ModbusConnection>(endpoint)).first;
    }
    return *it->second;
}

QCoro::Task<DeviceIdentifier::Read> DeviceIdentifier::readRegister(const ProfileRegister& reg, int unit)
{
    const int onUnit = reg.unitId.value_or(unit);
    if (m_silentUnits.count(onUnit))
        co_return Read{};
    const bool bits = reg.function == RegisterFunction::Coil || reg.function == RegisterFunction::Discrete;
    const int count = bits ? 1 : std::max(1, reg.registerCount());
    const ModbusResult result =
        co_await connection(onUnit).read(modbusTable(reg.function), reg.address, count);
    if (!result.ok()) {
        if (result.failure != ModbusFailure::Exception)
            m_silentUnits.insert(onUnit);
        co_return Read{};
    }
    if (bits)
        co_return Read{true, result.bits.value(0) ? QStringLiteral("1") : QStringLiteral("0")};
    const std::span<const quint16> words(result.registers.constData(), size_t(result.registers.size()));
    if (reg.encoding.type == RegisterType::String) {
        const CodecResult<QString> text = RegisterCodec::decodeString(reg.encoding, words);
        co_return Read{true, text.value.value_or(QString())};
    }
    const CodecResult<double> number = RegisterCodec::decodeNumber(reg.encoding, words);
    co_return Read{true, number.ok() ? QString::number(*number.value) : QString()};
}

QCoro::Task<DeviceIdentifier::Result> DeviceIdentifier::identify(int unit)
{
    Result result;
    result.device.host = m_host;
    result.device.port = m_port;
    result.device.unit = unit;
    DiscoveredDevice& device = result.device;

    // Is anything there? The first SunSpec base doubles as the probe: an exception is an answer.
    const int firstBase = sunspecBases().front();
    const ModbusResult probe =
        co_await connection(unit).read(QModbusDataUnit::HoldingRegisters, firstBase, 2);
    if (probe.failure == ModbusFailure::NotConnected) {
        result.outcome = Outcome::Closed;
        result.reason = probe.message;
        co_return result;
    }
    if (!probe.ok() && probe.failure != ModbusFailure::Exception) {
        m_silentUnits.insert(unit);
        result.outcome = Outcome::Silent;
        result.reason = probe.message;
        co_return result;
    }
    result.outcome = Outcome::Answered;

    // 1. SunSpec.
    const SunSpecWalk walk = co_await SunSpecChainWalker::walk(connection(unit), sunspecBases());
    if (walk.chain) {
        SunSpecFinding finding;
        finding.base = walk.chain->base;
        for (const SunSpecModelBlock& block : walk.chain->models)
            finding.models.push_back(block.id);
        device.sunspec = finding;
        co_await identifySunSpec(unit, device, *walk.chain);
        co_return result;
    }

    // 2. Expected values, 3. identity text, 4. the register map.
    std::vector<Candidate> candidates = co_await byExpect(unit, device);
    if (!candidates.empty()) {
        propose(device, std::move(candidates), QStringLiteral("expect"));
    } else {
        std::set<const DeviceProfile*> contradicted;
        candidates = co_await byIdentity(unit, device, contradicted);
        if (!candidates.empty()) {
            propose(device, std::move(candidates), QStringLiteral("identity"));
        } else {
            candidates = co_await byRegisterMap(unit, contradicted);
            propose(device, std::move(candidates), QStringLiteral("registers"));
        }
    }
    if (const DeviceProfile* chosen = [&]() -> const DeviceProfile* {
            for (const DeviceProfile* p : m_profiles)
                if (p->id == device.profile)
                    return p;
            return nullptr;
        }()) {
        device.read.clear(); // what other profiles' registers held is noise once one fits
        co_await readIdentity(*chosen, unit, device);
    }
    co_return result;
}

QCoro::Task<void> DeviceIdentifier::identifySunSpec(int unit, DiscoveredDevice& device,
                                                    const SunSpecChain& chain)
{
    std::vector<Candidate> candidates;
    for (const DeviceProfile* profile : m_profiles) {
        if (!profile->isSunSpec())
            continue;
        int score = 0;
        bool fits = true;
        for (const SunSpecModelRequirement& req : profile->identification.sunspecModels) {
            bool present = chain.find(req.id) != nullptr;
            for (const int alternative : req.alternatives)
                present = present || chain.find(alternative) != nullptr;
            fits = fits && (present || !req.required);
            score += present ? 1 : 0;
        }
        if (fits)
            candidates.push_back({profile, score});
    }
    propose(device, std::move(candidates), QStringLiteral("sunspec"));
    for (const DeviceProfile* profile : m_profiles) {
        if (profile->id != device.profile)
            continue;
        const SunSpecResolution resolved = resolveSunSpecProfile(*profile, chain);
        if (resolved.profile)
            co_await readIdentity(*resolved.profile, unit, device);
        co_return;
    }
    // No profile: what the common model says.
    if (const SunSpecModelBlock* common = chain.find(kCommonModel)) {
        const ProfileRegister mn =
            commonModelString(QStringLiteral("mn"), common->address + kCommonManufacturerOffset);
        const ProfileRegister md =
            commonModelString(QStringLiteral("md"), common->address + kCommonModelOffset);
        const Read manufacturer = co_await readRegister(mn, unit);
        const Read model = co_await readRegister(md, unit);
        device.manufacturer = manufacturer.text;
        device.model = model.text;
    }
}

QCoro::Task<std::vector<DeviceIdentifier::Candidate>> DeviceIdentifier::byExpect(int unit,
                                                                                 DiscoveredDevice& device)
{
    std::vector<Candidate> candidates;
    for (const DeviceProfile* profile : m_profiles) {
        const std::vector<Identification::Expect>& expect = profile->identification.expect;
        if (profile->isSunSpec() || expect.empty())
            continue;
        bool all = true;
        for (const Identification::Expect& e : expect) {
            const ProfileRegister* reg = profile->findRegister(e.registerName);
            if (!reg) {
                all = false;
                break;
            }
            const Read read = co_await readRegister(*reg, unit);
            if (read.ok && !read.text.isEmpty())
                device.read.emplace_back(profile->id + QLatin1Char('/') + reg->name, read.text);
            if (!read.ok || !matchesExpected(read.text, e.equals)) {
                all = false;
                break;
            }
        }
        if (all)
            candidates.push_back({profile, int(expect.size())});
    }
    co_return candidates;
}

QCoro::Task<std::vector<DeviceIdentifier::Candidate>>
DeviceIdentifier::byIdentity(int unit, DiscoveredDevice& device, std::set<const DeviceProfile*>& contradicted)
{
    std::vector<Candidate> candidates;
    for (const DeviceProfile* profile : m_profiles) {
        if (profile->isSunSpec() || !profile->identification.expect.empty())
            continue;
        const ProfileRegister* manufacturerReg = profile->findMeaning(RegisterMeaning::Manufacturer);
        const ProfileRegister* modelReg = profile->findMeaning(RegisterMeaning::Model);
        if (!manufacturerReg && !modelReg)
            continue;
        bool namedOtherwise = false; // a non-empty name that is not this profile's
        bool matches = false;
        if (manufacturerReg && manufacturerReg->encoding.type == RegisterType::String) {
            const Read read = co_await readRegister(*manufacturerReg, unit);
            const bool match = read.ok && !profile->manufacturer.isEmpty() &&
                               read.text.contains(profile->manufacturer, Qt::CaseInsensitive);
            if (read.ok && !read.text.isEmpty())
                device.read.emplace_back(profile->id + QLatin1Char('/') + manufacturerReg->name, read.text);
            matches = matches || match;
            namedOtherwise = namedOtherwise || (read.ok && !read.text.isEmpty() && !match);
        }
        if (modelReg && modelReg->encoding.type == RegisterType::String) {
            const Read read = co_await readRegister(*modelReg, unit);
            const bool match = read.ok && !read.text.isEmpty() &&
                               (profile->model.startsWith(read.text, Qt::CaseInsensitive) ||
                                read.text.startsWith(profile->model, Qt::CaseInsensitive));
            if (read.ok && !read.text.isEmpty())
                device.read.emplace_back(profile->id + QLatin1Char('/') + modelReg->name, read.text);
            matches = matches || match;
            namedOtherwise = namedOtherwise || (read.ok && !read.text.isEmpty() && !match);
        }
        if (matches)
            candidates.push_back({profile, 1});
        else if (namedOtherwise)
            contradicted.insert(profile); // it calls itself something else (empty says nothing)
    }
    co_return candidates;
}

QCoro::Task<std::vector<DeviceIdentifier::Candidate>>
DeviceIdentifier::byRegisterMap(int unit, const std::set<const DeviceProfile*>& excluded)
{
    std::vector<Candidate> candidates;
    for (const DeviceProfile* profile : m_profiles) {
        if (profile->isSunSpec() || !profile->identification.expect.empty() || excluded.count(profile))
            continue;
        int answered = 0;
        bool all = true;
        for (const ProfileRegister& reg : profile->registers) {
            if (!reg.readable())
                continue;
            const Read read = co_await readRegister(reg, unit);
            if (!read.ok) {
                all = false;
                break;
            }
            ++answered;
        }
        if (all && answered > 0)
            candidates.push_back({profile, answered});
    }
    co_return candidates;
}

QCoro::Task<void> DeviceIdentifier::readIdentity(const DeviceProfile& profile, int unit,
                                                 DiscoveredDevice& device)
{
    QStringList names = profile.identification.read;
    const std::pair<RegisterMeaning, QString*> identity[] = {
        {RegisterMeaning::Manufacturer, &device.manufacturer},
        {RegisterMeaning::Model, &device.model},
        {RegisterMeaning::Serial, &device.serial},
        {RegisterMeaning::Firmware, &device.firmware},
    };
    for (const auto& [meaning, field] : identity)
        if (const ProfileRegister* reg = profile.findMeaning(meaning); reg && !names.contains(reg->name))
            names << reg->name;
    for (const QString& name : names) {
        const ProfileRegister* reg = profile.findRegister(name);
        if (!reg || !reg->readable())
            continue;
        const Read read = co_await readRegister(*reg, unit);
        if (!read.ok)
            continue;
        device.read.emplace_back(reg->name, read.text);
        for (const auto& [meaning, field] : identity)
            if (reg->meaning == meaning)
                *field = read.text;
    }
}

void DeviceIdentifier::propose(DiscoveredDevice& device, std::vector<Candidate> candidates,
                               const QString& match)
{
    if (candidates.empty())
        return;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    const int best = candidates.front().score;
    QStringList tied;
    for (const Candidate& c : candidates)
        if (c.score == best)
            tied << c.profile->id;
    if (tied.size() > 1) {
        tied.sort();
        device.candidates = tied;
        device.match = match;
        return;
    }
    device.profile = candidates.front().profile->id;
    device.role = toString(candidates.front().profile->role);
    device.match = match;
}

} // namespace parkwatt
