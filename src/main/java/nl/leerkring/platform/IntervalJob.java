package nl.leerkring.platform;

import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

/**
 * What the background jobs share: a non-persistent interval timer every so many minutes (0 or less
 * switches the job off), and a part of a round that may fail on its own, logged, for the next round
 * to try again.
 */
public final class IntervalJob {

    private IntervalJob() {
    }

    /** Starts the job's timer, first after one interval; answers whether it runs at all. */
    public static boolean every(TimerService timers, int minutes) {
        if (minutes <= 0) {
            return false;
        }
        long interval = minutes * 60_000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
        return true;
    }

    /** Runs one part of a round; logs how many mails it queued, or its failure without passing it on. */
    public static void runAlone(Logger log, String what, IntSupplier work) {
        try {
            int queued = work.getAsInt();
            if (queued > 0) {
                log.info(() -> queued + " " + what + " queued");
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Queueing " + what + " failed; the next round tries again", e);
        }
    }
}
