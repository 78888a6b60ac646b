import { seededRandom } from "../../prisma/seed/random";

// The synthetic community's members, planned in memory (referral waves need each
// inviter's wave, which is sequential), then bulk-loaded by data-synth.ts.
// Deterministic: the same options always give the same community.

export const DAY_MS = 24 * 60 * 60 * 1000;
export type PlannedMember = {
  index: number;
  joinedAt: Date;
  isPaid: boolean;
  entryPath: "OPEN" | "APPLICATION" | "INVITATION";
  node: number | null;
  inviter: number | null;
  wave: number;
  left: { at: Date; status: "LEFT" | "REMOVED" | "BANNED"; reason: string | null } | null;
  /** How engaged this person is (scales their weekly activity). */
  engagement: number;
};

const reasons = ["moved away", "no time", "not what I expected", "too many messages", "搬家了", "工作太忙", null, null];

export function planMembers(options: { members: number; days: number; nodes: number; now: Date; seed: number }): PlannedMember[] {
  const random = seededRandom(options.seed);
  const start = options.now.getTime() - options.days * DAY_MS;
  // Growth: later days get more joiners (density rises linearly from 0.4 to 1.6),
  // weekends a little more than weekdays (people browse communities at the weekend).
  const weights: number[] = [];
  for (let day = 0; day < options.days; day += 1) {
    const weekday = new Date(start + day * DAY_MS).getUTCDay();
    weights.push((0.4 + (1.2 * day) / options.days) * (weekday === 0 || weekday === 6 ? 1.3 : 1));
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const joinDays: number[] = [];
  for (const [day, weight] of weights.entries()) {
    const count = Math.round((weight / total) * options.members);
    for (let index = 0; index < count && joinDays.length < options.members; index += 1) joinDays.push(day);
  }
  while (joinDays.length < options.members) joinDays.push(options.days - 1);

  const planned: PlannedMember[] = [];
  for (let index = 0; index < options.members; index += 1) {
    const day = joinDays[index] ?? 0;
    const joinedAt = new Date(start + (day + random()) * DAY_MS);
    // Referrals: early members mostly came on their own; later ones are often invited
    // by someone who joined before them, who tends to be recent (friends of friends).
    const isInvited = index > 20 && random() < 0.45;
    const inviter = isInvited ? Math.max(0, index - 1 - Math.floor(index * random() ** 2)) : null;
    const wave = inviter === null ? 0 : (planned[inviter]?.wave ?? 0) + 1;
    const isPaid = random() < (isInvited ? 0.25 : 0.4);
    const entryPath = isInvited ? "INVITATION" : random() < 0.7 ? "APPLICATION" : "OPEN";
    const node = random() < 0.85 ? Math.floor(random() * options.nodes) : null;
    const engagement = 0.4 + random() * 1.2;
    let left: PlannedMember["left"] = null;
    if (random() < (isPaid ? 0.12 : 0.25)) {
      const at = joinedAt.getTime() + (7 + random() * 200) * DAY_MS;
      if (at < options.now.getTime() - DAY_MS) {
        const roll = random();
        const status = roll < 0.8 ? "LEFT" : roll < 0.95 ? "REMOVED" : "BANNED";
        left = { at: new Date(at), status, reason: reasons[Math.floor(random() * reasons.length)] ?? null };
      }
    }
    planned.push({ index, joinedAt, isPaid, entryPath, node, inviter, wave, left, engagement });
  }
  return planned;
}

export const SYNTH_SLUG = "synthetic-community";
export const SYNTH_OWNER_EMAIL = "synth-owner@synthetic.invalid";
export const SYNTHETIC_MARK = "canopy-synthetic";
