import { manualPaymentProvider } from "./manual-provider";
import type { PaymentProvider } from "./provider";

const providers: Record<string, PaymentProvider> = { [manualPaymentProvider.name]: manualPaymentProvider };

/** The provider new payments use. A card processor would be registered and chosen here. */
export function activePaymentProvider(): PaymentProvider {
  return manualPaymentProvider;
}

export function paymentProvider(name: string): PaymentProvider | undefined {
  return providers[name];
}

export type { PaymentProvider } from "./provider";
