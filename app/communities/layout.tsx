import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function CommunitiesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["communities"]}>{children}</ClientMessages>;
}
