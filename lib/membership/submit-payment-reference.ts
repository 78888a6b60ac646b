import { db } from "../server/db";
import { AppError } from "../server/errors";

/** The payer notes how they paid (e.g. a transfer memo) so an admin can match it. */
export async function submitPaymentReference(params: { paymentId: string; payerId: string; reference: string }): Promise<void> {
  const updated = await db.payment.updateMany({
    where: { id: params.paymentId, payerId: params.payerId, status: "PENDING" },
    data: { reference: params.reference },
  });
  if (updated.count === 0) throw new AppError("not_found");
}
