package id.sinergi.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client address in fixed windows. Throttling the address rather than locking
 * the account means a stranger guessing the admin's password cannot lock the admin out. In memory: each
 * node of a cluster counts on its own, so an attacker gets at most the limit times the number of nodes.
 */
@Component
class LoginThrottle {

    // Bounds the memory an attacker with many addresses can make us spend; expired windows go first.
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final long windowMillis;
    private final Clock clock;

    LoginThrottle(SecuritySettings settings, Clock clock) {
        this.maxFailures = Math.max(1, settings.loginFailuresPerMinute());
        this.windowMillis = settings.loginFailureWindow().toMillis();
        this.clock = clock;
    }

    /** Empty when the address may try to log in, else how long it must wait. */
    Optional<Duration> retryAfter(String address) {
        Window window = windows.get(address);
        return window == null ? Optional.empty() : window.retryAfter(clock.millis());
    }

    void failed(String address) {
        long now = clock.millis();
        if (windows.size() >= MAX_TRACKED_ADDRESSES) {
            windows.values().removeIf(w -> w.expired(now));
        }
        windows.computeIfAbsent(address, a -> new Window(now)).fail(now);
    }

    private final class Window {
        private long startedAt;
        private int failures;

        Window(long now) {
            this.startedAt = now;
        }

        synchronized void fail(long now) {
            if (expired(now)) {
                startedAt = now;
                failures = 0;
            }
            failures++;
        }

        synchronized Optional<Duration> retryAfter(long now) {
            if (expired(now) || failures < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(startedAt + windowMillis - now));
        }

        synchronized boolean expired(long now) {
            return now - startedAt >= windowMillis;
        }
    }
}
