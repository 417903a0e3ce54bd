#include "kiosk/KioskConfig.h"

#include "config/JsonReader.h"

#include <QFile>

namespace parkwatt {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
const QString kFormat = QStringLiteral("parkwatt-kiosk/1");
constexpr int kDemoIterations = PasswordHash::kMinimumIterations;

std::optional<PasswordHash> readPin(JsonObjectReader& reader, const QString& key)
{
    const QString stored = reader.string(key, QString());
    if (stored.isEmpty() || reader.context().failed())
        return std::nullopt;
    QString problem;
    std::optional<PasswordHash> hash = PasswordHash::parse(stored, &problem);
    if (!hash)
        reader.fail(key, problem + QStringLiteral(" (make one with `parkwatt --hash-pin`)"));
    return hash;
}

} // namespace

KioskConfig KioskConfig::demo(const QStringList& chargerIds)
{
    KioskConfig config;
    config.driverInput = true;
    config.managerPin = PasswordHash::make(QStringLiteral("2468"), kDemoIterations);
    // Every demo bay's PIN is 1234 (one hash: the demo has no secrets to keep).
    const PasswordHash bayPin = PasswordHash::make(QStringLiteral("1234"), kDemoIterations);
    for (const QString& id : chargerIds)
        config.bayPins.insert(id, bayPin);
    return config;
}

LoadResult<KioskConfig> loadKioskConfig(const QString& path)
{
    JsonReadContext context(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail({}, QStringLiteral("cannot read: %1").arg(file.errorString()));
        return context.result(KioskConfig{});
    }
    if (file.size() > kMaxFileBytes) {
        context.fail({}, QStringLiteral("larger than %1 MiB").arg(kMaxFileBytes / 1024 / 1024));
        return context.result(KioskConfig{});
    }
    const std::optional<QJsonObject> document = parseJsonObjectDocument(file.readAll(), context);
    if (!document)
        return context.result(KioskConfig{});
    JsonObjectReader top(context, *document, QString());
    checkFormat(top, kFormat);
    KioskConfig config;
    config.managerPin = readPin(top, QStringLiteral("manager_pin"));
    config.driverInput = top.boolean(QStringLiteral("driver_input"), false);
    if (auto pins = top.object(QStringLiteral("bay_pins"), false)) {
        const QJsonObject raw = document->value(QStringLiteral("bay_pins")).toObject();
        for (auto it = raw.begin(); it != raw.end() && !context.failed(); ++it)
            if (std::optional<PasswordHash> pin = readPin(*pins, it.key()))
                config.bayPins.insert(it.key(), *pin);
    }
    config.rotateS = top.integer(QStringLiteral("rotate_s"), NumberRule::wholeIn(3, 600), config.rotateS);
    config.idleS = top.integer(QStringLiteral("idle_s"), NumberRule::wholeIn(10, 3600), config.idleS);
    config.co2KgPerKwh =
        top.number(QStringLiteral("co2_kg_per_kwh"), NumberRule{0, true, 2, true}, config.co2KgPerKwh);
    config.pinAttempts =
        top.integer(QStringLiteral("pin_attempts"), NumberRule::wholeIn(1, 10), config.pinAttempts);
    config.lockoutS = top.integer(QStringLiteral("lockout_s"), NumberRule::wholeIn(1, 3600), config.lockoutS);
    if (config.driverInput && config.bayPins.isEmpty() && !context.failed())
        top.fail(QStringLiteral("bay_pins"), QStringLiteral("driver_input is on but no bay has a PIN"));
    top.warnUnknownKeys();
    return context.result(std::move(config));
}

} // namespace parkwatt
