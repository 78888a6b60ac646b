import { recordVisitMutation } from "@/lib/activity/mutations";
import { runRouteMutation } from "@/lib/server/run-route-mutation";

// POST /api/communities/<slug>/visit — sent by the community page once it is shown.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return runRouteMutation(recordVisitMutation, request, { slug: (await params).slug });
}
