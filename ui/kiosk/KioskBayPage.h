#pragma once
// One bay as its driver sees it after tapping its number: what the car is doing, its charge, and
// when it will be ready; where the site allows it, a button to change departure, target and V2B
// consent (behind the bay's PIN). Shows no names, plates or session ids.

#include "garage/BayStatus.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace parkwatt {

class KioskFigures;

class KioskBayPage : public QWidget {
    Q_OBJECT
public:
    explicit KioskBayPage(KioskFigures& figures, QWidget* parent = nullptr);

    void showBay(int row, bool driverMayChange);
    // "Bay 14, level 1".
    static QString titleOf(const QString& bayId);
    int row() const { return m_row; }
    // A line under the figures (the outcome of a change), cleared by the next showBay().
    void setNotice(const QString& text);
    QString stateText() const;
    QString readyText() const;
    QString notice() const;
    QPushButton* changeButton() const { return m_change; }
    QPushButton* backButton() const { return m_back; }

signals:
    void changeRequested(int row);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    QString stateLine(const BayStatus& bay) const;
    QString chargeLine(const BayStatus& bay) const;
    QString readyLine(const BayStatus& bay) const;

    KioskFigures& m_figures;
    int m_row = -1;
    bool m_driverMayChange = false;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_charge;
    QLabel* m_chargeCaption;
    QLabel* m_ready;
    QLabel* m_notice;
    QPushButton* m_change;
    QPushButton* m_back;
};

} // namespace parkwatt
