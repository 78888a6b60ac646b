import { afterEach, describe, expect, it, vi } from "vitest";
import { communityOfSlug } from "../../lib/communities/scope";
import { AppError } from "../../lib/server/errors";
import { sharedPrismaClient } from "../../lib/server/prisma";
import { createTestCommunity } from "../factories/communities";
import { uniqueToken } from "../factories/unique";

// communityOfSlug remembers the id behind an existing slug for a minute (slugs are
// never changed by the app). The tests change a slug behind its back, with SQL, to
// see what is remembered and for how long.

const db = sharedPrismaClient();

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "found";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe("communityOfSlug", () => {
  it("finds a community by its slug and remembers it for a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const community = await createTestCommunity();
    await expect(communityOfSlug(community.slug)).resolves.toBe(community.id);

    const renamed = `renamed-${uniqueToken()}`;
    await db.$executeRaw`UPDATE communities SET slug = ${renamed} WHERE id = ${community.id}::uuid`;
    vi.setSystemTime(Date.now() + 59_000);
    await expect(communityOfSlug(community.slug)).resolves.toBe(community.id);

    vi.setSystemTime(Date.now() + 2_000);
    expect(await codeOf(communityOfSlug(community.slug))).toBe("not_found");
    await expect(communityOfSlug(renamed)).resolves.toBe(community.id);
  });

  it("does not remember a slug that does not exist", async () => {
    const community = await createTestCommunity();
    const slug = `later-${uniqueToken()}`;
    expect(await codeOf(communityOfSlug(slug))).toBe("not_found");
    expect(await codeOf(communityOfSlug(slug))).toBe("not_found");
    await db.$executeRaw`UPDATE communities SET slug = ${slug} WHERE id = ${community.id}::uuid`;
    await expect(communityOfSlug(slug)).resolves.toBe(community.id);
  });
});
