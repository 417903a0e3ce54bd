// SiteControl over the live engine in this program, on the real stack: the demo garage served by
// parkwatt-sim on loopback Modbus, recorded into a real SQLite file. Commands are checked against
// the operator's role in the engine, act on the chargers, and land in the audit trail; device
// faults, policy changes and overrides show as events that a manager acknowledges.

#include "config/PolicyJson.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"
#include "storage/TimeSeriesReader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace parkwatt;

namespace {

const Operator kManager{QStringLiteral("maria"), UserRole::Manager};
const Operator kViewer{QStringLiteral("lobby"), UserRole::Viewer};

// Waits for the answer to one command.
CommandResult answerOf(SiteControl& control, quint64 requestId)
{
    std::optional<CommandResult> answer;
    const auto connection = QObject::connect(&control, &SiteControl::commandFinished, &control,
                                             [&](quint64 id, const CommandResult& r) {
                                                 if (id == requestId)
                                                     answer = r;
                                             });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 5000);
    QObject::disconnect(connection);
    return answer.value_or(CommandResult{false, QStringLiteral("no answer within 5 s")});
}

// The cycle after the next one (the first that dispatched with what was just changed).
PublishedCycle cycleAfterNext(SiteControl& control)
{
    QSignalSpy cycles(&control, &SiteControl::cyclePublished);
    cycles.wait(5000);
    if (!cycles.wait(5000))
        return {};
    return cycles.last().at(0).value<PublishedCycle>();
}

int auditCount(const QString& db, const QString& action, const QString& actor)
{
    StorageError error;
    const auto reader = TimeSeriesReader::open(db, &error);
    if (!reader)
        return -1;
    return int(reader->connection()
                   .queryInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = '%1' AND actor = '%2'")
                                 .arg(action, actor)
                                 .toUtf8()
                                 .constData())
                   .value_or(-1));
}

QString lastAuditDetail(const QString& db, const char* action)
{
    StorageError error;
    const auto reader = TimeSeriesReader::open(db, &error);
    if (!reader)
        return {};
    SqliteStatement q =
        reader->connection().prepare("SELECT detail FROM audit WHERE action = ? ORDER BY seq DESC LIMIT 1");
    q.bind(1, QString::fromLatin1(action));
    return q.step() == SQLITE_ROW ? q.text(0) : QString();
}

} // namespace

class TstLiveSiteControl : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<LiveDemo> m_demo;
    QString m_db;

    LiveSiteControl& control() { return *m_demo->control(); }

    // A bay with a car that charges now (midday of the demo day: there are several).
    QString pluggedBay()
    {
        const PublishedCycle cycle = m_demo->engine()->lastPublished();
        for (size_t c = 0; c < cycle.sensed.chargers.size(); ++c)
            if (cycle.sensed.chargers[c].plugged && cycle.sensed.chargers[c].capacityKwh > 0 &&
                cycle.sensed.chargers[c].energyKwh < cycle.sensed.chargers[c].capacityKwh - 5)
                return m_demo->site().site.chargers[c].id;
        return {};
    }
    int indexOf(const QString& bay) const
    {
        const auto& chargers = m_demo->site().site.chargers;
        for (size_t c = 0; c < chargers.size(); ++c)
            if (chargers[c].id == bay)
                return int(c);
        return -1;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<CommandResult>();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.speed = 1;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 11 * 3600;
        options.databasePath = m_db;
        options.faults = {QStringLiteral("L2-20-evse:silence")};
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(m_demo->control());
        QSignalSpy cycles(m_demo->control(), &SiteControl::cyclePublished);
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 2, 15000);
    }

    void describesTheEngineAndItsDatabase()
    {
        QVERIFY(control().isConnected());
        QCOMPARE(control().databasePath(), m_db);
        QVERIFY(control().description().contains(QStringLiteral("demo")));
        QCOMPARE(control().devices().size(), m_demo->site().devices.size());
    }

    void aViewerIsRefusedByTheEngineAndNothingChanges()
    {
        const QString bay = pluggedBay();
        QVERIFY(!bay.isEmpty());
        const CommandResult overridden =
            answerOf(control(), control().overrideBay(bay, BayOverride::Pause, kViewer));
        QVERIFY(!overridden.ok);
        QVERIFY2(overridden.error.contains(QStringLiteral("viewer")), qPrintable(overridden.error));
        QVERIFY(control().overrides().empty());

        Policy edited = control().policy();
        edited.peakShaving.enabled = !edited.peakShaving.enabled;
        const Policy before = control().policy();
        const CommandResult applied = answerOf(control(), control().applyPolicy(edited, kViewer));
        QVERIFY(!applied.ok);
        QVERIFY(control().policy() == before);
        QVERIFY(!answerOf(control(), control().acknowledgeEvent(1, kViewer)).ok);
    }

    // Every command with every role, checked in the engine: a role that may not gets "may not"
    // naming it and the site is unchanged; a role that may is not refused for its role (it may
    // still fail for another reason, e.g. nothing to undo). Releases and undoes what it did.
    void everyCommandWithEveryRole_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("permitted");
        const QStringList commands{QStringLiteral("apply_policy"), QStringLiteral("undo_policy"),
                                   QStringLiteral("override"), QStringLiteral("acknowledge"),
                                   QStringLiteral("update_session")};
        for (const QString& command : commands)
            for (const UserRole role :
                 {UserRole::Viewer, UserRole::Manager, UserRole::Installer, UserRole::Admin}) {
                bool permitted = true;
                if (command == QLatin1String("apply_policy") || command == QLatin1String("undo_policy"))
                    permitted = mayChangePolicy(role);
                else if (command == QLatin1String("override"))
                    permitted = mayOverrideBays(role);
                else if (command == QLatin1String("acknowledge"))
                    permitted = mayAcknowledge(role);
                else
                    permitted = mayUpdateSessions(role);
                QTest::addRow("%s by %s", qPrintable(command), qPrintable(roleName(role)))
                    << command << int(role) << permitted;
            }
    }

    void everyCommandWithEveryRole()
    {
        QFETCH(QString, command);
        QFETCH(int, role);
        QFETCH(bool, permitted);
        const Operator who{QStringLiteral("matrix"), UserRole(role)};
        const QString bay = pluggedBay();
        QVERIFY(!bay.isEmpty());
        const Policy before = control().policy();
        CommandResult result;
        if (command == QLatin1String("apply_policy")) {
            Policy edited = before;
            edited.selfSufficiency.enabled = !edited.selfSufficiency.enabled;
            result = answerOf(control(), control().applyPolicy(edited, who));
            if (result.ok)
                QVERIFY(answerOf(control(), control().undoPolicy(who)).ok);
        } else if (command == QLatin1String("undo_policy")) {
            result = answerOf(control(), control().undoPolicy(who));
        } else if (command == QLatin1String("override")) {
            result = answerOf(control(), control().overrideBay(bay, BayOverride::Pause, who));
            if (result.ok)
                QVERIFY(answerOf(control(), control().overrideBay(bay, BayOverride::None, who)).ok);
        } else if (command == QLatin1String("acknowledge")) {
            result = answerOf(control(), control().acknowledgeEvent(987654, who));
        } else {
            DriverInput input;
            input.departureMs = m_demo->engine()->lastPublished().applied.timeMs + 6 * 3600 * 1000;
            result = answerOf(control(), control().updateSession(bay, input, who));
        }
        const bool refusedForRole = !result.ok && result.error.contains(QStringLiteral("may not"));
        if (command == QLatin1String("update_session") && result.ok) {
            // Audited with the session's wishes before and after.
            QTRY_VERIFY_WITH_TIMEOUT(
                lastAuditDetail(m_db, "session.update").contains(QStringLiteral("\"after\"")), 5000);
            const QString detail = lastAuditDetail(m_db, "session.update");
            QVERIFY2(detail.contains(QStringLiteral("\"before\"")) &&
                         detail.contains(QStringLiteral("min_energy_kwh")),
                     qPrintable(detail));
        }
        QCOMPARE(refusedForRole, !permitted);
        if (!permitted) {
            QVERIFY2(result.error.contains(roleName(UserRole(role))), qPrintable(result.error));
            QVERIFY(control().policy() == before);
            QVERIFY(control().overrides().empty());
        }
    }

    void theAnswerComesAfterTheCallReturns()
    {
        QSignalSpy answers(&control(), &SiteControl::commandFinished);
        const quint64 id = control().undoPolicy(kViewer);
        QCOMPARE(answers.count(), 0); // queued, as over a network
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, 2000);
        QCOMPARE(answers.at(0).at(0).toULongLong(), id);
    }

    void pauseHoldsTheBayAtZeroAndChargeNowGivesFullPower()
    {
        const QString bay = pluggedBay();
        QVERIFY(!bay.isEmpty());
        const int c = indexOf(bay);

        QSignalSpy overridesChanged(&control(), &SiteControl::overridesChanged);
        const CommandResult paused =
            answerOf(control(), control().overrideBay(bay, BayOverride::Pause, kManager));
        QVERIFY2(paused.ok, qPrintable(paused.error));
        QVERIFY(overridesChanged.count() >= 1);
        QCOMPARE(control().overrides().at(bay), BayOverride::Pause);
        PublishedCycle cycle = cycleAfterNext(control());
        QCOMPARE(cycle.commanded.chargerKw.at(size_t(c)), 0.0);
        QVERIFY2(cycle.commanded.chargerReasons.at(size_t(c)).contains(QStringLiteral("paused by maria")),
                 qPrintable(cycle.commanded.chargerReasons.at(size_t(c))));

        const CommandResult now =
            answerOf(control(), control().overrideBay(bay, BayOverride::ChargeNow, kManager));
        QVERIFY2(now.ok, qPrintable(now.error));
        // Full power once the dispatcher's rate limit lets the setpoint change (at most every 10 s).
        const double full = m_demo->site().site.chargers.at(size_t(c)).maxChargeKw;
        QSignalSpy cycles(&control(), &SiteControl::cyclePublished);
        QTRY_VERIFY_WITH_TIMEOUT(
            !cycles.isEmpty() &&
                cycles.last().at(0).value<PublishedCycle>().commanded.chargerKw.at(size_t(c)) >= full - 0.05,
            15000);
        cycle = cycles.last().at(0).value<PublishedCycle>();
        QVERIFY2(cycle.commanded.chargerKw.at(size_t(c)) >= full - 0.05,
                 qPrintable(QStringLiteral("%1 kW of %2 kW: %3")
                                .arg(cycle.commanded.chargerKw.at(size_t(c)))
                                .arg(full)
                                .arg(cycle.commanded.chargerReasons.at(size_t(c)))));
        QVERIFY(cycle.commanded.chargerReasons.at(size_t(c)).contains(QStringLiteral("charge now")));
        // Never above the connection: the grid stays within its import limit.
        QVERIFY(cycle.applied.gridKw <= m_demo->site().site.grid.importLimitKw + 0.5);

        QVERIFY(answerOf(control(), control().overrideBay(bay, BayOverride::None, kManager)).ok);
        QVERIFY(control().overrides().empty());
        QTRY_VERIFY_WITH_TIMEOUT(
            auditCount(m_db, QStringLiteral("bay.override"), QStringLiteral("maria")) == 3, 5000);
    }

    void aBayWithoutACarCannotBeOverridden()
    {
        const PublishedCycle cycle = m_demo->engine()->lastPublished();
        QString freeBay;
        for (size_t c = 0; c < cycle.sensed.chargers.size() && freeBay.isEmpty(); ++c)
            if (!cycle.sensed.chargers[c].plugged && cycle.sensed.chargers[c].online)
                freeBay = m_demo->site().site.chargers[c].id;
        QVERIFY(!freeBay.isEmpty());
        const CommandResult r =
            answerOf(control(), control().overrideBay(freeBay, BayOverride::ChargeNow, kManager));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(freeBay), qPrintable(r.error));
        QVERIFY(
            !answerOf(control(), control().overrideBay(QStringLiteral("Z99"), BayOverride::Pause, kManager))
                 .ok);
    }

    void policyApplyAndUndoAreEventsAndAudited()
    {
        const Policy before = control().policy();
        Policy edited = before;
        edited.backup.batteryReservePct = before.backup.batteryReservePct >= 50 ? 20 : 60;
        QSignalSpy changes(&control(), &SiteControl::policyChanged);
        QVERIFY(answerOf(control(), control().applyPolicy(edited, kManager)).ok);
        QCOMPARE(changes.count(), 1);
        QVERIFY(control().policy() == edited);
        QVERIFY(control().canUndoPolicy());
        QVERIFY(answerOf(control(), control().undoPolicy(kManager)).ok);
        QVERIFY(control().policy() == before);
        const auto events = control().events();
        QVERIFY(std::count_if(events.begin(), events.end(), [](const EngineEvent& e) {
                    return e.source == QStringLiteral("policy") &&
                           e.message.contains(QStringLiteral("maria"));
                }) >= 2);
        Policy invalid = before;
        invalid.peakShaving.enabled = true;
        invalid.peakShaving.importLimitKw = -5;
        const CommandResult refused = answerOf(control(), control().applyPolicy(invalid, kManager));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("limit")), qPrintable(refused.error));
        // The apply and the undo, each with before and after.
        QTRY_COMPARE_WITH_TIMEOUT(auditCount(m_db, QStringLiteral("policy.change"), QStringLiteral("maria")),
                                  2, 5000);
    }

    void aSilentChargerIsAnAlarmThatAManagerAcknowledgesOnce()
    {
        const auto isSilentCharger = [](const EngineEvent& e) {
            return e.source == QStringLiteral("device.L2-20-evse") && e.active();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto events = control().events();
                return std::any_of(events.begin(), events.end(), isSilentCharger);
            }(),
            10000);
        const auto events = control().events();
        const EngineEvent alarm = *std::find_if(events.begin(), events.end(), isSilentCharger);
        QCOMPARE(alarm.severity, EventSeverity::Alarm);
        const auto devices = control().devices();
        QVERIFY(std::any_of(devices.begin(), devices.end(), [](const DeviceStatus& d) {
            return d.id == QStringLiteral("L2-20-evse") && !d.online && !d.fault.isEmpty();
        }));

        QSignalSpy changed(&control(), &SiteControl::eventsChanged);
        QVERIFY(answerOf(control(), control().acknowledgeEvent(alarm.id, kManager)).ok);
        QVERIFY(changed.count() >= 1);
        const EngineEvent* acked = control().eventLog().find(alarm.id);
        QVERIFY(acked && acked->acknowledgedAt && acked->acknowledgedBy == QStringLiteral("maria"));
        const CommandResult again = answerOf(control(), control().acknowledgeEvent(alarm.id, kManager));
        QVERIFY(!again.ok);
        QVERIFY(again.error.contains(QStringLiteral("maria")));
        QTRY_VERIFY_WITH_TIMEOUT(
            auditCount(m_db, QStringLiteral("event.acknowledge"), QStringLiteral("maria")) == 1, 5000);
    }

    // Device health as the Devices page shows it: every device polled, answering with a round-trip
    // time; the silenced charger counted in errors; firmware read from those whose profile has it.
    void devicesReportHealthRoundTripAndFirmware()
    {
        std::vector<DeviceStatus> devices;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                devices = control().devices();
                return std::any_of(devices.begin(), devices.end(),
                                   [](const DeviceStatus& d) { return !d.firmware.isEmpty(); });
            }(),
            10000);
        int withFirmware = 0;
        for (const DeviceStatus& d : devices) {
            QVERIFY2(d.requests > 0, qPrintable(d.id));
            if (d.id == QStringLiteral("L2-20-evse")) {
                QVERIFY(!d.online);
                QCOMPARE(d.errors, d.requests); // silent from the start
                QVERIFY(!d.roundTripMs);
                continue;
            }
            QVERIFY2(d.online, qPrintable(d.id + QStringLiteral(": ") + d.fault));
            QVERIFY(d.roundTripMs && *d.roundTripMs > 0 && *d.roundTripMs < 1000);
            QVERIFY(d.lastAnswerMs);
            QVERIFY(!d.model.isEmpty());
            QVERIFY(d.address.startsWith(QStringLiteral("127.0.0.1:")));
            if (!d.firmware.isEmpty()) {
                QCOMPARE(d.firmware, QStringLiteral(PARKWATT_VERSION)); // what parkwatt-sim presents
                ++withFirmware;
            }
        }
        QVERIFY(withFirmware >= 1);
        const int before = devices.front().requests;
        // The next readings show in the health (within a few cycles on a loaded machine: a cycle
        // took 0.9 s in CI, and health is taken as the cycle ends).
        QTRY_VERIFY_WITH_TIMEOUT(control().devices().front().requests > before, 10000);
    }

    void cleanupTestCase()
    {
        QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
        QSignalSpy connection(m_demo->control(), &SiteControl::connectionChanged);
        m_demo->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
        QCOMPARE(connection.count(), 1);
        QVERIFY(!m_demo->control()->isConnected());
    }
};

QTEST_GUILESS_MAIN(TstLiveSiteControl)
#include "tst_livesitecontrol.moc"
