#include "devices/sunspec/SunSpecChainWalker.h"

#include <QDeadlineTimer>
#include <QPointer>

namespace parkwatt {

namespace {

constexpr int kIllegalDataAddress = 2;
constexpr int kAddressSpace = 65536;

} // namespace

QCoro::Task<SunSpecWalk> SunSpecChainWalker::walk(ModbusConnection& connection, std::vector<int> bases,
                                                  int maxModels, int deadlineMs)
{
    SunSpecWalk walk;
    QPointer<ModbusConnection> device(&connection);
    const QDeadlineTimer deadline(deadlineMs);
    const auto fail = [&](const QString& why) {
        walk.chain.reset();
        walk.error = why;
        return walk;
    };

    std::optional<int> base;
    QStringList looked;
    for (const int candidate : bases) {
        if (!device)
            co_return fail(QStringLiteral("SunSpec: the connection is gone"));
        if (deadline.hasExpired())
            co_return fail(QStringLiteral("SunSpec: no marker found within %1 ms").arg(deadlineMs));
        const ModbusResult marker = co_await device->read(QModbusDataUnit::HoldingRegisters, candidate, 2);
        ++walk.reads;
        looked << QString::number(candidate);
        if (marker.ok() && marker.registers == QVector<quint16>{kSunSpecMarkerHigh, kSunSpecMarkerLow}) {
            base = candidate;
            break;
        }
        // A device that answers nothing cannot be told apart from one without SunSpec: say so.
        if (!marker.ok() && marker.failure != ModbusFailure::Exception)
            co_return fail(QStringLiteral("SunSpec marker: %1").arg(marker.message));
    }
    if (!base)
        co_return fail(QStringLiteral("%1:%2 unit %3: no SunSpec marker \"SunS\" at %4")
                           .arg(connection.endpoint().host)
                           .arg(connection.endpoint().port)
                           .arg(connection.endpoint().unit)
                           .arg(looked.join(QStringLiteral(", "))));

    SunSpecChain chain;
    chain.base = *base;
    int address = *base + 2;
    for (int models = 0;; ++models) {
        if (models > maxModels)
            co_return fail(QStringLiteral("SunSpec chain at %1: no end marker after %2 models")
                               .arg(*base)
                               .arg(maxModels));
        if (deadline.hasExpired())
            co_return fail(
                QStringLiteral("SunSpec chain at %1: not walked within %2 ms").arg(*base).arg(deadlineMs));
        if (address + 2 > kAddressSpace)
            break; // the chain fills the address space: nothing can follow
        if (!device)
            co_return fail(QStringLiteral("SunSpec: the connection is gone"));
        const ModbusResult header = co_await device->read(QModbusDataUnit::HoldingRegisters, address, 2);
        ++walk.reads;
        if (!header.ok()) {
            // Some SMA devices end the chain without a marker: the next address is illegal.
            if (header.failure == ModbusFailure::Exception && header.exceptionCode == kIllegalDataAddress)
                break;
            co_return fail(QStringLiteral("SunSpec model header at %1: %2").arg(address).arg(header.message));
        }
        const int id = header.registers[0];
        const int length = header.registers[1];
        if (id == kSunSpecEndId)
            break;
        if (address + 2 + length > kAddressSpace)
            co_return fail(QStringLiteral("SunSpec model %1 at %2: length %3 runs past register 65535")
                               .arg(id)
                               .arg(address)
                               .arg(length));
        chain.models.push_back({id, address, length});
        address += 2 + length;
    }
    walk.chain = std::move(chain);
    co_return walk;
}

} // namespace parkwatt
