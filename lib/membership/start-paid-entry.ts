import type { DbClient } from "../server/prisma";
import { activePaymentProvider } from "./payments";
import type { EntryConfig } from "./entry-config";

/**
 * A paid entry waits for its fee: the request is an application in
 * AWAITING_PAYMENT with a pending payment. The seat is taken only when the
 * payment is confirmed (lib/membership/confirm-payment.ts).
 */
export async function createPendingPayment(
  tx: DbClient,
  params: { config: EntryConfig; payerId: string; applicationId: string },
): Promise<{ paymentId: string }> {
  const provider = activePaymentProvider();
  const payment = await tx.payment.create({
    data: {
      communityId: params.config.id,
      payerId: params.payerId,
      applicationId: params.applicationId,
      provider: provider.name,
      amountMinor: params.config.feeAmountMinor,
      currency: params.config.feeCurrency,
      // One payment per entry request, however often the request is retried.
      idempotencyKey: `entry:${params.applicationId}`,
    },
    select: { id: true },
  });
  await provider.begin({
    paymentId: payment.id,
    amountMinor: params.config.feeAmountMinor,
    currency: params.config.feeCurrency,
    communityName: params.config.name,
  });
  return { paymentId: payment.id };
}
