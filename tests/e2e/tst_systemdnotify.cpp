// End to end: `parkwattd run` speaks systemd's notify protocol as packaging/parkwattd.service
// (Type=notify, WatchdogSec=, NotifyAccess=main) expects. The test plays systemd: it binds the
// AF_UNIX datagram socket named by NOTIFY_SOCKET, starts the engine on the demo garage that
// parkwatt-sim serves on loopback, and checks READY=1 (with a STATUS=) arrives once the engine
// runs, WATCHDOG=1 keeps arriving at half of WATCHDOG_USEC, every message comes from the main
// process, and SIGTERM brings STOPPING=1 before a clean exit. Without WATCHDOG_USEC there are no
// watchdog pings.

#include "engine/live/LoopbackPorts.h"
#include "support/Processes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace parkwatt;
using parkwatt::test::writeFile;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kEngine = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");

QString readDemo(const QString& name)
{
    QFile f(QStringLiteral(":/parkwatt/demo/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Notification {
    QByteArray text;
    pid_t senderPid = 0;
    qint64 atMs = 0;
};

// The receiving end of NOTIFY_SOCKET, as systemd binds it: a datagram socket that also tells who
// sent each message (SO_PASSCRED), so NotifyAccess=main can be checked.
class NotifySocket {
public:
    explicit NotifySocket(const QString& path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        if (m_fd < 0 || encoded.size() >= qsizetype(sizeof(address.sun_path)))
            return;
        std::copy(encoded.begin(), encoded.end(), address.sun_path);
        const int on = 1;
        if (::setsockopt(m_fd, SOL_SOCKET, SO_PASSCRED, &on, sizeof on) != 0 ||
            ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        m_clock.start();
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    bool isValid() const { return m_fd >= 0; }

    // Every datagram waiting now, appended to received().
    const QList<Notification>& receive()
    {
        for (;;) {
            char buffer[4096];
            iovec io{buffer, sizeof buffer};
            alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
            msghdr message{};
            message.msg_iov = &io;
            message.msg_iovlen = 1;
            message.msg_control = control;
            message.msg_controllen = sizeof control;
            const ssize_t n = ::recvmsg(m_fd, &message, MSG_DONTWAIT);
            if (n < 0)
                break;
            Notification received{QByteArray(buffer, qsizetype(n)), 0, m_clock.elapsed()};
            for (cmsghdr* c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
                    ucred credentials{};
                    std::memcpy(&credentials, CMSG_DATA(c), sizeof credentials);
                    received.senderPid = credentials.pid;
                }
            }
            m_received.append(received);
        }
        return m_received;
    }

    // The messages so far that hold `line` as one of their lines.
    QList<Notification> with(const QByteArray& line)
    {
        QList<Notification> found;
        for (const Notification& n : receive())
            if (n.text.split('\n').contains(line))
                found.append(n);
        return found;
    }

    QByteArray transcript()
    {
        QByteArray all;
        for (const Notification& n : receive())
            all += QByteArray::number(n.atMs) + " ms [pid " + QByteArray::number(n.senderPid) +
                   "]: " + QByteArray(n.text).replace('\n', " | ") + '\n';
        return all;
    }

private:
    QString m_path;
    int m_fd = -1;
    QElapsedTimer m_clock;
    QList<Notification> m_received;
};

} // namespace

class TstSystemdNotify : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_site;
    QProcess m_sim;

    // parkwattd run on the demo site with systemd's environment; empty watchdogUsec: no watchdog.
    void startEngine(QProcess& engine, const QString& notifySocket, const QByteArray& watchdogUsec)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), notifySocket);
        env.remove(QStringLiteral("WATCHDOG_PID"));
        env.remove(QStringLiteral("WATCHDOG_USEC"));
        if (!watchdogUsec.isEmpty())
            env.insert(QStringLiteral("WATCHDOG_USEC"), QString::fromLatin1(watchdogUsec));
        engine.setProcessEnvironment(env);
        engine.setProcessChannelMode(QProcess::MergedChannels);
        engine.start(kEngine, {QStringLiteral("run"), QStringLiteral("--site"), m_site,
                               QStringLiteral("--lock-dir"), m_dir.path(), QStringLiteral("--cycle-ms"),
                               QStringLiteral("500")});
    }

    static void stopEngine(QProcess& engine)
    {
        if (engine.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(engine.processId()), SIGTERM);
        if (!engine.waitForFinished(20000)) {
            engine.kill();
            engine.waitForFinished();
        }
    }

private slots:
    void initTestCase()
    {
#if !PARKWATT_HAVE_SYSTEMD
        QSKIP("parkwattd was built without libsystemd (PARKWATT_SYSTEMD), so it cannot notify systemd");
#endif
        QVERIFY(m_dir.isValid());
        m_site = writeFile(m_dir, QStringLiteral("site.json"),
                           QString::fromUtf8(withDevicesOnFreeLoopbackPorts(
                               readDemo(QStringLiteral("demo-site.json")).toUtf8())));
        const QString scenario = writeFile(m_dir, QStringLiteral("demo-garage.json"),
                                           readDemo(QStringLiteral("demo-garage.json")));
        QVERIFY(!m_site.isEmpty() && !scenario.isEmpty());
        m_sim.setProcessChannelMode(QProcess::MergedChannels);
        m_sim.start(kSim, {QStringLiteral("--site"), m_site, QStringLiteral("--scenario"), scenario,
                           QStringLiteral("--speed"), QStringLiteral("5"), QStringLiteral("--start-at"),
                           QStringLiteral("12:00")});
        QByteArray said;
        // It announces every device it serves; the demo's last is L2-20's charger.
        QTRY_VERIFY2_WITH_TIMEOUT((said += m_sim.readAll()).contains("serving L2-20-evse"), said.constData(),
                                  20000);
    }

    void cleanupTestCase()
    {
        if (m_sim.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_sim.processId()), SIGTERM);
            if (!m_sim.waitForFinished(10000))
                m_sim.kill();
        }
    }

    void readyWatchdogAndStopping()
    {
        NotifySocket socket(m_dir.filePath(QStringLiteral("notify")));
        QVERIFY(socket.isValid());
        QProcess engine;
        // 3 s: the engine pings every 1.5 s.
        startEngine(engine, m_dir.filePath(QStringLiteral("notify")), "3000000");
        QVERIFY(engine.waitForStarted());
        const auto pid = pid_t(engine.processId());

        QTRY_VERIFY2_WITH_TIMEOUT(!socket.with("READY=1").isEmpty(), socket.transcript().constData(), 30000);
        const Notification ready = socket.with("READY=1").first();
        QVERIFY2(ready.text.contains("\nSTATUS=controlling "), ready.text.constData());

        // The watchdog keeps being fed after READY=1: at least three more pings, none further
        // apart than the 3 s that systemd would allow.
        const qint64 readyAt = ready.atMs;
        const auto pingsAfterReady = [&] {
            QList<qint64> at;
            for (const Notification& n : socket.with("WATCHDOG=1"))
                if (n.atMs >= readyAt)
                    at.append(n.atMs);
            return at;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(pingsAfterReady().size() >= 3, socket.transcript().constData(), 15000);
        const QList<qint64> pings = pingsAfterReady();
        for (qsizetype i = 1; i < pings.size(); ++i)
            QVERIFY2(pings[i] - pings[i - 1] < 3000, socket.transcript().constData());

        ::kill(pid, SIGTERM);
        QTRY_VERIFY2_WITH_TIMEOUT(!socket.with("STOPPING=1").isEmpty(), socket.transcript().constData(), 15000);
        // The event loop above may already have seen it end (waitForFinished is false then).
        QVERIFY(engine.state() == QProcess::NotRunning || engine.waitForFinished(20000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);
        const QByteArray log = engine.readAll();
        QVERIFY2(log.contains("systemd watchdog: 3000 ms"), log.constData());

        // NotifyAccess=main: every message came from parkwattd itself.
        for (const Notification& n : socket.receive())
            QVERIFY2(n.senderPid == pid, socket.transcript().constData());
    }

    void noWatchdogPingsWithoutWatchdogUsec()
    {
        NotifySocket socket(m_dir.filePath(QStringLiteral("notify-nowatchdog")));
        QVERIFY(socket.isValid());
        QProcess engine;
        startEngine(engine, m_dir.filePath(QStringLiteral("notify-nowatchdog")), {});
        QVERIFY(engine.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(!socket.with("READY=1").isEmpty(), socket.transcript().constData(), 30000);
        QTest::qWait(2500);
        QVERIFY2(socket.with("WATCHDOG=1").isEmpty(), socket.transcript().constData());
        stopEngine(engine);
        QCOMPARE(engine.exitCode(), 0);
        QVERIFY(!socket.with("STOPPING=1").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSystemdNotify)
#include "tst_systemdnotify.moc"
