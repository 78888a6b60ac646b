import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { CardQuery } from "../../lib/analytics/card-query";
import { activationFunnel } from "../../lib/analytics/activation-funnel";
import { activeMembers } from "../../lib/analytics/active-members";
import { churn } from "../../lib/analytics/churn";
import { cohortRetention } from "../../lib/analytics/cohort-retention";
import { referralWaves } from "../../lib/analytics/referral-waves";
import { activeMembersFromEvents, cohortRetentionFromEvents } from "../../lib/analytics/reference-activity";
import { activationFunnelFromEvents, churnFromEvents, referralWavesFromEvents } from "../../lib/analytics/reference-members";
import { percentile } from "./load";

// Database time per Insights card (the card's own queries through the app's Prisma
// client, so driver overhead is included), against the plain-SQL reference that
// computes the same numbers from the raw tables.

type Card = (db: PrismaClient, query: CardQuery) => Promise<unknown>;
export const benchCards: [string, Card, Card][] = [
  ["cohort retention", cohortRetention, cohortRetentionFromEvents],
  ["active members", activeMembers, activeMembersFromEvents],
  ["churn", churn, churnFromEvents],
  ["activation funnel", activationFunnel, activationFunnelFromEvents],
  ["referral waves", referralWaves, referralWavesFromEvents],
];

export type Timing = { p50: number; p95: number; runs: number };

export async function time(work: () => Promise<unknown>, runs: number, warmup = 2): Promise<Timing> {
  for (let index = 0; index < warmup; index += 1) await work();
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs };
}

export const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;

/** Average cost of one activity event with and without the rollup triggers (rolled back afterwards). */
export async function maintenanceCost(db: PrismaClient, communityId: string, userIds: string[], events: number) {
  const insertOneByOne = async (withTriggers: boolean) => {
    let elapsed = 0;
    try {
      await db.$transaction(
        async (tx) => {
          if (!withTriggers) await tx.$executeRawUnsafe(`ALTER TABLE activity_events DISABLE TRIGGER analytics_events_inserted`);
          const started = performance.now();
          for (let index = 0; index < events; index += 1) {
            const userId = userIds[index % userIds.length] ?? null;
            // Spread over the last 60 days, as a day of real traffic would hit old and new periods.
            await tx.$executeRaw`INSERT INTO activity_events (community_id, user_id, kind, occurred_at)
              VALUES (${communityId}::uuid, ${userId}::uuid, 'VISITED', now() - make_interval(days => ${index % 60}))`;
          }
          elapsed = performance.now() - started;
          throw new Rollback();
        },
        { timeout: 600_000 },
      );
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return elapsed / events;
  };
  const without = await insertOneByOne(false);
  const withRollups = await insertOneByOne(true);
  const bulk = async (withTriggers: boolean) => {
    let elapsed = 0;
    try {
      await db.$transaction(
        async (tx) => {
          if (!withTriggers) await tx.$executeRawUnsafe(`ALTER TABLE activity_events DISABLE TRIGGER analytics_events_inserted`);
          const started = performance.now();
          await tx.$executeRaw`INSERT INTO activity_events (community_id, user_id, kind, occurred_at)
            SELECT ${communityId}::uuid, u, 'POSTED', now() - make_interval(days => (i % 60)::int)
              FROM unnest(${userIds}::uuid[]) WITH ORDINALITY AS t(u, i), generate_series(1, 10) g`;
          elapsed = performance.now() - started;
          throw new Rollback();
        },
        { timeout: 600_000 },
      );
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return elapsed / (userIds.length * 10);
  };
  return { without, withRollups, bulkWithout: await bulk(false), bulkWith: await bulk(true) };
}

class Rollback extends Error {}
