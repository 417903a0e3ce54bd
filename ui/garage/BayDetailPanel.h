#pragma once
// A bay in detail: its session (car, energy against target, departure, V2B consent), its power and
// the reason the engine gave for its setpoint, a chart of the session so far, and the overrides
// (charge now, pause, release) for operators whose role allows them.

#include "common/FigureFormat.h"
#include "garage/BayStatus.h"
#include "garage/SessionTraces.h"

#include <QWidget>
#include <map>
#include <optional>
#include <utility>
#include <vector>

class QLabel;
class QPushButton;

namespace parkwatt {

class BayOverrideBar;
class SessionChart;

class BayDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit BayDetailPanel(FigureFormat format, QWidget* parent = nullptr);

    // Shows this bay (nothing chosen: a hint).
    void showBay(const BayStatus& bay, const SessionTrace& trace);
    void showNothing();

    // A field's text ("state", "session", "energy", "departure", "outlook", "power", "setpoint",
    // "reason", "v2x"), for tests.
    QString field(const QString& key) const;
    const QList<QPushButton*>& overrideButtons() const;
    BayOverrideBar* overrideBar() const { return m_overrideBar; }
    const SessionChart* chart() const { return m_chart; }
    // A field's caption as shown ("Departure"), for tests.
    QString caption(const QString& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // The fields' keys and captions, in their order, in the current language.
    static std::vector<std::pair<QString, QString>> fieldCaptions();
    void addField(const QString& key);
    void retranslate();
    // The title and field texts of the bay shown (or the hint), in the current language.
    void writeFields();
    void writeBay(const BayStatus& bay);
    void writeNothing();

    FigureFormat m_format;
    std::optional<BayStatus> m_bay; // the bay shown, none: nothing chosen
    TimeMs m_sessionStartMs = 0;
    QLabel* m_title;
    QWidget* m_fields;
    std::map<QString, QLabel*> m_values;
    std::map<QString, QLabel*> m_captions;
    SessionChart* m_chart;
    BayOverrideBar* m_overrideBar;
};

} // namespace parkwatt
