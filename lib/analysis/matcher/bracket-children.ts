import { isRegExpSpace } from './chars';
import type { CompiledMatcher } from './compile';
import { type Candidate, scan } from './scan';

/**
 * Products listed in brackets after their vendor or parent, by their short names: "Amazon
 * SageMaker (Processing, Pipelines, Batch Transform)", "Firebase (Auth, Firestore, Cloud
 * Messaging)", "Symfony (Doctrine ORM, Messenger, Security component)", "SAP S/4HANA (FI/CO, MM,
 * SD)". An item is the skill whose catalogue name is the parent's name, or its first word (the
 * vendor), followed by the item ("Firebase Auth", "SAP MM"). Only unambiguous names count, and
 * only items no other name covers (but concepts inside the item, and a tool past its first word:
 * "Spring (Data JPA)"), and only a name the item does not go on past in a compound
 * ("Terraform (CAF / Enterprise-Scale)" names no Terraform Enterprise); the bracket must close
 * on the same line.
 *
 * The same for siblings listed right after a vendor's product by their short names: "Juniper
 * EX/QFX", "Cisco Catalyst et Nexus", "Microsoft Azure and Office", "Azure Logic Apps / Service
 * Bus" (the vendor word followed by the item must be an unambiguous catalogue name). A generic
 * word may stand between a parent and its bracket ("Databricks experience (Jobs, Model Serving)").
 */

const MAX_BRACKET = 160;
/** Platforms whose services a colon may list ("AWS: Lambda, EFS and FSx"). */
const CLOUD_PLATFORMS: ReadonlySet<string> = new Set(['aws', 'azure', 'gcp']);
/**
 * Vendor words that name the same vendor's products: "AWS Lambda, EFS" is Amazon EFS; "GCP:
 * Cloud SQL, Cloud Storage" and "GCP (Cloud Storage)" are Google Cloud Storage.
 */
const VENDOR_PARTNER: Readonly<Record<string, string>> = { AWS: 'Amazon', Amazon: 'AWS', GCP: 'Google' };

/** Where a colon's list ends: at the end of its line or sentence (-1 when past MAX_BRACKET). */
function colonListEnd(text: string, colon: number): number {
  const limit = Math.min(text.length, colon + MAX_BRACKET + 1);
  for (let k = colon + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 59 /* ; */) return k;
    if (c === 46 /* . */ && (k + 1 >= text.length || isRegExpSpace(text.charCodeAt(k + 1)))) return k;
  }
  return limit === text.length ? limit : -1;
}
const GENERIC_BEFORE_BRACKET =
  /(?:experience|services|stack|ecosystem|platform|products|tools|tooling|components|modules|features|suite|foundation|infrastructure|environments?|estate|landscape|setup|accounts?|layouts?)\s*\(/y;

/** A hyphen, letter or digit: a word or compound goes on past the name. */
function isCompoundGoingOn(c: number): boolean {
  return c === 45 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * What GENERIC_BEFORE_BRACKET needs, read by hand: the run of lower-case letters at `at`, then
 * white space, then "(". Exact: each of its words is lower-case letters, so the word it matches
 * is that whole run (a longer run would put a letter where it needs a space or bracket).
 */
function bracketAfterWord(text: string, at: number): boolean {
  let k = at;
  while (isLowerAscii(text.charCodeAt(k))) k++;
  while (isRegExpSpace(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 40;
}
/** "and" and "or" in the posting languages (Turkish ve, Finnish ja, Swedish och, Danish og, Polish oraz, Hungarian és too). */
const ITEM_SPLIT =
  /[,;]|\s+\/\s+|\s+(?:and|or|und|oder|et|ou|y|o|e|en|i|ve|veya|ja|tai|och|eller|og|oraz|lub|és|vagy)\s+/g;
const LEAD_WORD = /^(?:and|or|und|oder|et|ou|y|o|e|en|i|ve|veya|ja|tai|och|eller|og|oraz|lub|és|vagy)\s+/i;

/**
 * The child skill of `parent` named `item`, and how many characters of the item it covers. An
 * item in lower case is read capitalised too ("SageMaker (pipelines, endpoints)"): the scan lets
 * a lower-case last word give way to the shorter name ("Kafka streams" in prose), which a
 * bracket of the parent's products is not.
 */
function childOf(
  matcher: CompiledMatcher,
  parent: string,
  item: string,
): { c: Candidate; len: number } | null {
  const found = childNamed(matcher, parent, item);
  if (found || !isLowerAscii(item.charCodeAt(0))) return found;
  return childNamed(
    matcher,
    parent,
    item.replace(/(^|\s)([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase()),
  );
}

function childNamed(
  matcher: CompiledMatcher,
  parent: string,
  item: string,
): { c: Candidate; len: number } | null {
  const phrase = `${parent} ${item}`;
  const found = scan(matcher, phrase).candidates[0];
  if (found?.start !== 0 || found.terminal.rule) return null;
  const len = found.end - parent.length - 1;
  return len > 0 ? { c: found, len } : null;
}

/** Candidates for the bracketed children of the candidates, merged in order. */
export function addBracketChildren(
  text: string,
  matcher: CompiledMatcher,
  candidates: Candidate[],
): Candidate[] {
  let added: Candidate[] | null = null;
  let replaced: Set<Candidate> | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const parent = candidates[i] as Candidate;
    let open = parent.end;
    while (text.charCodeAt(open) === 32) open++;
    // A generic word may stand between the parent and its bracket: "Databricks experience (Jobs,
    // Model Serving)", "AWS services (Lambda, S3)". Read only when a letter follows the parent.
    if (open > parent.end && isLowerAscii(text.charCodeAt(open)) && bracketAfterWord(text, open)) {
      GENERIC_BEFORE_BRACKET.lastIndex = open;
      const head = GENERIC_BEFORE_BRACKET.exec(text);
      if (head) open += head[0].length - 1;
    }
    let close: number;
    let colon = false;
    if (text.charCodeAt(open) === 40 /* ( */) {
      close = text.indexOf(')', open);
    } else if (text.charCodeAt(open) === 58 /* : */ && CLOUD_PLATFORMS.has(parent.terminal.entry.id)) {
      // A cloud platform and a colon list its services: "on AWS: EFS, EBS and FSx".
      close = colonListEnd(text, open);
      colon = true;
    } else {
      replaced ??= new Set();
      const siblings = vendorSiblings(text, matcher, candidates, i, replaced);
      if (siblings) {
        added ??= [];
        added.push(...siblings);
      }
      continue;
    }
    if (close < 0 || close - open > MAX_BRACKET) continue;
    const inner = text.slice(open + 1, close);
    if (inner.includes('\n') || inner.includes('(')) continue;
    const parentText = text.slice(parent.start, parent.end);
    const names = [parentText, parent.terminal.entry.name];
    const vendor = /^\S+(?=\s)/.exec(parentText)?.[0];
    if (vendor) names.push(vendor);
    const partner = VENDOR_PARTNER[vendor ?? parentText];
    if (partner) names.push(partner);
    ITEM_SPLIT.lastIndex = 0;
    let from = 0;
    for (;;) {
      const sep = ITEM_SPLIT.exec(inner);
      const to = sep ? sep.index : inner.length;
      let a = open + 1 + from;
      const raw = text.slice(a, open + 1 + to);
      const lead = raw.length - raw.trimStart().length;
      a += lead;
      let item = raw.trim();
      const word = LEAD_WORD.exec(item);
      if (word) {
        a += word[0].length;
        item = item.slice(word[0].length);
      }
      if (item.length > 0) {
        // An item that other names cover is read as the parent's product only when that product
        // is the whole item and the others are concepts inside it: "SageMaker (Model Registry)"
        // is SageMaker Model Registry, not the practice; "Azure (Data Lake Storage)" is ADLS. A
        // tool stays itself ("AWS (VPC)", "Gradle (Kotlin DSL)").
        // After a colon, only items no name covers: the list may run on in prose ("VPNs").
        // The items stand after the parent (candidate i): the candidates covering them are read
        // on from it, not searched for among the page's.
        const inside = coveredAfter(candidates, i, a, a + item.length)
          ? colon
            ? undefined
            : (coveredIf(candidates, i, a, a + item.length, isConcept) ??
              coveredIf(candidates, i, a, a + item.length, pastFirstWord))
          : null;
        if (inside !== undefined) {
          for (const name of names) {
            const child = childOf(matcher, name, item);
            if (!child) continue;
            // A name cut inside a compound is none: "Terraform (CAF / Enterprise-Scale)".
            if (child.len < item.length && isCompoundGoingOn(item.charCodeAt(child.len))) continue;
            if (inside !== null) {
              if (
                child.len !== item.length ||
                inside.some((c) => c.terminal.entry === child.c.terminal.entry)
              )
                break;
              replaced ??= new Set();
              for (const c of inside) replaced.add(c);
            }
            added ??= [];
            added.push({ start: a, end: a + child.len, terminal: child.c.terminal });
            break;
          }
        }
      }
      if (!sep) break;
      from = sep.index + sep[0].length;
    }
  }
  if (!added) return candidates;
  const kept =
    replaced && replaced.size > 0
      ? candidates.filter((c) => !(replaced as Set<Candidate>).has(c))
      : candidates;
  return mergedByStart(kept, once(added.sort(byStart)));
}

/**
 * The children sorted by start, each once: an item may be read both as a bracket's child and as
 * a vendor's sibling ("Azure (App Service, Azure Functions, Service Bus)": Service Bus after
 * Azure, and after Azure Functions), and would be highlighted twice.
 */
function once(sorted: Candidate[]): Candidate[] {
  let n = 0;
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k] as Candidate;
    const last = sorted[n - 1];
    if (last && last.start === c.start) continue;
    sorted[n++] = c;
  }
  sorted.length = n;
  return sorted;
}

/**
 * The candidates overlapping [a, b), at or after the end of candidate `p`, when every one lies
 * inside [a, b) and passes `fits`; undefined when one does not (it then stays as it is).
 */
function coveredIf(
  cands: readonly Candidate[],
  p: number,
  a: number,
  b: number,
  fits: (c: Candidate, a: number) => boolean,
): Candidate[] | undefined {
  // Candidates never overlap and are sorted: their ends rise, and `p` and those before it end by a.
  let lo = p + 1;
  while (lo < cands.length && (cands[lo] as Candidate).end <= a) lo++;
  const out: Candidate[] = [];
  for (let k = lo; k < cands.length && (cands[k] as Candidate).start < b; k++) {
    const c = cands[k] as Candidate;
    if (c.start < a || c.end > b || !fits(c, a)) return undefined;
    out.push(c);
  }
  return out;
}

/** All concepts: a name reaching outside the item, or a tool, stays as it is. */
const isConcept = (c: Candidate): boolean => c.terminal.concept;

/**
 * None at the item's start: a tool named past the item's first word ("Spring (Boot, Data JPA)":
 * JPA inside Spring Data JPA) gives way to the parent's product the whole item names; one that
 * opens the item stays itself ("Gradle (Kotlin DSL)").
 */
const pastFirstWord = (c: Candidate, a: number): boolean => c.start > a;

function byStart(x: Candidate, y: Candidate): number {
  return x.start - y.start;
}

/**
 * Two lists sorted by start merged into one, as a stable sort of their concatenation would
 * order them (at equal starts, `a` first), without sorting a page's candidates again for a few
 * children.
 */
function mergedByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if ((a[i] as Candidate).start <= (b[j] as Candidate).start) out.push(a[i++] as Candidate);
    else out.push(b[j++] as Candidate);
  }
  while (i < a.length) out.push(a[i++] as Candidate);
  while (j < b.length) out.push(b[j++] as Candidate);
  return out;
}

/**
 * Does any candidate overlap [a, b), at or after the end of candidate `p`? Candidates are sorted
 * by start and never overlap: the candidates after `p` are stepped through, as few stand between
 * a name and its sibling or its bracketed items.
 */
function coveredAfter(cands: readonly Candidate[], p: number, a: number, b: number): boolean {
  let k = p;
  while (k + 1 < cands.length && (cands[k + 1] as Candidate).start < b) k++;
  return (cands[k] as Candidate).end > a;
}

/**
 * What SIBLING needs, read by hand: past any white space, a "/" or "," and white space, or after
 * some white space a lower-case word (one of its conjunctions) and white space; then a letter
 * that may be upper case (any outside ASCII may be). Most list items after a product ("Docker,
 * and more", "AWS or similar") stop here, without a slice or a regular expression.
 */
function maySibling(text: string, at: number): boolean {
  let k = at;
  while (isRegExpSpace(text.charCodeAt(k))) k++;
  let c = text.charCodeAt(k);
  if (c === 47 || c === 44) {
    k++;
    while (isRegExpSpace(text.charCodeAt(k))) k++;
  } else {
    // a, o, u, e, y, i, v, j, t, l, é (and, or... in the posting languages: see SIBLING).
    if (
      k === at ||
      !(
        c === 97 ||
        c === 111 ||
        c === 117 ||
        c === 101 ||
        c === 121 ||
        c === 105 ||
        c === 118 ||
        c === 106 ||
        c === 116 ||
        c === 108 ||
        c === 233
      )
    )
      return false;
    k++;
    while (isLowerAscii(text.charCodeAt(k))) k++;
    const spaces = k;
    while (isRegExpSpace(text.charCodeAt(k))) k++;
    if (k === spaces) return false;
  }
  c = text.charCodeAt(k);
  return (c >= 65 && c <= 90) || c >= 0xc0;
}

/** An acronym: "ASR" after "Cisco ISR/" may be the vendor's product rather than the concept. */
const ACRONYM_ITEM = /^[A-Z][A-Z0-9]{1,5}$/;

/** After a product: "/", ",", "and" (in the posting languages) and a short name, capitalised as names are. */
const SIBLING =
  /^(?:\s*[/,]\s*|\s+(?:and|or|und|oder|et|ou|y|o|e|en|i|ve|veya|ja|tai|och|eller|og|oraz|lub|és|vagy)\s+)(\p{Lu}[\p{L}\d.+-]*(?: \p{Lu}[\p{L}\d.+-]*)*)/u;

/** Products named after `parent` by their short names, with `parent`'s vendor word ("Juniper EX/QFX"). */
function vendorSiblings(
  text: string,
  matcher: CompiledMatcher,
  candidates: readonly Candidate[],
  /** The parent's index in `candidates`. */
  p: number,
  /** Gets the concepts an item covers that the vendor's product replaces ("Cisco ISR/ASR": no speech recognition). */
  replaced: Set<Candidate>,
): Candidate[] | null {
  const parent = candidates[p] as Candidate;
  // Read only when a list separator follows: most candidates stop at their next character.
  const next = text.charCodeAt(parent.end);
  if (next !== 47 && next !== 44 && next !== 32) return null;
  // Only a name of several words has a vendor word: found without building a string.
  let space = parent.start + 1;
  while (space < parent.end && text.charCodeAt(space) !== 32) space++;
  if (space >= parent.end) return null;
  let vendor: string | null = null;
  let out: Candidate[] | null = null;
  let at = parent.end;
  for (let k = 0; k < 3; k++) {
    if (!maySibling(text, at)) break;
    const m = SIBLING.exec(text.slice(at, at + 60));
    if (!m) break;
    const item = m[1] as string;
    const a = at + m[0].length - item.length;
    vendor ??= text.slice(parent.start, space);
    const partner = VENDOR_PARTNER[vendor];
    if (coveredAfter(candidates, p, a, a + item.length)) {
      // A concept's acronym that is also the vendor's product, by the whole item, is the product;
      // so is an item a name covers only part of ("Azure Firewall, VPN Gateway").
      const end = a + item.length;
      const inside =
        (ACRONYM_ITEM.test(item) ? coveredIf(candidates, p, a, end, isConcept) : undefined) ??
        coveredIf(candidates, p, a, end, (c) => c.start > a || c.end < end);
      const child = inside
        ? (childOf(matcher, vendor, item) ?? (partner ? childOf(matcher, partner, item) : null))
        : null;
      if (inside && child && child.len === item.length) {
        for (const c of inside) replaced.add(c);
        out ??= [];
        out.push({ start: a, end: a + child.len, terminal: child.c.terminal });
      }
      at = a + item.length;
      continue;
    }
    // The item may run on in capitalised words ("Service Bus with"): the product is its
    // longest name made of whole words of it.
    const child = childOf(matcher, vendor, item) ?? (partner ? childOf(matcher, partner, item) : null);
    if (!child || (child.len !== item.length && item.charCodeAt(child.len) !== 32)) break;
    out ??= [];
    out.push({ start: a, end: a + child.len, terminal: child.c.terminal });
    at = a + child.len;
  }
  return out;
}
