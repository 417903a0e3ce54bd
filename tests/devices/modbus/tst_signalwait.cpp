// SignalWait: resumes once, on the signal or the timeout, and survives what QCoro 0.8's
// qCoro(sender, signal, timeout) does not: a signal emitted twice before the first delivery (its
// second queued call runs on the destroyed awaiter; under the asan preset that is a
// heap-use-after-free), and a sender deleted while awaited.

#include "devices/modbus/SignalWait.h"

#include <QCoro/QCoroTask>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <memory>

using namespace parkwatt;
using std::chrono::milliseconds;

namespace {

class Emitter : public QObject {
    Q_OBJECT
signals:
    void done();
};

QCoro::Task<bool> awaitDone(Emitter* emitter, int timeoutMs, int* resumes)
{
    const bool fired = co_await SignalWait(emitter, &Emitter::done, milliseconds(timeoutMs));
    ++*resumes;
    // Reuse the memory the awaiter held, so a late call into it would read garbage.
    for (int i = 0; i < 64; ++i)
        std::make_unique<char[]>(256)[0] = 1;
    co_return fired;
}

} // namespace

class TstSignalWait : public QObject {
    Q_OBJECT
private slots:
    void aSignalEmittedTwiceResumesOnce()
    {
        Emitter emitter;
        int resumes = 0;
        auto wait = awaitDone(&emitter, 5000, &resumes);
        QTimer::singleShot(0, &emitter, [&] {
            emit emitter.done();
            emit emitter.done();
        });
        QVERIFY(QCoro::waitFor(wait));
        QTest::qWait(50); // let any queued leftovers run
        QCOMPARE(resumes, 1);
    }

    void theTimeoutResumesWithFalse()
    {
        Emitter emitter;
        int resumes = 0;
        QVERIFY(!QCoro::waitFor(awaitDone(&emitter, 20, &resumes)));
        emit emitter.done(); // too late: nothing left to resume
        QTest::qWait(20);
        QCOMPARE(resumes, 1);
    }

    void aDeletedSenderResumesWithFalse()
    {
        auto emitter = std::make_unique<Emitter>();
        int resumes = 0;
        auto wait = awaitDone(emitter.get(), 5000, &resumes);
        QTimer::singleShot(0, [&] { emitter.reset(); });
        QVERIFY(!QCoro::waitFor(wait));
        QCOMPARE(resumes, 1);
    }
};

QTEST_GUILESS_MAIN(TstSignalWait)
#include "tst_signalwait.moc"
