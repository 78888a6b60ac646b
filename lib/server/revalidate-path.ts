import "server-only";
import { revalidatePath } from "next/cache";
import { anonymousRendersAffectedBy } from "./anonymous-pages";

/**
 * Revalidates a path a mutation changed — a route pattern such as "/c/[slug]"
 * covers every page under it — together with the cached anonymous renders of the
 * same public pages.
 */
export function revalidatePathAndAnonymousRenders(path: string): void {
  if (path.includes("[")) revalidatePath(path, "layout");
  else revalidatePath(path);
  const anonymous = anonymousRendersAffectedBy(path);
  for (const cached of anonymous.paths) revalidatePath(cached);
  if (anonymous.everyCommunityPage) revalidatePath("/anonymous/[locale]/c/[slug]", "page");
}
