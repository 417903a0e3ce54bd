#include "access/SignInService.h"

#include "security/UserDirectory.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace parkwatt {

namespace {

struct Answer {
    enum class Kind { Users, SignedIn, Refused } kind = Kind::Refused;
    bool hasUsers = false;
    Operator who;
    QString why;
    qint64 waitMs = 0;
};

TimeMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString waitText(qint64 waitMs)
{
    return SignInService::tr("Too many failed sign-ins: wait %n second(s) before the next try.", nullptr,
                             int((waitMs + 999) / 1000));
}

} // namespace

SignInService::SignInService(QString databasePath, int iterations, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_iterations(iterations)
{
}

template <typename Work, typename Done> void SignInService::run(Work work, Done done)
{
    m_busy = true;
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, done] {
        m_busy = false;
        const Answer answer = watcher->result();
        watcher->deleteLater();
        done(answer);
    });
    watcher->setFuture(QtConcurrent::run(work));
}

void SignInService::checkForUsers()
{
    run(
        [path = m_path, iterations = m_iterations] {
            Answer a;
            StorageError error;
            auto users = UserDirectory::open(path, &error, iterations);
            if (!users) {
                a.why = error.toString();
                return a;
            }
            a.kind = Answer::Kind::Users;
            a.hasUsers = users->hasUsers();
            return a;
        },
        [this](const Answer& a) {
            emit usersChecked(a.hasUsers, a.kind == Answer::Kind::Users ? QString() : a.why);
        });
}

void SignInService::signIn(const QString& name, const QString& password)
{
    run(
        [path = m_path, iterations = m_iterations, name, password] {
            Answer a;
            StorageError error;
            auto users = UserDirectory::open(path, &error, iterations);
            if (!users) {
                a.why = error.toString();
                return a;
            }
            const SignInResult r = users->signIn(name, password, nowMs());
            switch (r.outcome) {
            case SignInResult::Outcome::SignedIn:
                a.kind = Answer::Kind::SignedIn;
                a.who = Operator{r.user->name, r.user->role};
                break;
            case SignInResult::Outcome::Wrong:
                a.why = tr("The name or the password is not right.");
                a.waitMs = r.waitMs;
                break;
            case SignInResult::Outcome::Wait:
                a.why = waitText(r.waitMs);
                a.waitMs = r.waitMs;
                break;
            case SignInResult::Outcome::Disabled:
                a.why = tr("This user is disabled: ask an administrator.");
                break;
            case SignInResult::Outcome::Failed:
                a.why = r.error;
                break;
            }
            return a;
        },
        [this](const Answer& a) {
            if (a.kind == Answer::Kind::SignedIn)
                emit signedIn(a.who);
            else
                emit refused(a.why, a.waitMs);
        });
}

void SignInService::createFirstAdmin(const QString& name, const QString& password)
{
    run(
        [path = m_path, iterations = m_iterations, name, password] {
            Answer a;
            StorageError error;
            auto users = UserDirectory::open(path, &error, iterations);
            if (!users) {
                a.why = error.toString();
                return a;
            }
            QString problem;
            if (!users->createFirstAdmin(name, password, nowMs(), &problem)) {
                a.why = problem;
                return a;
            }
            a.kind = Answer::Kind::SignedIn;
            a.who = Operator{name, UserRole::Admin};
            return a;
        },
        [this](const Answer& a) {
            if (a.kind == Answer::Kind::SignedIn)
                emit signedIn(a.who);
            else
                emit refused(a.why, 0);
        });
}

} // namespace parkwatt
