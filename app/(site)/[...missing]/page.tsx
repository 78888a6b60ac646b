import { notFound } from "next/navigation";

// Unknown URLs get the not-found page inside the site's layout (header, language)
// rather than a root not-found page, which Next would render into every page,
// cached anonymous ones included, and which would have to read the session.
export default function MissingPage() {
  notFound();
}
