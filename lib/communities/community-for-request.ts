import "server-only";
import { cache } from "react";
import { getViewer } from "../server/session";
import { type CommunityPublicView, findCommunityBySlug } from "./queries";
import { slugParam } from "./schemas";

/**
 * The community named in the URL, as the current viewer sees it — read once per
 * request however many layouts and pages ask. A malformed slug is simply not found.
 */
export const communityForRequest = cache(async (rawSlug: string): Promise<CommunityPublicView | null> => {
  const slug = slugParam.safeParse(decodeURIComponent(rawSlug));
  if (!slug.success) return null;
  const viewer = await getViewer();
  return findCommunityBySlug(slug.data, viewer?.id ?? null);
});
