#pragma once
// The overrides of the bay in detail: charge now at full power, pause, release. Enabled for
// operators whose role may override and only while a car is plugged in; a click sends the command
// to the engine (which checks the role again and records it in the audit trail) and the bar shows
// the engine's answer. Without an engine attached, the buttons say why they are disabled.

#include "engine/SiteControl.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace parkwatt {

class BayOverrideBar : public QWidget {
    Q_OBJECT
public:
    explicit BayOverrideBar(QWidget* parent = nullptr);

    // The engine the commands go to and who gives them (null: overrides unavailable).
    void setControl(SiteControl* control, const Operator& by);
    // The bay now in detail (empty: none) and whether a car is plugged in there.
    void showBay(const QString& bayId, bool carPlugged);

    const QList<QPushButton*>& buttons() const { return m_buttons; }
    QPushButton* button(BayOverride kind) const;
    // "Override: charge now by maria", the last answer, or a hint.
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void send(BayOverride kind);
    void updateState();

    SiteControl* m_control = nullptr;
    Operator m_operator;
    QString m_bayId;
    bool m_carPlugged = false;
    quint64 m_pendingRequest = 0;
    QString m_lastError;
    QList<QPushButton*> m_buttons;
    QLabel* m_status;
};

} // namespace parkwatt
