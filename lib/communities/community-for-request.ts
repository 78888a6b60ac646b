import "server-only";
import { cache } from "react";
import { getViewer } from "../server/session";
import { type CommunityPublicView, findCommunityBySlug } from "./queries";
import { slugParam } from "./schemas";

/** The community a raw URL segment names, as `viewerId` sees it; a malformed slug is simply not found. */
export const communityByRawSlug = cache(async (rawSlug: string, viewerId: string | null): Promise<CommunityPublicView | null> => {
  const slug = slugParam.safeParse(decodeURIComponent(rawSlug));
  return slug.success ? findCommunityBySlug(slug.data, viewerId) : null;
});

/**
 * The community named in the URL, as the current viewer sees it — read once per
 * request however many layouts and pages ask.
 */
export const communityForRequest = cache(async (rawSlug: string): Promise<CommunityPublicView | null> =>
  communityByRawSlug(rawSlug, (await getViewer())?.id ?? null),
);
