// The demo's words: three communities in different entry modes, one in Chinese.

export const DEMO_PASSWORD = "canopy-demo-2026";

export const demoPeople = {
  owner: { email: "owner@canopy.demo", name: "Lin Wei 林薇", locale: "en" as const },
  admin: { email: "admin@canopy.demo", name: "Sam Okafor", locale: "en" as const },
  member: { email: "member@canopy.demo", name: "Zhang Min 张敏", locale: "zh-CN" as const },
};

export const givenNames = ["Alex", "Bo", "Chen", "Dana", "Eli", "Fang", "Gus", "Hui", "Ivy", "Jun", "Kai", "Lei", "Mia", "Ning", "Omar", "Ping", "Qing", "Rui", "Sara", "Tao", "Uma", "Wen", "Xia", "Yan", "Zoe"];
export const familyNames = ["Li", "Wang", "Zhao", "Chen", "Smith", "Garcia", "Liu", "Kim", "Huang", "Müller", "Sato", "Yang"];

export type DemoCommunity = {
  key: "runners" | "readers" | "makers";
  name: string;
  slug: string;
  language: "en" | "zh-CN";
  purpose: string;
  description: string;
  entryMode: "OPEN" | "APPLICATION" | "INVITATION";
  feeAmountMinor: number;
  memberCap: number | null;
  invitationQuota: number | null;
  members: number;
  culture: { vision: string; values: string[]; mission: string }[];
  questions: { prompt: string; kind: "SHORT_TEXT" | "LONG_TEXT" | "SINGLE_CHOICE"; options: string[]; required: boolean }[];
  rules: { title: string; explanation: string; severity: "WARN" | "BLOCK"; check: { kind: string; params: Record<string, unknown> } | null }[];
  nodes: { slug: string; name: string; description: string }[];
  posts: string[];
};

export const demoCommunities: DemoCommunity[] = [
  {
    key: "runners",
    name: "Morning Runners Shanghai",
    slug: "morning-runners",
    language: "en",
    purpose: "We run together at 6:30 every weekday along the Huangpu and help each other finish a first half-marathon.",
    description:
      "An open group for anyone who wants a reason to get up early. Three pace groups, weekend long runs, and a coach who answers questions every Wednesday.",
    entryMode: "OPEN",
    feeAmountMinor: 0,
    memberCap: 120,
    invitationQuota: null,
    members: 96,
    culture: [
      {
        vision: "In five years, every district has a morning group that started from ours.",
        values: ["Show up", "Nobody runs alone", "Progress over pace"],
        mission: "We know how hard the first kilometre is, because we were all beginners here.",
      },
      {
        vision: "In five years, every district has a morning group that started from ours, and ten of our members coach them.",
        values: ["Show up", "Nobody runs alone", "Progress over pace", "Share what you learn"],
        mission: "We know how hard the first kilometre is, because we were all beginners here.",
      },
    ],
    questions: [],
    rules: [
      { title: "Be kind", explanation: "Encourage people at every pace. No shaming.", severity: "BLOCK", check: null },
      { title: "No advertising", explanation: "Do not sell gear or races here.", severity: "BLOCK", check: { kind: "BANNED_WORDS", params: { words: ["discount code", "buy now", "代购"] } } },
      { title: "At most two links per post", explanation: "Share routes, not link lists.", severity: "WARN", check: { kind: "MAX_LINKS", params: { max: 2 } } },
      { title: "Post at most 5 times a day", explanation: "Keep the channel readable for everyone.", severity: "BLOCK", check: { kind: "RATE_LIMIT", params: { maxPosts: 5, windowMinutes: 1440 } } },
    ],
    nodes: [
      { slug: "easy-pace", name: "Easy pace (6:30+/km)", description: "For first-timers and comebacks." },
      { slug: "tempo", name: "Tempo group", description: "For runners training for a race." },
      { slug: "weekend-long", name: "Weekend long run", description: "Saturday 15–25 km along the river." },
    ],
    posts: [
      "Route for tomorrow: Bund to Nanpu Bridge and back, 8 km. Meet at 6:25.",
      "First 10 km without stopping today! Thanks to the easy-pace group for waiting at every corner.",
      "Coach's tip: slow down your easy runs. If you can't talk, you're going too fast.",
    ],
  },
  {
    key: "readers",
    name: "深夜读书会",
    slug: "late-night-readers",
    language: "zh-CN",
    purpose: "每周读完一本书，周日晚上十点在线分享读书笔记。",
    description: "我们相信读书是一件需要同伴的事。入群需要回答两个问题并支付 1 元入群费：付费与不付费之间，是一道鸿沟。",
    entryMode: "APPLICATION",
    feeAmountMinor: 100,
    memberCap: 60,
    invitationQuota: 2,
    members: 48,
    culture: [
      {
        vision: "十年后，这里是一千个人的第二书房。",
        values: ["读完再说", "真诚分享", "尊重不同观点"],
        mission: "因为我们都曾在深夜里独自读书，知道有人一起读的珍贵。",
      },
      {
        vision: "十年后，这里是一千个人的第二书房，也孕育出十个新的读书会。",
        values: ["读完再说", "真诚分享", "尊重不同观点", "输出比输入更重要"],
        mission: "因为我们都曾在深夜里独自读书，知道有人一起读的珍贵。",
      },
    ],
    questions: [
      { prompt: "你最近读完的一本书是什么？", kind: "SHORT_TEXT", options: [], required: true },
      { prompt: "你希望在读书会里得到什么？", kind: "LONG_TEXT", options: [], required: true },
    ],
    rules: [
      { title: "只分享读过的书", explanation: "分享前请先读完，避免剧透请加提示。", severity: "WARN", check: null },
      { title: "禁止广告和拉群", explanation: "任何形式的推广都会被拒绝。", severity: "BLOCK", check: { kind: "BANNED_WORDS", params: { words: ["加微信", "广告", "拉群", "代购"] } } },
      { title: "笔记至少 50 字", explanation: "一句话的感想请留到周日的分享会。", severity: "BLOCK", check: { kind: "LENGTH", params: { min: 50, max: 5000 } } },
      { title: "不要重复发帖", explanation: "同样的内容只发一次。", severity: "BLOCK", check: { kind: "NO_DUPLICATES", params: { windowHours: 168 } } },
    ],
    nodes: [
      { slug: "fiction", name: "小说组", description: "读小说的朋友们。" },
      { slug: "nonfiction", name: "非虚构组", description: "历史、科普、传记。" },
    ],
    posts: [
      "本周读完了《人类简史》。作者把“想象的共同体”讲得很透彻：公司、国家、社群，都是因为大家相信同一个故事才存在的。这让我重新理解了我们这个读书会。",
      "推荐一本小书：《被讨厌的勇气》。两个小时可以读完，但里面关于课题分离的部分值得反复读。周日分享会上想听听大家的看法。",
    ],
  },
  {
    key: "makers",
    name: "Indie Makers Guild",
    slug: "indie-makers",
    language: "en",
    purpose: "Solo founders ship one small product a quarter and review each other's launches honestly.",
    description: "Invitation only: every member is vouched for by someone already inside. Each member may invite three people.",
    entryMode: "INVITATION",
    feeAmountMinor: 0,
    memberCap: null,
    invitationQuota: 3,
    members: 34,
    culture: [
      {
        vision: "In ten years, a hundred sustainable one-person companies started here.",
        values: ["Ship small", "Honest feedback", "Share the numbers"],
        mission: "We have all launched to silence; here nobody launches alone.",
      },
    ],
    questions: [],
    rules: [
      { title: "Feedback is specific", explanation: "Say what you would change and why.", severity: "WARN", check: null },
      { title: "Links only to your own product", explanation: "No affiliate links.", severity: "BLOCK", check: { kind: "ALLOWED_DOMAINS", params: { domains: ["github.com", "producthunt.com", "itch.io"] } } },
    ],
    nodes: [{ slug: "launch-review", name: "Launch review circle", description: "Weekly launch critiques." }],
    posts: ["Shipped v0.3 of my invoice tool this week. Revenue is still zero, but two people asked for a CSV export, which I now have."],
  },
];
