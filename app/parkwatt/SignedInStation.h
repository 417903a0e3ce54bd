#pragma once
// The control room of a site with a database: nobody sees or commands the site before signing in
// as one of its users (the first start creates the administrator), and a control room left alone
// signs its operator off (--idle-logoff, 15 minutes by default) and asks again. Each sign-in,
// sign-off and idle log-off goes to the audit trail. The engine runs meanwhile: signing in or off
// never stops control.

#include "Stations.h"
#include "access/IdleLogoff.h"
#include "access/SignInDialog.h"
#include "access/SignInService.h"

#include <QObject>
#include <functional>
#include <memory>

class SignedInStation : public QObject {
    Q_OBJECT
public:
    using MakeStation = std::function<std::unique_ptr<Station>(const parkwatt::Operator&)>;
    using RecordAccess = std::function<void(const parkwatt::Operator&, const QString& action)>;

    SignedInStation(const QString& databasePath, const QString& siteName, int idleLogoffMs, MakeStation make,
                    RecordAccess record, QObject* parent = nullptr);
    ~SignedInStation() override;

    // Asks who is there (creating the administrator on a new database).
    void begin();
    Station* station() const { return m_station.get(); }
    parkwatt::SignInDialog* dialog() const { return m_dialog.get(); }

signals:
    // A station is up for a signed-in operator.
    void stationReady(Station& station);
    // The sign-in was closed without anyone signing in: the program ends.
    void abandoned(const QString& why);

private:
    void ask(parkwatt::SignInDialog::Mode mode, const QString& name);
    void signedIn(const parkwatt::Operator& who);
    void idle();

    QString m_siteName;
    MakeStation m_make;
    RecordAccess m_record;
    parkwatt::SignInService m_service;
    parkwatt::IdleLogoff m_idle;
    std::unique_ptr<parkwatt::SignInDialog> m_dialog;
    std::unique_ptr<Station> m_station;
    parkwatt::Operator m_who;
};
