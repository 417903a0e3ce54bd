#pragma once
// What an installer's register inspector shows of a block read from a device: each register raw
// (hex and decimal) and the block decoded as values of a chosen type and word order, one per
// value's first register. Pure functions over RegisterCodec: no I/O.

#include "devices/RegisterCodec.h"

#include <QJsonObject>
#include <QModbusDataUnit>
#include <QString>
#include <QVector>
#include <optional>

namespace parkwatt {

struct InspectedValue {
    int address = 0;
    QString text; // the decoded value, or why it cannot be decoded
    bool ok = false;
};

namespace RegisterInspection {

// "u16", "i16", "u32", "i32", "f32", "f64", "string"; nullopt for anything else.
std::optional<RegisterType> typeFromName(const QString& name);
QString typeName(RegisterType type);
std::optional<WordOrder> wordOrderFromName(const QString& name); // "big", "little"
// "holding", "input", "coils", "discrete".
std::optional<QModbusDataUnit::RegisterType> tableFromName(const QString& name);

// One line per register: "40000  0x5375  21365".
QStringList rawLines(int firstAddress, const QVector<quint16>& registers);
// The block as consecutive values of `encoding` (a string: the whole block as one).
std::vector<InspectedValue> decode(int firstAddress, const QVector<quint16>& registers,
                                   RegisterEncoding encoding);
// The registers that hold `text` as a value of `encoding` (a number, or a string); error on failure.
CodecResult<QList<quint16>> encode(const QString& text, RegisterEncoding encoding);

} // namespace RegisterInspection

} // namespace parkwatt
