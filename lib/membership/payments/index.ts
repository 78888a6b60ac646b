import { manualPaymentProvider } from "./manual-provider";
import type { PaymentProvider } from "./provider";

/** The provider new payments use. A card processor would be added and chosen here. */
export function activePaymentProvider(): PaymentProvider {
  return manualPaymentProvider;
}

export type { PaymentProvider } from "./provider";
