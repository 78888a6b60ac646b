import { joinMutation } from "@/lib/membership/mutations";
import { runRouteMutation } from "@/lib/server/run-route-mutation";

// POST /api/communities/<slug>/join {"rulesVersion": 1} — the JSON form of "Join".
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return runRouteMutation(joinMutation, request, { slug: (await params).slug });
}
