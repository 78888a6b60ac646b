// Runs once when the server starts: refuse to serve without a session secret in
// production (with a message that says what to do), and start the waitlist offer
// sweeper.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resolveAuthSecret } = await import("./lib/server/auth-secret");
  resolveAuthSecret();
  const { startOfferSweeper } = await import("./lib/membership/offer-sweeper");
  startOfferSweeper();
}
