import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

// Client components only receive the catalog namespaces they use, so pages do not
// ship every message to the browser. Nested providers replace, not merge, so
// each one lists everything its subtree needs ("common" and "errors" always).
export async function ClientMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  const picked = Object.fromEntries(["common", "errors", ...namespaces].map((namespace) => [namespace, messages[namespace as keyof Messages]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
