// Top-level domains that make a bare "name.tld" a link without http:// or www. in
// front. Like linkify-it (what most Markdown renderers use), every two-letter country
// code counts, so what a reader sees as a link is what a link rule counts.

const GENERIC_TLDS =
  "com net org edu gov mil int info biz name pro mobi asia tel travel jobs aero coop museum xxx xyz top site " +
  "online club shop store app dev blog cloud tech live news link life world today email page website win vip " +
  "wang xin ltd art fun icu work space team group company network studio design media agency digital games " +
  "money loan bet casino";
// Every two-letter country-code TLD, written as first letter + possible second letters.
const COUNTRY_TLDS =
  "a:cdefgilmnoqrstuwxz b:abdefghijmnorstvwyz c:acdfghiklmnoruvwxyz d:ejkmoz e:cegrstu f:ijkmor " +
  "g:abdefghilmnpqrstuwy h:kmnrtu i:delmnoqrst j:emop k:eghimnprwyz l:abcikrstuvy m:acdeghklmnopqrstuvwxyz " +
  "n:acefgilopruz o:m p:aefghklmnrstwy q:a r:eosuw s:abcdeghijklmnorstuvxyz t:cdfghjklmnortvwz u:agksyz " +
  "v:aceginu w:fs y:et z:amw";

function buildKnownTlds(): Set<string> {
  const tlds = new Set(GENERIC_TLDS.split(" "));
  for (const group of COUNTRY_TLDS.split(" ")) {
    const [first = "", seconds = ""] = group.split(":");
    for (const second of seconds) tlds.add(first + second);
  }
  return tlds;
}

export const KNOWN_TLDS: ReadonlySet<string> = buildKnownTlds();

/** After an ideographic full stop (easily a sentence end in mixed Chinese and English,
 *  "用iPhone。It's") only top-level domains that are rarely English words count. */
export const IDEOGRAPHIC_TLDS: ReadonlySet<string> = new Set([
  ...GENERIC_TLDS.split(" "),
  ...["cn", "hk", "tw", "mo", "io", "co", "cc", "tv", "me"],
]);
