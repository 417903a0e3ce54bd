#include "devices/profiles/DeviceProfile.h"

#include <array>

namespace parkwatt {

namespace {

constexpr std::array<VocabularyEntry<DeviceRole>, 5> kRoles{{
    {u"charger", DeviceRole::Charger},
    {u"pv_inverter", DeviceRole::PvInverter},
    {u"battery", DeviceRole::Battery},
    {u"grid_meter", DeviceRole::GridMeter},
    {u"load_meter", DeviceRole::LoadMeter},
}};

constexpr std::array<VocabularyEntry<RegisterMeaning>, 26> kMeanings{{
    {u"none", RegisterMeaning::None},
    {u"iec61851_state", RegisterMeaning::Iec61851State},
    {u"power", RegisterMeaning::Power},
    {u"energy_import", RegisterMeaning::EnergyImport},
    {u"energy_export", RegisterMeaning::EnergyExport},
    {u"soc", RegisterMeaning::Soc},
    {u"current_setpoint", RegisterMeaning::CurrentSetpoint},
    {u"power_setpoint", RegisterMeaning::PowerSetpoint},
    {u"start_stop", RegisterMeaning::StartStop},
    {u"mode", RegisterMeaning::Mode},
    {u"control_enable", RegisterMeaning::ControlEnable},
    {u"watchdog", RegisterMeaning::Watchdog},
    {u"failsafe_current", RegisterMeaning::FailsafeCurrent},
    {u"failsafe_power", RegisterMeaning::FailsafePower},
    {u"failsafe_timeout", RegisterMeaning::FailsafeTimeout},
    {u"phases", RegisterMeaning::Phases},
    {u"voltage", RegisterMeaning::Voltage},
    {u"current", RegisterMeaning::Current},
    {u"firmware", RegisterMeaning::Firmware},
    {u"serial", RegisterMeaning::Serial},
    {u"manufacturer", RegisterMeaning::Manufacturer},
    {u"model", RegisterMeaning::Model},
    {u"grid_power", RegisterMeaning::GridPower},
    {u"pv_power", RegisterMeaning::PvPower},
    {u"battery_power", RegisterMeaning::BatteryPower},
    {u"battery_soc", RegisterMeaning::BatterySoc},
}};

constexpr std::array<VocabularyEntry<RegisterFunction>, 4> kFunctions{{
    {u"coil", RegisterFunction::Coil},
    {u"discrete", RegisterFunction::Discrete},
    {u"input", RegisterFunction::Input},
    {u"holding", RegisterFunction::Holding},
}};

constexpr std::array<VocabularyEntry<Unit>, 10> kUnits{{
    {u"kW", Unit::kW},
    {u"W", Unit::W},
    {u"A", Unit::A},
    {u"V", Unit::V},
    {u"Wh", Unit::Wh},
    {u"kWh", Unit::kWh},
    {u"%", Unit::Percent},
    {u"s", Unit::s},
    {u"ms", Unit::ms},
    {u"none", Unit::None},
}};

constexpr std::array<VocabularyEntry<IecState>, 5> kStates{{
    {u"A", IecState::A},
    {u"B", IecState::B},
    {u"C", IecState::C},
    {u"D", IecState::D},
    {u"E/F", IecState::EF},
}};

constexpr std::array<VocabularyEntry<RegisterType>, 7> kTypes{{
    {u"u16", RegisterType::U16},
    {u"i16", RegisterType::I16},
    {u"u32", RegisterType::U32},
    {u"i32", RegisterType::I32},
    {u"f32", RegisterType::F32},
    {u"f64", RegisterType::F64},
    {u"string", RegisterType::String},
}};

template <typename T, size_t N> QString nameOf(const std::array<VocabularyEntry<T>, N>& table, T value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("?");
}

} // namespace

std::span<const VocabularyEntry<DeviceRole>> roleVocabulary()
{
    return kRoles;
}
std::span<const VocabularyEntry<RegisterMeaning>> meaningVocabulary()
{
    return kMeanings;
}
std::span<const VocabularyEntry<RegisterFunction>> functionVocabulary()
{
    return kFunctions;
}
std::span<const VocabularyEntry<Unit>> unitVocabulary()
{
    return kUnits;
}
std::span<const VocabularyEntry<IecState>> stateVocabulary()
{
    return kStates;
}
std::span<const VocabularyEntry<RegisterType>> typeVocabulary()
{
    return kTypes;
}

std::optional<IecState> ProfileRegister::iecState(const QVariant& raw,
                                                  std::optional<double> chargingFlag) const
{
    const bool isString = encoding.type == RegisterType::String;
    for (const StateValue& entry : states) {
        const bool same = isString ? entry.raw.toString() == raw.toString()
                                   : raw.canConvert<double>() && entry.raw.toDouble() == raw.toDouble();
        if (!same)
            continue;
        if (entry.state == IecState::B && !chargingFlagRegister.isEmpty() && chargingFlag &&
            *chargingFlag == chargingFlagValue)
            return IecState::C;
        return entry.state;
    }
    return std::nullopt;
}

QString toString(DeviceRole role)
{
    return nameOf(kRoles, role);
}
QString toString(RegisterMeaning meaning)
{
    return nameOf(kMeanings, meaning);
}
QString toString(RegisterFunction function)
{
    return nameOf(kFunctions, function);
}
QString toString(Unit unit)
{
    return nameOf(kUnits, unit);
}
QString toString(IecState state)
{
    return nameOf(kStates, state);
}
QString toString(RegisterType type)
{
    return nameOf(kTypes, type);
}

} // namespace parkwatt
