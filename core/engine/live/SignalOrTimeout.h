#pragma once
// `co_await SignalOrTimeout(sender, &Sender::signal, ms)`: resumes the awaiting coroutine exactly
// once, at the first emission of the signal or when the time is up, and says which (true: the
// signal). QCoro 0.8's qCoro(sender, signal, timeout) resumes through a queued connection per
// emission, so a signal emitted twice before the first delivery resumes a finished await (a crash
// seen with many devices reporting at once); here a shared, once-only state absorbs the extras.

#include <QObject>
#include <QTimer>
#include <coroutine>
#include <memory>

namespace parkwatt {

template <typename Sender, typename Signal> class SignalOrTimeout {
public:
    SignalOrTimeout(Sender* sender, Signal signal, int timeoutMs)
        : m_sender(sender)
        , m_signal(signal)
        , m_timeoutMs(std::max(0, timeoutMs))
        , m_state(std::make_shared<State>())
    {
    }

    bool await_ready() const noexcept { return false; }

    void await_suspend(std::coroutine_handle<> awaiting)
    {
        m_state->awaiting = awaiting;
        std::shared_ptr<State> state = m_state;
        state->connection = QObject::connect(
            m_sender, m_signal, m_sender, [state](auto&&...) { state->resume(true); }, Qt::QueuedConnection);
        QTimer::singleShot(m_timeoutMs, m_sender, [state] { state->resume(false); });
    }

    bool await_resume() const noexcept { return m_state->bySignal; }

private:
    struct State {
        std::coroutine_handle<> awaiting;
        QMetaObject::Connection connection;
        bool done = false;
        bool bySignal = false;

        void resume(bool signalled)
        {
            if (done)
                return;
            done = true;
            bySignal = signalled;
            QObject::disconnect(connection);
            awaiting.resume();
        }
    };

    Sender* m_sender;
    Signal m_signal;
    int m_timeoutMs;
    std::shared_ptr<State> m_state;
};

} // namespace parkwatt
