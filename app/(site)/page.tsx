import { HomeContent } from "@/components/home/home-content";
import { getViewer } from "@/lib/server/session";

export default async function HomePage() {
  return <HomeContent signedIn={(await getViewer()) !== null} />;
}
