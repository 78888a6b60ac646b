// Entry fees go through a payment provider. Canopy ships a provider that works
// offline — the payer transfers the fee the way many WeChat groups do today and an
// owner or admin confirms receipt — and the interface is ready for a card processor
// (which would confirm through a signed webhook instead of a person).

export type PaymentStart = {
  paymentId: string;
  amountMinor: number;
  currency: string;
  communityName: string;
};

export type PaymentNextStep =
  /** Show the payer how to pay; someone confirms receipt later. */
  | { kind: "instructions" }
  /** Send the payer to the processor's hosted page. */
  | { kind: "redirect"; url: string };

export interface PaymentProvider {
  readonly name: string;
  /** Who confirms a payment: a person in the community, or the processor's webhook. */
  readonly confirmedBy: "community-admin" | "webhook";
  begin(start: PaymentStart): Promise<PaymentNextStep>;
}
