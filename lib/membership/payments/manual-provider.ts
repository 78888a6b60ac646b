import type { PaymentProvider } from "./provider";

/** The payer transfers the fee directly; an owner or admin confirms receipt in Canopy. */
export const manualPaymentProvider: PaymentProvider = {
  name: "manual",
  confirmedBy: "community-admin",
  async begin() {
    return { kind: "instructions" };
  },
};
