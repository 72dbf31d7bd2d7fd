#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace dw {

// Wakes a live run that is waiting for its next round, at once and from any thread (the GUI's
// "apply now", a benchmark). Not for signal handlers: they set the run's cancel flag, which the
// waiting run checks between short waits.
class WakeSignal
{
public:
    void wake()
    {
        {
            std::lock_guard lock(m_mutex);
            m_woken = true;
        }
        m_condition.notify_all();
    }

    // Waits up to `ms` for a wake; true (and the wake consumed) when one came.
    bool waitFor(int ms)
    {
        std::unique_lock lock(m_mutex);
        const bool woken = m_condition.wait_for(
            lock, std::chrono::milliseconds(ms), [this] { return m_woken; });
        m_woken = false;
        return woken;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_condition;
    bool m_woken = false;
};

} // namespace dw
