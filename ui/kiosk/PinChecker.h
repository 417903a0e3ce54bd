#pragma once
// Checks PINs typed on the kiosk without freezing it: each check runs PBKDF2 on a worker thread
// and answers with checked(). Guesses are limited per PIN (a bay, the manager): after
// `attempts` wrong PINs in a row the next check waits `lockoutS`, doubling with every further miss.

#include "security/PasswordHash.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

namespace parkwatt {

class PinChecker : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Accepted, Wrong, Locked };
    Q_ENUM(Outcome)

    PinChecker(int attempts, int lockoutS, QObject* parent = nullptr);

    // Checks `pin` against `hash` for `key` ("bay:L1-04", "manager"); checked() follows.
    void check(const QString& key, const PasswordHash& hash, const QString& pin);
    // Seconds until `key` may be tried again (0: now).
    int waitS(const QString& key) const;
    bool isChecking() const { return m_pending > 0; }

signals:
    void checked(const QString& key, parkwatt::PinChecker::Outcome outcome);

private:
    struct Misses {
        int inRow = 0;
        int lockouts = 0;
        QElapsedTimer since;
        qint64 waitMs = 0;
    };
    void record(const QString& key, bool accepted);

    int m_attempts;
    int m_lockoutS;
    int m_pending = 0;
    QHash<QString, Misses> m_misses;
};

} // namespace parkwatt
