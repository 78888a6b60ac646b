import { expireOffers } from "./waitlist-offers";

const MINUTE = 60_000;

/**
 * Lapses unanswered waitlist offers about once a minute while the server runs, so
 * an unanswered offer passes to the next person without anyone visiting. Every
 * instance may run it: expiry locks rows and skips ones another instance holds.
 */
export function startOfferSweeper(): void {
  const holder = globalThis as typeof globalThis & { __canopyOfferSweeper?: NodeJS.Timeout };
  if (holder.__canopyOfferSweeper) return;
  holder.__canopyOfferSweeper = setInterval(() => {
    expireOffers().catch((error: unknown) => console.error("[offer sweeper] failed", error));
  }, MINUTE);
  holder.__canopyOfferSweeper.unref();
}
