#pragma once
// Sign-in for the control room without freezing it: each request opens the site database's
// UserDirectory on a worker thread (a password check costs about a second by design) and
// answers with a signal. One request at a time.

#include "engine/Operator.h"
#include "security/PasswordHash.h"

#include <QObject>
#include <QString>

namespace parkwatt {

class SignInService : public QObject {
    Q_OBJECT
public:
    explicit SignInService(QString databasePath, int iterations = PasswordHash::kDefaultIterations,
                           QObject* parent = nullptr);

    void checkForUsers();
    void signIn(const QString& name, const QString& password);
    void createFirstAdmin(const QString& name, const QString& password);
    bool isBusy() const { return m_busy; }
    const QString& databasePath() const { return m_path; }

signals:
    void usersChecked(bool hasUsers, const QString& error);
    void signedIn(const parkwatt::Operator& who);
    // Not signed in: why, and how long until the next try (0: now).
    void refused(const QString& why, qint64 waitMs);

private:
    template <typename Work, typename Done> void run(Work work, Done done);

    QString m_path;
    int m_iterations;
    bool m_busy = false;
};

} // namespace parkwatt
