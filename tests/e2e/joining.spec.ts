import { sharedPrismaClient } from "../../lib/server/prisma";
import { addMember, createTestCommunity } from "../factories/communities";
import { createUser } from "../factories/users";
import { expect, expectAccessible, signInAs, test, useLocale } from "./fixtures";

const db = sharedPrismaClient();

test.describe("joining", () => {
  test("an applicant applies with answers, the owner approves, and the member appears", async ({ page, browser, user: applicant }) => {
    const community = await createTestCommunity({ settings: { entryMode: "APPLICATION" } });
    await db.entryQuestion.createMany({
      data: [
        { communityId: community.id, position: 0, prompt: "What do you want to learn?", kind: "LONG_TEXT" },
        { communityId: community.id, position: 1, prompt: "Your pace", kind: "SINGLE_CHOICE", options: ["Easy", "Fast"] },
      ],
    });
    await db.ruleSetVersion.create({
      data: { communityId: community.id, version: 1, publishedById: community.owner.id, rules: { create: [{ position: 0, title: "Be kind" }] } },
    });

    await signInAs(page, applicant);
    await page.goto(`/c/${community.slug}`);
    await page.getByRole("link", { name: "Apply to join" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Apply to");
    await expectAccessible(page);
    // Without accepting the rules, nothing is sent.
    await page.getByLabel("What do you want to learn?").fill("Pacing for a half marathon.");
    await page.getByLabel("Your pace").selectOption("Easy");
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByText("Please read and accept the group rules.")).toBeVisible();
    await page.getByLabel("I have read the group rules above and accept them.").check();
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByText(/Your application is waiting for review/)).toBeVisible();

    const ownerPage = await (await browser.newContext()).newPage();
    await signInAs(ownerPage, community.owner);
    await ownerPage.goto(`/c/${community.slug}/manage/applications`);
    await expect(ownerPage.getByText("Pacing for a half marathon.")).toBeVisible();
    await expectAccessible(ownerPage);
    await ownerPage.getByLabel("Reason (shown to the applicant)").fill("Welcome aboard");
    await ownerPage.getByRole("button", { name: "Approve", exact: true }).click();
    // Decided applications leave the queue and are kept under "Decided", with the reason.
    await expect(ownerPage.getByText("Nothing here.")).toBeVisible();
    await ownerPage.getByRole("link", { name: "Decided" }).click();
    await expect(ownerPage.getByText(/Approved .* — Welcome aboard/)).toBeVisible();

    await ownerPage.goto(`/c/${community.slug}/manage/members`);
    await expect(ownerPage.getByText(applicant.email)).toBeVisible();
    await expectAccessible(ownerPage);

    await page.reload();
    await expect(page.getByText("You are a member (Member).")).toBeVisible();
    await page.goto("/me/notifications");
    await expect(page.getByText(/was approved\. Welcome!/)).toBeVisible();
    await expectAccessible(page);
    await page.goto("/me/applications");
    await expect(page.getByText("Pacing for a half marathon.")).toBeVisible();
  });

  test("在中文界面：邀请链接带来的朋友会记录邀请人", async ({ page, browser }) => {
    const community = await createTestCommunity({ name: "茶友会", language: "zh-CN", settings: { entryMode: "INVITATION" } });
    const inviter = await addMember(community);
    const friend = await createUser({ locale: "zh-CN" });

    const inviterPage = await (await browser.newContext()).newPage();
    await useLocale(inviterPage, "zh-CN");
    await signInAs(inviterPage, inviter);
    await inviterPage.goto(`/c/${community.slug}/invitations`);
    await expectAccessible(inviterPage);
    await inviterPage.getByRole("button", { name: "生成链接" }).click();
    const link = await inviterPage.locator("code").first().textContent();
    expect(link).toMatch(/\/join\/[A-Za-z0-9_-]+$/);

    await useLocale(page, "zh-CN");
    await signInAs(page, friend);
    await page.goto(new URL(link ?? "").pathname);
    await expect(page.getByText(`${inviter.name} 邀请了你。`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "接受邀请" }).click();
    await expect(page.getByText("你是这个社群的成员。")).toBeVisible();

    const membership = await db.membership.findUniqueOrThrow({ where: { communityId_userId: { communityId: community.id, userId: friend.id } } });
    expect(membership).toMatchObject({ invitedById: inviter.id, entryPath: "INVITATION", referralWave: 1 });
  });

  test("a full community offers the waitlist and promotes when a member leaves", async ({ page, browser, user: newcomer }) => {
    const community = await createTestCommunity({ settings: { memberCap: 2 } });
    const member = await addMember(community);

    await signInAs(page, newcomer);
    await page.goto(`/c/${community.slug}`);
    await expect(page.getByText(/This community is full\. Join the waitlist/)).toBeVisible();
    await page.getByRole("button", { name: "Join the waitlist" }).click();
    await expect(page.getByText("You are number 1 on the waitlist.")).toBeVisible();
    await expectAccessible(page);

    const memberPage = await (await browser.newContext()).newPage();
    await signInAs(memberPage, member);
    await memberPage.goto(`/c/${community.slug}`);
    memberPage.once("dialog", (dialog) => void dialog.accept());
    await memberPage.getByRole("button", { name: "Leave community" }).click();
    await expect(memberPage.getByRole("button", { name: "Join" })).toBeVisible();

    await page.reload();
    await expect(page.getByText("You are a member (Member).")).toBeVisible();
    await page.goto("/me/notifications");
    await expect(page.getByText(/A seat freed up in .* and it is yours/)).toBeVisible();
  });

  test("付费入群：付款确认后才成为成员", async ({ page, browser }) => {
    const community = await createTestCommunity({ name: "一元读书会", language: "zh-CN", settings: { feeAmountMinor: 100 } });
    const payer = await createUser({ locale: "zh-CN" });
    await useLocale(page, "zh-CN");
    await signInAs(page, payer);
    await page.goto(`/c/${community.slug}`);
    await expect(page.getByText(/入群费 ¥1\.00/)).toBeVisible();
    await page.getByRole("button", { name: "加入", exact: true }).click();
    await expect(page.getByText(/已通过审核，请支付入群费|请支付入群费/)).toBeVisible();
    await page.getByLabel("付款说明（转账备注或单号）").fill("微信转账 尾号 0412");
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByText("谢谢，群主会尽快确认你的付款。")).toBeVisible();
    await expectAccessible(page);

    const ownerPage = await (await browser.newContext()).newPage();
    await useLocale(ownerPage, "zh-CN");
    await signInAs(ownerPage, community.owner);
    await ownerPage.goto(`/c/${community.slug}/manage/members`);
    await expect(ownerPage.getByText("付款说明：微信转账 尾号 0412")).toBeVisible();
    await ownerPage.getByRole("button", { name: "确认已收款" }).click();
    await expect(ownerPage.getByText(payer.email)).toBeVisible();
    await expectAccessible(ownerPage);

    await page.reload();
    await expect(page.getByText("你是这个社群的成员。")).toBeVisible();
    const membership = await db.membership.findUniqueOrThrow({ where: { communityId_userId: { communityId: community.id, userId: payer.id } } });
    expect(membership.isPaid).toBe(true);
  });

  test("the directory finds communities in Chinese and English and filters them", async ({ page }) => {
    await page.goto("/communities");
    await expectAccessible(page);
    await page.getByLabel("Search by name or purpose").fill("读书");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("link", { name: "深夜读书会" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Morning Runners Shanghai" })).toHaveCount(0);
    await page.getByLabel("Search by name or purpose").fill("");
    await page.getByLabel("Entry").selectOption("INVITATION");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("link", { name: "Indie Makers Guild" })).toBeVisible();
    await expect(page).toHaveURL(/mode=INVITATION/);
  });
});
