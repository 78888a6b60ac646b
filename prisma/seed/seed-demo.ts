import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ActivityKind, EntryPath } from "../../lib/generated/prisma/enums";
import { ruleList } from "../../lib/rules/schemas";
import { hashPassword } from "../../lib/auth/password";
import { createCommunity } from "../../lib/communities/create-community";
import { DEMO_PASSWORD, type DemoCommunity, demoCommunities, demoPeople, familyNames, givenNames } from "./demo-content";
import { pick, seededRandom } from "./random";

// The demo: the owner's three communities with twelve weeks of history. Keyed on
// the demo owner's email, so running it again changes nothing.

const DAY = 24 * 60 * 60 * 1000;
const WEEKS = 12;

export type SeedSummary = { created: boolean; users: number; communities: number; events: number };

type Person = { id: string; name: string };
type Event = { communityId: string; userId: string | null; kind: ActivityKind; occurredAt: Date; nodeId?: string | null };

export async function seedDemo(db: PrismaClient, now = new Date()): Promise<SeedSummary> {
  const existing = await db.user.findUnique({ where: { email: demoPeople.owner.email }, select: { id: true } });
  if (existing) return { created: false, users: 0, communities: 0, events: 0 };

  const random = seededRandom(20261124);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const start = new Date(now.getTime() - WEEKS * 7 * DAY);

  const createPerson = async (email: string, name: string, locale: "en" | "zh-CN", createdAt: Date): Promise<Person> =>
    db.user.create({ data: { email, name, locale, passwordHash, createdAt }, select: { id: true, name: true } });

  const owner = await createPerson(demoPeople.owner.email, demoPeople.owner.name, demoPeople.owner.locale, start);
  const admin = await createPerson(demoPeople.admin.email, demoPeople.admin.name, demoPeople.admin.locale, start);
  const member = await createPerson(demoPeople.member.email, demoPeople.member.name, demoPeople.member.locale, start);
  const crowd: Person[] = [];
  for (let index = 1; index <= 170; index += 1) {
    const name = `${pick(random, givenNames)} ${pick(random, familyNames)}`;
    const joined = new Date(start.getTime() + random() * (WEEKS * 7 - 1) * DAY);
    crowd.push(await createPerson(`member-${String(index).padStart(3, "0")}@canopy.demo`, name, random() < 0.4 ? "zh-CN" : "en", joined));
  }

  const events: Event[] = [];
  let crowdCursor = 0;
  for (const spec of demoCommunities) {
    const take = spec.members - 3;
    const people = crowd.slice(crowdCursor, crowdCursor + take);
    crowdCursor += Math.floor(take * 0.7); // communities share some members
    const outsiders = crowd.filter((person) => !people.includes(person));
    events.push(...(await seedCommunity(db, spec, { owner, admin, member, people, outsiders, start, now, random })));
  }

  for (let offset = 0; offset < events.length; offset += 5000) {
    await db.activityEvent.createMany({ data: events.slice(offset, offset + 5000) });
  }
  return { created: true, users: 3 + crowd.length, communities: demoCommunities.length, events: events.length };
}

type Cast = {
  owner: Person;
  admin: Person;
  member: Person;
  /** Who joins this community… */
  people: Person[];
  /** …and who is not in it (some of them apply). */
  outsiders: Person[];
  start: Date;
  now: Date;
  random: () => number;
};

async function seedCommunity(db: PrismaClient, spec: DemoCommunity, cast: Cast): Promise<Event[]> {
  const { owner, admin, member, people, start, now, random } = cast;
  const { id: communityId } = await createCommunity({
    ownerId: owner.id,
    name: spec.name,
    purpose: spec.purpose,
    language: spec.language,
    slug: spec.slug,
  });
  await db.community.update({
    where: { id: communityId },
    data: {
      description: spec.description,
      entryMode: spec.entryMode,
      feeAmountMinor: spec.feeAmountMinor,
      memberCap: spec.memberCap,
      invitationQuota: spec.invitationQuota,
      createdAt: start,
    },
  });
  await db.membership.updateMany({ where: { communityId }, data: { joinedAt: start, firstJoinedAt: start } });
  await db.activityEvent.updateMany({ where: { communityId }, data: { occurredAt: start } });

  for (const [index, culture] of spec.culture.entries()) {
    await db.cultureVersion.create({
      data: { communityId, version: index + 1, ...culture, authorId: owner.id, createdAt: new Date(start.getTime() + index * 30 * DAY) },
    });
  }
  const questions = [];
  for (const [position, question] of spec.questions.entries()) {
    questions.push(await db.entryQuestion.create({ data: { communityId, position, ...question } }));
  }
  // The demo's rules go through the engine's own validation, like the rule editor's.
  const rules = ruleList.parse(spec.rules);
  const ruleSet = await db.ruleSetVersion.create({
    data: {
      communityId,
      version: 1,
      publishedById: owner.id,
      publishedAt: start,
      rules: {
        create: rules.map((rule, position) => ({
          position,
          title: rule.title,
          explanation: rule.explanation,
          severity: rule.severity,
          checkKind: rule.check?.kind ?? null,
          checkParams: rule.check ? (rule.check.params as object) : undefined,
        })),
      },
    },
  });
  const nodes = [];
  for (const node of spec.nodes) nodes.push(await db.node.create({ data: { communityId, ...node, createdAt: start } }));

  const events: Event[] = [];
  const entryPath: EntryPath = spec.entryMode;
  type Joiner = { person: Person; role: "ADMIN" | "MEMBER"; joinedAt: Date };
  const firstJoiners: Joiner[] = [
    { person: admin, role: "ADMIN", joinedAt: new Date(start.getTime() + DAY) },
    { person: member, role: "MEMBER", joinedAt: new Date(start.getTime() + 3 * DAY) },
  ];
  const joiners: Joiner[] = [
    ...firstJoiners,
    ...people.map((person): Joiner => ({ person, role: "MEMBER", joinedAt: new Date(start.getTime() + random() * (WEEKS * 7 - 2) * DAY) })),
  ].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime());

  const waveOf = new Map<string, number>([[owner.id, 0]]);
  const inviters: Person[] = [owner];
  let active = 1;
  for (const [index, joiner] of joiners.entries()) {
    const isInvited = spec.entryMode === "INVITATION" || (index > 4 && random() < 0.35);
    const inviter = isInvited ? pick(random, inviters) : null;
    const invitation = inviter
      ? await db.invitation.create({
          data: {
            communityId,
            code: `demo${spec.key}${String(index).padStart(4, "0")}`,
            createdById: inviter.id,
            maxUses: 1,
            useCount: 1,
            createdAt: new Date(joiner.joinedAt.getTime() - 2 * DAY),
          },
        })
      : null;
    const isPaid = spec.feeAmountMinor > 0;
    const leaves = joiner.role === "MEMBER" && joiner.person.id !== member.id && random() < 0.12;
    const leftAt = leaves ? new Date(Math.min(now.getTime() - DAY, joiner.joinedAt.getTime() + (7 + random() * 40) * DAY)) : null;
    const node = nodes.length > 0 && random() < 0.8 ? pick(random, nodes) : null;
    const wave = inviter ? (waveOf.get(inviter.id) ?? 0) + 1 : 0;
    waveOf.set(joiner.person.id, wave);
    if (!leaves) inviters.push(joiner.person);

    const membership = await db.membership.create({
      data: {
        communityId,
        userId: joiner.person.id,
        role: joiner.role,
        status: leaves ? "LEFT" : "ACTIVE",
        entryPath: inviter && spec.entryMode !== "APPLICATION" ? "INVITATION" : entryPath,
        isPaid,
        invitedById: inviter?.id,
        invitationId: invitation?.id,
        referralWave: wave,
        nodeId: node?.id,
        acceptedRuleSetVersionId: ruleSet.id,
        joinedAt: joiner.joinedAt,
        firstJoinedAt: joiner.joinedAt,
        leftAt,
        leftReason: leaves ? "moved away" : null,
      },
    });
    if (!leaves) active += 1;

    if (inviter) events.push({ communityId, userId: inviter.id, kind: "INVITED", occurredAt: invitation!.createdAt });
    if (spec.entryMode === "APPLICATION") {
      const appliedAt = new Date(joiner.joinedAt.getTime() - 2 * DAY);
      await db.application.create({
        data: {
          communityId,
          applicantId: joiner.person.id,
          status: "APPROVED",
          invitationId: invitation?.id,
          submittedAt: appliedAt,
          decidedAt: new Date(joiner.joinedAt.getTime() - DAY),
          decidedById: owner.id,
          decisionReason: "欢迎加入！",
          answers: { create: questions.map((question) => ({ questionId: question.id, prompt: question.prompt, answer: "《百年孤独》，想找到一起读书的人。" })) },
        },
      });
      events.push({ communityId, userId: joiner.person.id, kind: "VIEWED", occurredAt: new Date(appliedAt.getTime() - DAY) });
      events.push({ communityId, userId: joiner.person.id, kind: "APPLIED", occurredAt: appliedAt });
      events.push({ communityId, userId: joiner.person.id, kind: "APPROVED", occurredAt: new Date(joiner.joinedAt.getTime() - DAY) });
    }
    if (isPaid) {
      await db.payment.create({
        data: {
          communityId,
          payerId: joiner.person.id,
          provider: "manual",
          amountMinor: spec.feeAmountMinor,
          currency: "CNY",
          status: "CONFIRMED",
          reference: `WeChat transfer ${index + 1}`,
          idempotencyKey: `demo-${spec.key}-${joiner.person.id}`,
          confirmedById: owner.id,
          confirmedAt: joiner.joinedAt,
          createdAt: joiner.joinedAt,
        },
      });
      events.push({ communityId, userId: joiner.person.id, kind: "PAID", occurredAt: joiner.joinedAt });
    }
    events.push({ communityId, userId: joiner.person.id, kind: "JOINED", occurredAt: joiner.joinedAt, nodeId: node?.id });
    if (leftAt) events.push({ communityId, userId: joiner.person.id, kind: "LEFT", occurredAt: leftAt, nodeId: node?.id });
    events.push(...weeklyActivity({ communityId, userId: membership.userId, nodeId: node?.id ?? null, from: joiner.joinedAt, to: leftAt ?? now, isPaid, random }));
  }
  await db.community.update({ where: { id: communityId }, data: { memberCount: active } });

  // Applications still waiting, and two that were turned down, for the review queue.
  if (spec.entryMode === "APPLICATION") {
    const outsiders = cast.outsiders.slice(0, 6);
    for (const [index, applicant] of outsiders.entries()) {
      const isPending = index < 4;
      const submittedAt = new Date(now.getTime() - (index + 1) * DAY);
      await db.application.create({
        data: {
          communityId,
          applicantId: applicant.id,
          status: isPending ? "PENDING" : "REJECTED",
          submittedAt,
          decidedAt: isPending ? null : new Date(submittedAt.getTime() + DAY / 2),
          decidedById: isPending ? null : owner.id,
          decisionReason: isPending ? null : "这次的名额已满，欢迎下一期再来。",
          answers: { create: questions.map((question) => ({ questionId: question.id, prompt: question.prompt, answer: "《三体》。希望每周都能读完一本书。" })) },
        },
      });
      events.push({ communityId, userId: applicant.id, kind: "APPLIED", occurredAt: submittedAt });
    }
  }

  // Anonymous visitors who looked at the public page.
  for (let day = 0; day < WEEKS * 7; day += 1) {
    const views = Math.floor(random() * 6);
    for (let view = 0; view < views; view += 1) {
      events.push({ communityId, userId: null, kind: "VIEWED", occurredAt: new Date(start.getTime() + (day + random()) * DAY) });
    }
  }

  for (const [index, body] of spec.posts.entries()) {
    await db.post.create({
      data: { communityId, authorId: index === 0 ? owner.id : member.id, body, bodyHash: `demo-${spec.key}-${index}`, createdAt: new Date(now.getTime() - (index + 1) * 2 * DAY) },
    });
  }
  return events;
}

/** Visits and posts, week by week; paid members stay active longer (the "chasm"). */
function weeklyActivity(params: {
  communityId: string;
  userId: string;
  nodeId: string | null;
  from: Date;
  to: Date;
  isPaid: boolean;
  random: () => number;
}): Event[] {
  const { communityId, userId, nodeId, from, to, isPaid, random } = params;
  const events: Event[] = [];
  const base = isPaid ? 0.85 : 0.7;
  const decay = isPaid ? 0.97 : 0.9;
  for (let week = 0; from.getTime() + week * 7 * DAY < to.getTime(); week += 1) {
    if (random() > base * decay ** week) continue;
    const visits = 1 + Math.floor(random() * 4);
    for (let visit = 0; visit < visits; visit += 1) {
      const occurredAt = new Date(from.getTime() + (week * 7 + random() * 7) * DAY);
      if (occurredAt >= to) continue;
      events.push({ communityId, userId, kind: random() < 0.25 ? "POSTED" : "VISITED", occurredAt, nodeId });
    }
  }
  return events;
}
