#include "SignedInStation.h"

#include <QApplication>

using namespace parkwatt;

SignedInStation::SignedInStation(const QString& databasePath, const QString& siteName, int idleLogoffMs,
                                 MakeStation make, RecordAccess record, QObject* parent)
    : QObject(parent)
    , m_siteName(siteName)
    , m_make(std::move(make))
    , m_record(std::move(record))
    , m_service(databasePath)
    , m_idle(idleLogoffMs)
{
    connect(&m_idle, &IdleLogoff::idle, this, &SignedInStation::idle);
    connect(&m_service, &SignInService::usersChecked, this, [this](bool hasUsers, const QString& error) {
        if (!error.isEmpty()) {
            emit abandoned(error);
            return;
        }
        ask(hasUsers ? SignInDialog::Mode::SignIn : SignInDialog::Mode::FirstAdmin, QString());
    });
}

SignedInStation::~SignedInStation() = default;

void SignedInStation::begin()
{
    m_service.checkForUsers();
}

void SignedInStation::ask(SignInDialog::Mode mode, const QString& name)
{
    m_dialog = std::make_unique<SignInDialog>(m_service, mode, m_siteName);
    m_dialog->prefill(name);
    connect(m_dialog.get(), &SignInDialog::signedIn, this, &SignedInStation::signedIn);
    connect(m_dialog.get(), &QDialog::rejected, this, [this] {
        if (!m_station)
            emit abandoned(tr("nobody signed in"));
    });
    m_dialog->show();
}

void SignedInStation::signedIn(const Operator& who)
{
    // Another operator gets their own pages; the same one finds theirs as they left them.
    if (!m_station || who.name != m_who.name || who.role != m_who.role) {
        std::unique_ptr<Station> previous = std::move(m_station);
        m_station = m_make(who);
        m_station->show(); // before the dialog and the old window close: never no window at all
        emit stationReady(*m_station);
    } else {
        m_station->show();
    }
    m_who = who;
    m_record(who, QStringLiteral("session.sign_in"));
    m_idle.start();
}

void SignedInStation::idle()
{
    if (!m_station)
        return;
    m_record(m_who, QStringLiteral("session.idle_logoff"));
    // The sign-in first, then the site out of sight: nothing shown or commanded until someone
    // signs in (and the program always has a window, so it does not take this for quitting).
    ask(SignInDialog::Mode::SignIn, m_who.name);
    m_station->window().hide();
}
