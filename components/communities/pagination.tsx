import Link from "next/link";

/** Previous/next links that keep the other search parameters. */
export function Pagination({ page, pages, href, labels }: { page: number; pages: number; href: (page: number) => string; labels: { previous: string; next: string; status: string } }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.status} className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-canopy-700 underline underline-offset-4">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600">{labels.status}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-canopy-700 underline underline-offset-4">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
