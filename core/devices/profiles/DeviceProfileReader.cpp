#include "devices/profiles/DeviceProfileReader.h"

#include "config/ConfigFile.h"
#include "config/JsonReader.h"

#include <QRegularExpression>
#include <cmath>
#include <map>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace parkwatt {

namespace {

constexpr int kMaxAddress = 65535;
constexpr int kMaxStringWords = 125; // the most one Modbus read returns

template <typename T> QString vocabularyText(std::span<const VocabularyEntry<T>> vocabulary)
{
    QStringList names;
    for (const auto& entry : vocabulary)
        names.append(QString::fromUtf16(entry.name));
    return names.join(u", "_s);
}

// A member naming one entry of a vocabulary; a fallback makes it optional.
template <typename T>
std::optional<T> readChoice(JsonObjectReader& object, const QString& key, const QString& what,
                            std::span<const VocabularyEntry<T>> vocabulary,
                            std::type_identity_t<std::optional<T>> fallback = {})
{
    const QString expected = u"one of "_s + vocabularyText(vocabulary);
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        if (!fallback)
            object.fail(key, u"missing required key (expected %1)"_s.arg(expected));
        return fallback;
    }
    if (!v.isString()) {
        object.fail(key, u"expected %1, got %2"_s.arg(expected, describeJsonValue(v)));
        return std::nullopt;
    }
    for (const auto& entry : vocabulary) {
        if (v.toString() == QStringView(entry.name))
            return entry.value;
    }
    object.fail(key, u"unknown %1 %2 (expected %3)"_s.arg(what, describeJsonValue(v), expected));
    return std::nullopt;
}

constexpr std::array<VocabularyEntry<WordOrder>, 2> kWordOrders{{
    {u"big", WordOrder::Big},
    {u"little", WordOrder::Little},
}};
constexpr std::array<VocabularyEntry<ByteOrder>, 2> kByteOrders{{
    {u"big", ByteOrder::Big},
    {u"little", ByteOrder::Little},
}};
constexpr std::array<VocabularyEntry<StringEncoding>, 2> kEncodings{{
    {u"ascii", StringEncoding::Ascii},
    {u"utf16", StringEncoding::Utf16},
}};
constexpr std::array<VocabularyEntry<RegisterAccess>, 3> kAccess{{
    {u"r", RegisterAccess::Read},
    {u"w", RegisterAccess::Write},
    {u"rw", RegisterAccess::ReadWrite},
}};
constexpr std::array<VocabularyEntry<WatchdogKind>, 3> kWatchdogKinds{{
    {u"validity_s", WatchdogKind::ValiditySeconds},
    {u"alive_counter", WatchdogKind::AliveCounter},
    {u"idle_timeout", WatchdogKind::IdleTimeout},
}};

QString functionLabel(RegisterFunction function)
{
    return toString(function);
}

// Where a register sits for overlap checks: registers overlap only within one table of one unit
// (and, in SunSpec profiles, one model).
struct Space {
    RegisterFunction function;
    int unitId;
    int model;
    auto operator<=>(const Space&) const = default;
};

struct Placed {
    int first;
    int last;
    qsizetype index;
};

class ProfileParser {
public:
    ProfileParser(JsonReadContext& context, DeviceProfile& out)
        : m_context(context)
        , m_out(out)
    {
    }

    void read(JsonObjectReader& top);

private:
    bool failed() const { return m_context.failed(); }
    void readTransport(JsonObjectReader& transport);
    void readIdentificationShape(JsonObjectReader& identification);
    void checkIdentificationNames(JsonObjectReader& identification);
    void readRegisters(JsonArrayReader& registers);
    void readRegister(JsonObjectReader& r);
    void readStates(JsonObjectReader& states, ProfileRegister& reg);
    void checkRegisterReferences(JsonArrayReader& registers);
    void readSetpoint(JsonObjectReader& setpoint);
    void readWatchdog(JsonObjectReader& watchdog);
    void readSafeState(JsonObjectReader& safeState);
    std::vector<ProfileWrite> readWrites(JsonArrayReader& writes);
    void readNotes(JsonObjectReader& top);
    // The register a member names; an error at the member when it names none.
    const ProfileRegister* registerNamed(JsonObjectReader& object, const QString& key, bool required);
    bool modelListed(int model) const;

    JsonReadContext& m_context;
    DeviceProfile& m_out;
    std::map<Space, std::vector<Placed>> m_placed;
    std::vector<QString> m_registerPointers;
};

void ProfileParser::read(JsonObjectReader& top)
{
    checkFormat(top, kDeviceProfileFormat);
    if (failed())
        return;
    m_out.id = top.string(u"id"_s);
    if (failed())
        return;
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    if (!idPattern.match(m_out.id).hasMatch()) {
        top.fail(u"id"_s, u"expected lower-case letters, digits, '.', '_' or '-' (starting with a letter "
                          u"or digit), got %1"_s.arg(describeJsonValue(m_out.id)));
        return;
    }
    if (auto role = readChoice(top, u"role"_s, u"role"_s, roleVocabulary()))
        m_out.role = *role;
    if (failed())
        return;
    m_out.manufacturer = top.string(u"manufacturer"_s);
    m_out.model = top.string(u"model"_s);
    m_out.bidirectional = top.boolean(u"bidirectional"_s, false);
    if (failed())
        return;

    if (auto transport = top.object(u"transport"_s, false))
        readTransport(*transport);
    if (failed())
        return;

    auto identification = top.object(u"identification"_s, false);
    if (identification)
        readIdentificationShape(*identification);
    if (failed())
        return;

    auto registers = top.array(u"registers"_s, true);
    if (!registers)
        return;
    readRegisters(*registers);
    if (failed())
        return;
    checkRegisterReferences(*registers);
    if (failed())
        return;
    if (identification)
        checkIdentificationNames(*identification);
    if (failed())
        return;

    // Parkwatt controls every charger: a charger profile without a setpoint is useless to it.
    if (auto setpoint = top.object(u"setpoint"_s, m_out.role == DeviceRole::Charger))
        readSetpoint(*setpoint);
    if (failed())
        return;
    if (auto watchdog = top.object(u"watchdog"_s, false))
        readWatchdog(*watchdog);
    if (failed())
        return;
    if (auto safeState = top.object(u"safe_state"_s, false))
        readSafeState(*safeState);
    if (failed())
        return;
    if (auto writes = top.array(u"take_control"_s, false))
        m_out.takeControl = readWrites(*writes);
    if (failed())
        return;
    if (auto writes = top.array(u"release"_s, false))
        m_out.release = readWrites(*writes);
    if (failed())
        return;
    readNotes(top);
    top.warnUnknownKeys();
}

void ProfileParser::readTransport(JsonObjectReader& transport)
{
    TransportDefaults& t = m_out.transport;
    t.port = transport.integer(u"port"_s, NumberRule::wholeIn(1, 65535), t.port);
    t.unit = transport.integer(u"unit"_s, NumberRule::wholeIn(0, 255), t.unit);
    t.timeoutMs = transport.integer(u"timeout_ms"_s, NumberRule::wholeIn(1, 600000), t.timeoutMs);
    t.retries = transport.integer(u"retries"_s, NumberRule::wholeIn(0, 10), t.retries);
    t.minGapMs = transport.integer(u"min_gap_ms"_s, NumberRule::wholeIn(0, 60000), t.minGapMs);
    t.maxInFlight = transport.integer(u"max_in_flight"_s, NumberRule::wholeIn(1, 64), t.maxInFlight);
    const QJsonValue fc = transport.value(u"write_function"_s);
    if (!fc.isUndefined()) {
        if (!fc.isDouble() || (fc.toDouble() != 6 && fc.toDouble() != 16)) {
            transport.fail(u"write_function"_s, u"expected 6 (write single register) or 16 (write multiple "
                                                u"registers), got %1"_s.arg(describeJsonValue(fc)));
            return;
        }
        t.writeFunction = static_cast<int>(fc.toDouble());
    }
    transport.warnUnknownKeys();
}

void ProfileParser::readIdentificationShape(JsonObjectReader& identification)
{
    auto sunspec = identification.object(u"sunspec"_s, false);
    if (!sunspec)
        return;
    Identification& id = m_out.identification;
    id.sunspecBase = sunspec->integer(u"base"_s, NumberRule::wholeIn(0, kMaxAddress - 1));
    if (failed())
        return;
    if (*id.sunspecBase != 0 && *id.sunspecBase != 40000 && *id.sunspecBase != 50000) {
        sunspec->fail(u"base"_s, u"expected 0, 40000 or 50000 (the bases SunSpec allows), got %1"_s.arg(
                                     *id.sunspecBase));
        return;
    }
    auto models = sunspec->array(u"models"_s, true);
    if (!models)
        return;
    if (models->size() == 0) {
        m_context.fail(models->pointer(), u"expected at least one model"_s);
        return;
    }
    for (qsizetype i = 0; i < models->size() && !failed(); ++i) {
        auto model = models->object(i);
        if (!model)
            return;
        SunSpecModelRequirement requirement;
        requirement.id = model->integer(u"id"_s, NumberRule::wholeIn(1, 65534));
        requirement.required = model->boolean(u"required"_s, true);
        if (auto alternatives = model->array(u"or"_s, false)) {
            for (qsizetype k = 0; k < alternatives->size() && !failed(); ++k)
                requirement.alternatives.push_back(
                    static_cast<int>(alternatives->number(k, NumberRule::wholeIn(1, 65534))));
        }
        model->warnUnknownKeys();
        if (modelListed(requirement.id)) {
            model->fail(u"id"_s, u"model %1 is listed twice"_s.arg(requirement.id));
            return;
        }
        id.sunspecModels.push_back(std::move(requirement));
    }
    sunspec->warnUnknownKeys();
}

bool ProfileParser::modelListed(int model) const
{
    for (const auto& m : m_out.identification.sunspecModels) {
        if (m.id == model ||
            std::find(m.alternatives.begin(), m.alternatives.end(), model) != m.alternatives.end())
            return true;
    }
    return false;
}

void ProfileParser::checkIdentificationNames(JsonObjectReader& identification)
{
    Identification& id = m_out.identification;
    if (auto read = identification.array(u"read"_s, false)) {
        for (qsizetype i = 0; i < read->size() && !failed(); ++i) {
            const QJsonValue v = read->at(i);
            if (!v.isString() || !m_out.findRegister(v.toString())) {
                m_context.fail(
                    read->pointerOf(i),
                    u"expected the name of a register in /registers, got %1"_s.arg(describeJsonValue(v)));
                return;
            }
            id.read.append(v.toString());
        }
    }
    if (auto expect = identification.array(u"expect"_s, false)) {
        for (qsizetype i = 0; i < expect->size() && !failed(); ++i) {
            auto item = expect->object(i);
            if (!item)
                return;
            const ProfileRegister* reg = registerNamed(*item, u"register"_s, true);
            if (!reg)
                return;
            const QJsonValue equals = item->value(u"equals"_s);
            const bool isString = reg->encoding.type == RegisterType::String;
            if (equals.isUndefined()) {
                item->fail(u"equals"_s,
                           u"missing required key (expected the value the register must hold)"_s);
                return;
            }
            if (isString ? !equals.isString() : !equals.isDouble()) {
                item->fail(u"equals"_s,
                           u"register \"%1\" is %2: expected %3, got %4"_s.arg(
                               reg->name, toString(reg->encoding.type),
                               isString ? u"a string"_s : u"a number"_s, describeJsonValue(equals)));
                return;
            }
            id.expect.push_back(
                {reg->name, isString ? QVariant(equals.toString()) : QVariant(equals.toDouble())});
            item->warnUnknownKeys();
        }
    }
    identification.warnUnknownKeys();
}

void ProfileParser::readRegisters(JsonArrayReader& registers)
{
    if (registers.size() == 0) {
        m_context.fail(registers.pointer(), u"expected at least one register"_s);
        return;
    }
    UniqueIds names(u"register"_s);
    for (qsizetype i = 0; i < registers.size() && !failed(); ++i) {
        auto r = registers.object(i);
        if (!r)
            return;
        const QString name = r->string(u"name"_s);
        if (failed() || !names.add(m_context, name, r->pointerOf(u"name")))
            return;
        readRegister(*r);
    }
}

void ProfileParser::readRegister(JsonObjectReader& r)
{
    ProfileRegister reg;
    reg.name = r.value(u"name"_s).toString();
    if (auto meaning = readChoice(r, u"meaning"_s, u"meaning"_s, meaningVocabulary()))
        reg.meaning = *meaning;
    if (failed())
        return;
    if (auto function = readChoice(r, u"function"_s, u"function"_s, functionVocabulary()))
        reg.function = *function;
    if (failed())
        return;
    const bool bit = reg.function == RegisterFunction::Coil || reg.function == RegisterFunction::Discrete;
    RegisterEncoding& enc = reg.encoding;
    if (bit) {
        if (r.has(u"type"_s)) {
            r.fail(u"type"_s, u"a %1 holds one bit: leave out type"_s.arg(functionLabel(reg.function)));
            return;
        }
        enc.type = RegisterType::U16; // one address, value 0 or 1
    } else if (auto type = readChoice(r, u"type"_s, u"type"_s, typeVocabulary())) {
        enc.type = *type;
    }
    if (failed())
        return;

    const bool isString = enc.type == RegisterType::String && !bit;
    if (isString) {
        enc.words = r.integer(u"words"_s, NumberRule::wholeIn(1, kMaxStringWords));
        if (auto order = readChoice(r, u"byte_order"_s, u"byte order"_s,
                                    std::span<const VocabularyEntry<ByteOrder>>(kByteOrders), ByteOrder::Big))
            enc.byteOrder = *order;
        if (auto encoding = readChoice(r, u"encoding"_s, u"string encoding"_s,
                                       std::span<const VocabularyEntry<StringEncoding>>(kEncodings),
                                       StringEncoding::Ascii))
            enc.stringEncoding = *encoding;
    } else {
        for (const QString& key : {u"words"_s, u"byte_order"_s, u"encoding"_s}) {
            if (r.has(key)) {
                r.fail(key, u"\"%1\" applies only to string registers, this one is %2"_s.arg(
                                key, bit ? functionLabel(reg.function) : toString(enc.type)));
                return;
            }
        }
    }
    if (failed())
        return;
    if (auto order = readChoice(r, u"word_order"_s, u"word order"_s,
                                std::span<const VocabularyEntry<WordOrder>>(kWordOrders), WordOrder::Big))
        enc.wordOrder = *order;
    if (failed())
        return;

    reg.address = r.integer(u"address"_s, NumberRule::wholeIn(0, kMaxAddress));
    if (failed())
        return;
    const int count = reg.registerCount();
    const qint64 last = qint64(reg.address) + count - 1;
    if (last > kMaxAddress) {
        r.fail(
            u"address"_s,
            u"%1 registers from %2 run past address 65535 (to %3)"_s.arg(count).arg(reg.address).arg(last));
        return;
    }
    if (r.has(u"model"_s)) {
        if (!m_out.isSunSpec()) {
            r.fail(u"model"_s, u"\"model\" applies only to SunSpec profiles (identification.sunspec)"_s);
            return;
        }
        reg.sunspecModel = r.integer(u"model"_s, NumberRule::wholeIn(1, 65534));
        if (failed())
            return;
        if (!modelListed(*reg.sunspecModel)) {
            r.fail(u"model"_s, u"model %1 is not in /identification/sunspec/models"_s.arg(*reg.sunspecModel));
            return;
        }
    } else if (m_out.isSunSpec()) {
        r.fail(u"model"_s, u"missing required key (expected the SunSpec model the address counts within)"_s);
        return;
    }
    if (r.has(u"unit_id"_s))
        reg.unitId = r.integer(u"unit_id"_s, NumberRule::wholeIn(0, 255));

    enc.scale = r.number(u"scale"_s, NumberRule::any(), 1.0);
    if (!failed() && enc.scale == 0) {
        r.fail(u"scale"_s, u"expected a number other than 0, got 0"_s);
        return;
    }
    enc.offset = r.number(u"offset"_s, NumberRule::any(), 0.0);
    reg.scaleFactorRegister = r.string(u"scale_factor"_s, QString());
    if (r.has(u"not_implemented"_s))
        reg.notImplementedRaw = r.number(u"not_implemented"_s, NumberRule::any());
    if (auto unit = readChoice(r, u"unit"_s, u"unit"_s, unitVocabulary(), Unit::None))
        reg.unit = *unit;
    if (failed())
        return;
    if (auto access =
            readChoice(r, u"access"_s, u"access"_s, std::span<const VocabularyEntry<RegisterAccess>>(kAccess),
                       RegisterAccess::Read))
        reg.access = *access;
    if (failed())
        return;
    if (reg.writable() &&
        (reg.function == RegisterFunction::Input || reg.function == RegisterFunction::Discrete)) {
        r.fail(u"access"_s, u"%1 registers are read-only in Modbus, got access \"%2\""_s.arg(
                                functionLabel(reg.function), r.value(u"access"_s).toString()));
        return;
    }

    if (auto bits = r.object(u"bits"_s, false)) {
        if (!RegisterCodec::isInteger(enc.type) || bit) {
            r.fail(u"bits"_s, u"a bit field needs an integer register (u16, i16, u32, i32)"_s);
            return;
        }
        if (reg.writable()) {
            r.fail(u"bits"_s, u"a bit field is read-only: access must be \"r\""_s);
            return;
        }
        enc.bitShift = bits->integer(u"shift"_s, NumberRule::wholeIn(0, 31), 0);
        enc.bitMask = static_cast<quint32>(bits->number(u"mask"_s, NumberRule::wholeIn(1, 4294967295.0)));
        bits->warnUnknownKeys();
    }
    if (failed())
        return;

    if (auto states = r.object(u"states"_s, reg.meaning == RegisterMeaning::Iec61851State)) {
        if (reg.meaning != RegisterMeaning::Iec61851State) {
            r.fail(u"states"_s, u"states apply only to iec61851_state registers, this one is %1"_s.arg(
                                    toString(reg.meaning)));
            return;
        }
        readStates(*states, reg);
    }
    if (failed())
        return;
    if (auto flag = r.object(u"charging_flag"_s, false)) {
        if (reg.meaning != RegisterMeaning::Iec61851State) {
            r.fail(u"charging_flag"_s, u"charging_flag applies only to iec61851_state registers"_s);
            return;
        }
        reg.chargingFlagRegister = flag->string(u"register"_s);
        reg.chargingFlagValue = flag->number(u"value"_s, NumberRule::any(), 1);
        flag->warnUnknownKeys();
    }
    reg.notes = r.string(u"notes"_s, QString());
    if (failed())
        return;

    // Overlap within one table of one unit (and one SunSpec model).
    const Space space{reg.function, reg.unitId.value_or(-1), reg.sunspecModel.value_or(-1)};
    auto& placed = m_placed[space];
    for (const Placed& other : placed) {
        if (reg.address <= other.last && other.first <= static_cast<int>(last)) {
            const ProfileRegister& o = m_out.registers[static_cast<size_t>(other.index)];
            r.fail(u"address"_s,
                   u"%1 %2..%3 overlaps register \"%4\" (%5, %1 %6..%7)"_s.arg(functionLabel(reg.function))
                       .arg(reg.address)
                       .arg(last)
                       .arg(o.name, m_registerPointers[static_cast<size_t>(other.index)])
                       .arg(other.first)
                       .arg(other.last));
            return;
        }
    }
    placed.push_back({reg.address, static_cast<int>(last), static_cast<qsizetype>(m_out.registers.size())});
    m_registerPointers.push_back(r.pointer());
    r.warnUnknownKeys();
    m_out.registers.push_back(std::move(reg));
}

void ProfileParser::readStates(JsonObjectReader& states, ProfileRegister& reg)
{
    const bool isString = reg.encoding.type == RegisterType::String;
    struct Seen {
        IecState state;
        QString pointer;
    };
    std::map<QString, Seen> seen; // raw value as text -> where it was first mapped
    for (const auto& entry : stateVocabulary()) {
        const QString key = QString::fromUtf16(entry.name);
        auto values = states.array(key, false);
        if (!values)
            continue;
        for (qsizetype i = 0; i < values->size(); ++i) {
            const QJsonValue v = values->at(i);
            const QString pointer = values->pointerOf(i);
            if (isString ? !v.isString() : !v.isDouble()) {
                m_context.fail(pointer,
                               u"register \"%1\" is %2: expected %3, got %4"_s.arg(
                                   reg.name, toString(reg.encoding.type),
                                   isString ? u"a string"_s : u"a whole number"_s, describeJsonValue(v)));
                return;
            }
            if (!isString && !NumberRule::wholeIn(-4294967296.0, 4294967295.0).accepts(v.toDouble())) {
                m_context.fail(pointer, u"expected a whole number, got %1"_s.arg(describeJsonValue(v)));
                return;
            }
            const QString text = describeJsonValue(v);
            if (const auto it = seen.find(text); it != seen.end()) {
                m_context.fail(pointer,
                               u"value %1 is already mapped to state %2 (at %3); a value belongs to "
                               u"one state"_s.arg(text, toString(it->second.state), it->second.pointer));
                return;
            }
            seen.emplace(text, Seen{entry.value, pointer});
            reg.states.push_back({isString ? QVariant(v.toString()) : QVariant(v.toDouble()), entry.value});
        }
    }
    if (reg.states.empty()) {
        m_context.fail(states.pointer(), u"expected at least one state (A, B, C, D or E/F) with values"_s);
        return;
    }
    states.warnUnknownKeys();
}

void ProfileParser::checkRegisterReferences(JsonArrayReader& registers)
{
    for (size_t i = 0; i < m_out.registers.size() && !failed(); ++i) {
        const ProfileRegister& reg = m_out.registers[i];
        const QString pointer = registers.pointerOf(static_cast<qsizetype>(i));
        if (!reg.scaleFactorRegister.isEmpty()) {
            const ProfileRegister* sf = m_out.findRegister(reg.scaleFactorRegister);
            const QString at = jsonPointerAppend(pointer, u"scale_factor");
            if (!sf) {
                m_context.fail(at, u"no register \"%1\" in /registers"_s.arg(reg.scaleFactorRegister));
                return;
            }
            if (sf->encoding.type != RegisterType::I16 || sf->sunspecModel != reg.sunspecModel) {
                m_context.fail(
                    at, u"a scale factor is an i16 register of the same SunSpec model; \"%1\" is not"_s.arg(
                            sf->name));
                return;
            }
        }
        if (!reg.chargingFlagRegister.isEmpty() && !m_out.findRegister(reg.chargingFlagRegister)) {
            m_context.fail(jsonPointerAppend(jsonPointerAppend(pointer, u"charging_flag"), u"register"),
                           u"no register \"%1\" in /registers"_s.arg(reg.chargingFlagRegister));
            return;
        }
    }
}

const ProfileRegister* ProfileParser::registerNamed(JsonObjectReader& object, const QString& key,
                                                    bool required)
{
    const QString name = object.string(key, required ? std::nullopt : std::optional<QString>(QString()));
    if (failed() || name.isEmpty())
        return nullptr;
    const ProfileRegister* reg = m_out.findRegister(name);
    if (!reg)
        object.fail(key, u"no register \"%1\" in /registers"_s.arg(name));
    return reg;
}

void ProfileParser::readSetpoint(JsonObjectReader& setpoint)
{
    Setpoint out;
    const ProfileRegister* reg = registerNamed(setpoint, u"register"_s, true);
    if (!reg)
        return;
    out.registerName = reg->name;
    if (!reg->writable()) {
        setpoint.fail(u"register"_s,
                      u"register \"%1\" is not writable (access \"r\"); a setpoint must be"_s.arg(reg->name));
        return;
    }
    static constexpr std::array<VocabularyEntry<Unit>, 3> kSetpointUnits{{
        {u"A", Unit::A},
        {u"W", Unit::W},
        {u"kW", Unit::kW},
    }};
    if (auto unit = readChoice(setpoint, u"unit"_s, u"setpoint unit"_s,
                               std::span<const VocabularyEntry<Unit>>(kSetpointUnits)))
        out.unit = *unit;
    if (failed())
        return;
    if (reg->unit != out.unit) {
        setpoint.fail(u"unit"_s, u"register \"%1\" is in %2, the setpoint says %3"_s.arg(
                                     reg->name, toString(reg->unit), toString(out.unit)));
        return;
    }
    if (setpoint.has(u"min"_s))
        out.min = setpoint.number(u"min"_s, NumberRule::any());
    if (setpoint.has(u"max"_s))
        out.max = setpoint.number(u"max"_s, NumberRule::any());
    out.isSigned = setpoint.boolean(u"signed"_s, false);
    if (failed())
        return;
    if (out.min && out.max && *out.min > *out.max) {
        setpoint.fail(u"min"_s,
                      u"min %1 is above max %2"_s.arg(formatNumber(*out.min), formatNumber(*out.max)));
        return;
    }
    if (out.isSigned && !RegisterCodec::isSigned(reg->encoding.type) && reg->encoding.offset >= 0) {
        setpoint.fail(u"signed"_s, u"register \"%1\" is %2 and cannot hold a negative setpoint"_s.arg(
                                       reg->name, toString(reg->encoding.type)));
        return;
    }
    if (!out.isSigned && out.min && *out.min < 0) {
        setpoint.fail(u"min"_s, u"a negative min needs \"signed\": true"_s);
        return;
    }
    if (m_out.role == DeviceRole::Charger && m_out.bidirectional && !out.isSigned) {
        setpoint.fail(u"signed"_s,
                      u"a bidirectional charger needs a signed setpoint (negative discharges)"_s);
        return;
    }
    for (const auto bound : {out.min, out.max}) {
        if (!bound)
            continue;
        const auto encoded = RegisterCodec::encodeNumber(reg->encoding, *bound);
        if (!encoded.ok()) {
            setpoint.fail(bound == out.min ? u"min"_s : u"max"_s,
                          u"does not fit register \"%1\": %2"_s.arg(reg->name, encoded.error));
            return;
        }
    }
    setpoint.warnUnknownKeys();
    m_out.setpoint = out;
}

void ProfileParser::readWatchdog(JsonObjectReader& watchdog)
{
    Watchdog out;
    const ProfileRegister* reg = registerNamed(watchdog, u"register"_s, true);
    if (!reg)
        return;
    out.registerName = reg->name;
    if (auto kind = readChoice(watchdog, u"kind"_s, u"watchdog kind"_s,
                               std::span<const VocabularyEntry<WatchdogKind>>(kWatchdogKinds)))
        out.kind = *kind;
    if (failed())
        return;
    if (!reg->writable()) {
        watchdog.fail(u"register"_s,
                      u"register \"%1\" is not writable; a %2 watchdog is kept alive by writing it"_s.arg(
                          reg->name, watchdog.value(u"kind"_s).toString()));
        return;
    }
    out.timeoutS = watchdog.number(u"timeout_s"_s, NumberRule::above(0));
    out.refreshFraction = watchdog.number(u"refresh_fraction"_s, NumberRule::fractionAboveZero(), 1.0 / 3.0);
    if (auto timeoutRegister = registerNamed(watchdog, u"timeout_register"_s, false)) {
        if (!timeoutRegister->writable()) {
            watchdog.fail(u"timeout_register"_s,
                          u"register \"%1\" is not writable"_s.arg(timeoutRegister->name));
            return;
        }
        out.timeoutRegister = timeoutRegister->name;
    }
    out.aliveValue = watchdog.number(u"value"_s, NumberRule::any(), 1);
    out.aliveIncrement = watchdog.boolean(u"increment"_s, false);
    watchdog.warnUnknownKeys();
    if (!failed())
        m_out.watchdog = out;
}

void ProfileParser::readSafeState(JsonObjectReader& safeState)
{
    SafeState out;
    if (safeState.has(u"failsafe_current_a"_s))
        out.failsafeCurrentA = safeState.number(u"failsafe_current_a"_s, NumberRule::atLeast(0));
    if (auto writes = safeState.array(u"writes"_s, false))
        out.writes = readWrites(*writes);
    safeState.warnUnknownKeys();
    if (!failed())
        m_out.safeState = out;
}

std::vector<ProfileWrite> ProfileParser::readWrites(JsonArrayReader& writes)
{
    std::vector<ProfileWrite> out;
    for (qsizetype i = 0; i < writes.size() && !failed(); ++i) {
        auto w = writes.object(i);
        if (!w)
            break;
        const ProfileRegister* reg = registerNamed(*w, u"register"_s, true);
        if (!reg)
            break;
        if (!reg->writable()) {
            w->fail(u"register"_s, u"register \"%1\" is not writable (access \"r\")"_s.arg(reg->name));
            break;
        }
        ProfileWrite write;
        write.registerName = reg->name;
        const QJsonValue v = w->value(u"value"_s);
        if (v.isString() && v.toString() == u"timeout_s"_s) {
            if (!m_out.watchdog) {
                w->fail(u"value"_s, u"\"timeout_s\" needs a watchdog, and this profile has none"_s);
                break;
            }
            write.valueIsWatchdogTimeout = true;
            write.value = m_out.watchdog->timeoutS;
        } else {
            write.value = w->number(u"value"_s, NumberRule::any());
            if (failed())
                break;
        }
        const bool bit = reg->function == RegisterFunction::Coil;
        const auto encoded = RegisterCodec::encodeNumber(reg->encoding, write.value);
        if (reg->encoding.type == RegisterType::String || (bit && write.value != 0 && write.value != 1) ||
            (!bit && !encoded.ok())) {
            w->fail(u"value"_s,
                    u"%1 does not fit register \"%2\": %3"_s.arg(
                        formatNumber(write.value), reg->name,
                        bit ? u"a coil holds 0 or 1"_s
                            : (encoded.ok() ? u"a string register takes no number"_s : encoded.error)));
            break;
        }
        w->warnUnknownKeys();
        out.push_back(write);
    }
    return out;
}

void ProfileParser::readNotes(JsonObjectReader& top)
{
    const QJsonValue v = top.value(u"notes"_s);
    if (v.isUndefined())
        return;
    if (v.isString()) {
        m_out.notes.append(v.toString());
        return;
    }
    if (!v.isArray()) {
        top.fail(u"notes"_s, u"expected a string or an array of strings, got %1"_s.arg(describeJsonValue(v)));
        return;
    }
    const QJsonArray notes = v.toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (!notes.at(i).isString()) {
            m_context.fail(jsonPointerAppend(top.pointerOf(u"notes"), i),
                           u"expected a string, got %1"_s.arg(describeJsonValue(notes.at(i))));
            return;
        }
        m_out.notes.append(notes.at(i).toString());
    }
}

} // namespace

LoadResult<DeviceProfile> parseDeviceProfile(const QByteArray& bytes, const QString& fileLabel)
{
    JsonReadContext context(fileLabel);
    DeviceProfile profile;
    if (const auto object = parseJsonObjectDocument(bytes, context)) {
        JsonObjectReader top(context, *object, QString());
        ProfileParser(context, profile).read(top);
    }
    return context.result(std::move(profile));
}

LoadResult<DeviceProfile> loadDeviceProfileFile(const QString& path)
{
    const LoadResult<QByteArray> bytes = readConfigFileBytes(path);
    if (!bytes.ok()) {
        LoadResult<DeviceProfile> out;
        out.error = bytes.error;
        return out;
    }
    return parseDeviceProfile(*bytes.value, configFileLabel(path));
}

} // namespace parkwatt
