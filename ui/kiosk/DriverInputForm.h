#pragma once
// A driver's wishes for their car, set with big -/+ buttons (no keyboard): when they leave, how
// full they want the car, and, on a bidirectional charger, whether the building may borrow from it
// (V2B) and the charge it must never go below. Starts from what the engine has now.

#include "engine/live/SessionBook.h"
#include "garage/BayStatus.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace parkwatt {

class FigureFormat;

class DriverInputForm : public QWidget {
    Q_OBJECT
public:
    explicit DriverInputForm(QWidget* parent = nullptr);

    // Fills the form from the bay now; `nowMs` is the engine's time (departures come after it).
    void edit(const BayStatus& bay, TimeMs nowMs, const FigureFormat& format);
    DriverInput input() const;
    const QString& bayId() const { return m_bay.bayId; }

    // The controls, for tests and keyboard users.
    QPushButton* laterButton() const { return m_later; }
    QPushButton* earlierButton() const { return m_earlier; }
    QPushButton* moreButton() const { return m_more; }
    QPushButton* lessButton() const { return m_less; }
    QPushButton* consentButton() const { return m_consent; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* cancelButton() const { return m_cancel; }
    void setBusy(bool busy);

    static constexpr int kDepartureStepMin = 15;
    static constexpr double kTargetStepPct = 5;

signals:
    void submitted(const QString& bayId, const parkwatt::DriverInput& input);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    bool usesPercent() const { return m_bay.capacityKwh > 0; }
    void stepDeparture(int steps);
    void stepTarget(int steps);
    void stepFloor(int steps);
    void showValues();
    void retranslate();

    BayStatus m_bay;
    TimeMs m_nowMs = 0;
    int m_utcOffsetS = 0;
    TimeMs m_departureMs = 0;
    double m_targetKwh = 0;
    double m_floorKwh = 0;
    bool m_consentOn = false;

    QLabel* m_title;
    QLabel* m_departureCaption;
    QLabel* m_departure;
    QLabel* m_targetCaption;
    QLabel* m_target;
    QLabel* m_floorCaption;
    QLabel* m_floor;
    QPushButton* m_earlier;
    QPushButton* m_later;
    QPushButton* m_less;
    QPushButton* m_more;
    QPushButton* m_consent;
    QPushButton* m_floorLess;
    QPushButton* m_floorMore;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace parkwatt
