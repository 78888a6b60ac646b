import "server-only";
import { isSlugTaken } from "./queries";
import { deriveSlug, SLUG_PATTERN } from "./slug";

export type SlugSuggestion = { slug: string; isValid: boolean; isAvailable: boolean };

/** The slug a name would get (or the one typed), and whether it can be used. */
export async function suggestSlug(params: { name: string; slug?: string }): Promise<SlugSuggestion> {
  const slug = params.slug ?? deriveSlug(params.name);
  const isValid = SLUG_PATTERN.test(slug);
  return { slug, isValid, isAvailable: isValid && !(await isSlugTaken(slug)) };
}
