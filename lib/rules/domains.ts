// Host names compared in their ASCII (punycode) form, so "例子.中国" written by an owner
// and "xn--fsqu00a.xn--fiqs8s" in a post are the same site. The WHATWG URL parser does
// the IDNA mapping; it exists in browsers and in Node without an import.

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** The ASCII form of a host name, or null when it is not a valid host name. */
export function toAsciiHost(host: string): string | null {
  const trimmed = host.trim().toLowerCase().replace(/\.$/, "");
  if (trimmed.length === 0 || /[\s/\\?#@:[\]%]/.test(trimmed)) return null;
  let ascii: string;
  if (/^[\x21-\x7e]*$/.test(trimmed)) {
    ascii = trimmed;
  } else {
    try {
      ascii = new URL(`http://${trimmed}`).hostname;
    } catch {
      return null;
    }
  }
  return isValidAsciiHost(ascii) ? ascii : null;
}

/** At least two labels of letters, digits and inner hyphens; a top-level domain of
 *  letters (or punycode); 253 characters at most. */
function isValidAsciiHost(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length > 63 || !LABEL.test(label)) return false;
  }
  const tld = labels[labels.length - 1] as string;
  return tld.startsWith("xn--") || /^[a-z]{2,63}$/.test(tld);
}

/** `host` and every domain it belongs to, in ASCII form ("a.example.com",
 *  "example.com", "com"); empty when `host` is not a valid host name. Computed once per
 *  link, then each ALLOWED_DOMAINS rule only looks its sites up. */
export function hostAndParents(host: string): string[] {
  let ascii = host;
  if (!/^[\x21-\x7e]*$/.test(host)) {
    try {
      ascii = new URL(`http://${host}`).hostname;
    } catch {
      return [];
    }
  }
  const names = [ascii];
  for (let dot = ascii.indexOf("."); dot >= 0; dot = ascii.indexOf(".", dot + 1)) names.push(ascii.slice(dot + 1));
  return names;
}

/** True when `host` is one of `allowed` or a subdomain of one (blog.example.com under
 *  example.com). `allowed` holds ASCII forms. */
export function isHostAllowed(host: string, allowed: ReadonlySet<string>): boolean {
  return hostAndParents(host).some((name) => allowed.has(name));
}
