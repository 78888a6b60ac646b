import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "../server/authz";
import { getViewer } from "../server/session";
import type { Viewer } from "../server/viewer";
import { communityForRequest } from "./community-for-request";
import type { CommunityPublicView } from "./queries";

/**
 * For pages that only some members may open: anonymous visitors are sent to sign
 * in; signed-in people without the permission (including members of other
 * communities) get a 404, so the page's existence is not confirmed to them.
 */
export async function requireCommunityPermission(community: CommunityPublicView, permission: Permission, path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!can({ userId: viewer.id, communityRole: community.viewerRole }, permission)) notFound();
  return viewer;
}

/**
 * The community a settings page edits, for a viewer allowed to edit it. Every page
 * calls this itself: a layout's check does not run when only the page re-renders.
 */
export async function communityForSettings(rawSlug: string, path: string): Promise<{ community: CommunityPublicView; viewer: Viewer }> {
  const community = await communityForRequest(rawSlug);
  if (!community) notFound();
  const viewer = await requireCommunityPermission(community, "community.settings.edit", path);
  return { community, viewer };
}
