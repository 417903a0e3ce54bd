#pragma once
// `co_await SignalWait(sender, &Sender::signal, timeout)`: true when the signal came, false on
// the timeout or when the sender is gone. Replaces QCoro 0.8's qCoro(sender, signal, timeout),
// which resumes through a queued call bound to its awaiter: a signal emitted twice before the
// first call runs (QModbusReply::finished after two errors, stateChanged Closing -> Unconnected)
// leaves a second call that runs on the destroyed awaiter, a crash found by tst_misbehavingserver.
// Here every callback is bound to a context object the awaiter owns, so Qt drops whatever is
// still queued when the awaiter goes; and the coroutine resumes from the event loop, never inside
// the sender's emit (QModbusTcpClient is mid-parse there).

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <coroutine>
#include <memory>

namespace parkwatt {

template <typename Sender, typename Signal> class SignalWait {
public:
    SignalWait(Sender* sender, Signal signal, std::chrono::milliseconds timeout)
        : m_state(std::make_unique<State>())
    {
        m_state->sender = sender;
        m_state->signal = signal;
        m_state->timeout = timeout;
    }

    bool await_ready() const noexcept { return m_state->sender.isNull(); }
    void await_suspend(std::coroutine_handle<> coroutine)
    {
        State* state = m_state.get(); // stays put when the awaiter is moved
        state->coroutine = coroutine;
        QObject::connect(state->sender.data(), state->signal, &state->context,
                         [state] { state->finish(true); });
        QObject::connect(state->sender.data(), &QObject::destroyed, &state->context,
                         [state] { state->finish(false); });
        state->timer.setSingleShot(true);
        QObject::connect(&state->timer, &QTimer::timeout, &state->context, [state] { state->finish(false); });
        state->timer.start(state->timeout);
    }
    bool await_resume() const noexcept { return m_state->fired; }

private:
    struct State {
        QPointer<Sender> sender;
        Signal signal{};
        std::chrono::milliseconds timeout{0};
        QObject context;
        QTimer timer;
        std::coroutine_handle<> coroutine;
        bool done = false;
        bool fired = false;

        void finish(bool hasFired)
        {
            if (done)
                return;
            done = true;
            fired = hasFired;
            timer.stop();
            if (sender)
                QObject::disconnect(sender.data(), nullptr, &context, nullptr);
            QMetaObject::invokeMethod(
                &context, [handle = coroutine] { handle.resume(); }, Qt::QueuedConnection);
        }
    };
    std::unique_ptr<State> m_state;
};

} // namespace parkwatt
