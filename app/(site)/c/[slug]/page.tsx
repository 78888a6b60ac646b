import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommunityOverview } from "@/components/communities/community-overview";
import { communityForRequest } from "@/lib/communities/community-for-request";
import { getViewer } from "@/lib/server/session";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const community = await communityForRequest((await params).slug);
  return community ? { title: community.name, description: community.purpose } : {};
}

export default async function CommunityPage({ params }: Params) {
  const community = await communityForRequest((await params).slug);
  if (!community) notFound();
  return <CommunityOverview community={community} viewer={await getViewer()} />;
}
