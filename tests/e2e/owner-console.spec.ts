import { addMember, createTestCommunity } from "../factories/communities";
import { expect, expectAccessible, signInAs, test, useLocale } from "./fixtures";

test.describe("the owner console", () => {
  test("an owner sets culture, an application threshold with two questions, a cap of 3 and two rules, and sees them on the public page", async ({ page }) => {
    const community = await createTestCommunity({ name: "Trail Runners" });
    await signInAs(page, community.owner);

    await page.goto(`/c/${community.slug}/settings/culture`);
    await expectAccessible(page);
    await page.getByLabel(/^Vision/).fill("A trail group in every city.");
    await page.getByLabel(/^Values/).fill("Leave no trace\nNobody runs alone");
    await page.getByLabel(/^Mission/).fill("We know the hills because we got lost in them.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    await page.getByRole("link", { name: "Entry threshold" }).click();
    await page.getByLabel(/^Application/).check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." }).first()).toBeVisible();
    await page.getByRole("button", { name: "Add a question" }).click();
    await page.getByLabel("Question", { exact: true }).nth(0).fill("Longest run so far?");
    await page.getByRole("button", { name: "Add a question" }).click();
    await page.getByLabel("Question", { exact: true }).nth(1).fill("Which pace group?");
    await page.getByLabel("Answer type").nth(1).selectOption("SINGLE_CHOICE");
    await page.getByLabel("Options (one per line)").fill("Easy\nTempo");
    // Reorder by keyboard: move the second question up.
    await page.getByRole("button", { name: "Move question 2 up" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Question", { exact: true }).nth(0)).toHaveValue("Which pace group?");
    await page.getByRole("button", { name: "Save questions" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." }).last()).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Member cap" }).click();
    await page.getByLabel("Maximum members").fill("3");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    await page.getByRole("link", { name: "Group rules" }).click();
    await page.getByRole("button", { name: "Add a rule" }).click();
    await page.getByLabel("Rule", { exact: true }).nth(0).fill("No advertising");
    await page.getByLabel("Server check").nth(0).selectOption("BANNED_WORDS");
    await page.getByLabel("Words and phrases").fill("buy now\n代购");
    await page.getByRole("button", { name: "Add a rule" }).click();
    await page.getByLabel("Rule", { exact: true }).nth(1).fill("Two links at most");
    await page.getByLabel("When a post breaks it").nth(1).selectOption("WARN");
    await page.getByLabel("Server check").nth(1).selectOption("MAX_LINKS");
    await page.getByLabel("Type a post to see which rules it would break.").fill("Ｂｕｙ　ＮＯＷ at https://a.example https://b.example https://c.example");
    await expect(page.getByText(/Refused by rule 1 “No advertising”/)).toBeVisible();
    await expect(page.getByText(/Warning from rule 2 “Two links at most”/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Publish rules" }).click();
    await expect(page.getByText("Current version: 1")).toBeVisible();

    await page.goto(`/c/${community.slug}`);
    await expect(page.getByText("A trail group in every city.")).toBeVisible();
    await expect(page.getByText("Nobody runs alone")).toBeVisible();
    await expect(page.getByText("By application: the owner reviews each request.")).toBeVisible();
    await expect(page.getByText("1 of 3 seats taken · 2 seats left")).toBeVisible();
    await expect(page.getByText("No advertising")).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/c/${community.slug}/audit`);
    await expect(page.getByRole("listitem").filter({ hasText: "rules.published" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "community.capacity_updated" })).toBeVisible();
    await expectAccessible(page);
  });

  test("管理员不能转让群主，试发帖子用中文说明违反了哪条群规", async ({ page }) => {
    const community = await createTestCommunity({ name: "山野跑团", language: "zh-CN" });
    const admin = await addMember(community, { role: "ADMIN" });
    await useLocale(page, "zh-CN");
    await signInAs(page, admin);

    await page.goto(`/c/${community.slug}/settings/roles`);
    await expect(page.getByText("只有群主可以管理角色。")).toBeVisible();
    await expect(page.getByRole("button", { name: "转让群主" })).toHaveCount(0);
    await expectAccessible(page);

    await page.goto(`/c/${community.slug}/settings/rules`);
    await page.getByRole("button", { name: "添加一条群规" }).click();
    await page.getByLabel("群规", { exact: true }).first().fill("禁止广告");
    await page.getByLabel("服务器检查").selectOption("BANNED_WORDS");
    await page.getByLabel("词语和短语").fill("广告");
    await page.getByLabel("输入一条帖子，看看它会违反哪些群规。").fill("欢迎来打广告啦");
    await expect(page.getByText(/违反群规第 1 条/)).toBeVisible();
    await expectAccessible(page);
  });

  test("a member of the community cannot open its settings", async ({ page }) => {
    const community = await createTestCommunity();
    const member = await addMember(community);
    await signInAs(page, member);
    const response = await page.goto(`/c/${community.slug}/settings/rules`);
    expect(response?.status()).toBe(404);
  });
});
