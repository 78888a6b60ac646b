import type { NextRequest } from "next/server";
import { z } from "zod";
import { suggestSlug } from "@/lib/communities/suggest-slug";

const query = z.object({
  name: z.string().max(200).default(""),
  slug: z.string().trim().toLowerCase().min(1).max(60).optional(),
});

export async function GET(request: NextRequest): Promise<Response> {
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return Response.json({ error: "invalid_value" }, { status: 400 });
  return Response.json(await suggestSlug(parsed.data), { headers: { "Cache-Control": "no-store" } });
}
