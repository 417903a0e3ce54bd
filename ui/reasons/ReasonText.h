#pragma once
// Why a charger gets its power, in the user's language. The engine writes its reasons in English
// on purpose ("needs 12.5 kWh: 7.4 kW"): they are recorded in CSV and SQLite and sent over the API.
// The control room recognises each shape the engine can write (control/Dispatcher, MeterLossGuard,
// BayOverrides), rebuilds it from a translated template (context "ReasonText") and writes its
// numbers in the current default QLocale. Clock times and names are kept as written.

#include <QString>

namespace parkwatt {

// The reason in the current language; text of a shape not known here is returned as it is
// (with no translator installed, every known reason comes back unchanged too, locale aside).
QString localizedReason(const QString& englishReason);

// Whether every part of the reason matches a known shape (tests: a new reason in the engine
// needs its pattern here).
bool isKnownReason(const QString& englishReason);

} // namespace parkwatt
