"use client";

import { useEffect } from "react";

/**
 * Tells the server the page was seen, once it is on screen. A beacon rather than
 * a write during rendering, so link prefetching never counts as a visit.
 */
export function VisitBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    void fetch(`/api/communities/${encodeURIComponent(slug)}/visit`, { method: "POST", keepalive: true, headers: { "content-type": "application/json" }, body: "{}" }).catch(
      () => undefined,
    );
  }, [slug]);
  return null;
}
