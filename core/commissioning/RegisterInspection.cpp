#include "commissioning/RegisterInspection.h"

#include <QStringList>

namespace parkwatt::RegisterInspection {

namespace {

struct TypeName {
    RegisterType type;
    const char* name;
};
constexpr TypeName kTypes[] = {{RegisterType::U16, "u16"},      {RegisterType::I16, "i16"},
                               {RegisterType::U32, "u32"},      {RegisterType::I32, "i32"},
                               {RegisterType::F32, "f32"},      {RegisterType::F64, "f64"},
                               {RegisterType::String, "string"}};

} // namespace

std::optional<RegisterType> typeFromName(const QString& name)
{
    for (const TypeName& t : kTypes)
        if (name == QLatin1String(t.name))
            return t.type;
    return std::nullopt;
}

QString typeName(RegisterType type)
{
    for (const TypeName& t : kTypes)
        if (t.type == type)
            return QString::fromLatin1(t.name);
    return {};
}

std::optional<WordOrder> wordOrderFromName(const QString& name)
{
    if (name == QLatin1String("big"))
        return WordOrder::Big;
    if (name == QLatin1String("little"))
        return WordOrder::Little;
    return std::nullopt;
}

std::optional<QModbusDataUnit::RegisterType> tableFromName(const QString& name)
{
    if (name == QLatin1String("holding"))
        return QModbusDataUnit::HoldingRegisters;
    if (name == QLatin1String("input"))
        return QModbusDataUnit::InputRegisters;
    if (name == QLatin1String("coils"))
        return QModbusDataUnit::Coils;
    if (name == QLatin1String("discrete"))
        return QModbusDataUnit::DiscreteInputs;
    return std::nullopt;
}

QStringList rawLines(int firstAddress, const QVector<quint16>& registers)
{
    QStringList lines;
    for (qsizetype i = 0; i < registers.size(); ++i)
        lines << QStringLiteral("%1  0x%2  %3")
                     .arg(firstAddress + int(i), 5)
                     .arg(registers[i], 4, 16, QLatin1Char('0'))
                     .arg(registers[i], 5);
    return lines;
}

std::vector<InspectedValue> decode(int firstAddress, const QVector<quint16>& registers,
                                   RegisterEncoding encoding)
{
    std::vector<InspectedValue> values;
    const std::span<const quint16> all(registers.constData(), size_t(registers.size()));
    if (encoding.type == RegisterType::String) {
        encoding.words = int(registers.size());
        const CodecResult<QString> text = RegisterCodec::decodeString(encoding, all);
        values.push_back({firstAddress, text.ok() ? *text.value : text.error, text.ok()});
        return values;
    }
    const int width = RegisterCodec::registerCount(encoding);
    for (qsizetype at = 0; at + width <= registers.size(); at += width) {
        const CodecResult<double> number =
            RegisterCodec::decodeNumber(encoding, all.subspan(size_t(at), size_t(width)));
        values.push_back({firstAddress + int(at),
                          number.ok() ? QString::number(*number.value, 'g', 10) : number.error, number.ok()});
    }
    return values;
}

CodecResult<QList<quint16>> encode(const QString& text, RegisterEncoding encoding)
{
    if (encoding.type == RegisterType::String) {
        encoding.words = int((text.size() + 1) / 2);
        return RegisterCodec::encodeString(encoding, text);
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok)
        return CodecResult<QList<quint16>>::failure(QStringLiteral("'%1' is not a number").arg(text));
    return RegisterCodec::encodeNumber(encoding, value);
}

} // namespace parkwatt::RegisterInspection
