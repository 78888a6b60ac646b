import { inTransaction } from "../server/transaction";
import { AppError } from "../server/errors";

/** The applicant takes back an application still in review or waiting for payment. */
export async function withdrawApplication(params: { applicationId: string; userId: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: params.applicationId, applicantId: params.userId, status: { in: ["PENDING", "AWAITING_PAYMENT"] } },
      data: { status: "WITHDRAWN" },
    });
    if (updated.count === 0) throw new AppError("not_found");
    await tx.payment.updateMany({ where: { applicationId: params.applicationId, status: "PENDING" }, data: { status: "FAILED" } });
  });
}
