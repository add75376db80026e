import { included, keptLanguages, overrides } from './overrides';
import {
  looseKey,
  readDevicon,
  readLinguist,
  readLogoKeys,
  readSimpleIcons,
  type SourceSkill,
  simpleIconSkill,
} from './sources';

/**
 * Every source skill, merged across sources: devicon first (it has tags; simple-icons gives its
 * display name and aliases), then Linguist's languages, then the simple-icons products that are
 * developer tools, then the SVG Logos icons picked on review. A later candidate whose name or
 * alias matches an earlier one adds its forms and tags to it.
 */
export function gatherCandidates(): SourceSkill[] {
  const icons = readSimpleIcons();
  const iconByKey = new Map<string, (typeof icons)[number]>();
  for (const icon of icons) {
    iconByKey.set(looseKey(icon.slug), icon);
    iconByKey.set(looseKey(icon.title), icon);
  }

  const candidates: SourceSkill[] = [];
  const byForm = new Map<string, SourceSkill>();
  function addCandidate(c: SourceSkill): void {
    const forms = [c.name, ...c.aliases].map(looseKey).filter(Boolean);
    const existing = forms.map((f) => byForm.get(f)).find(Boolean);
    if (existing) {
      existing.aliases.push(c.name, ...c.aliases);
      existing.tags.push(...c.tags);
      for (const f of forms) if (!byForm.has(f)) byForm.set(f, existing);
      return;
    }
    candidates.push(c);
    for (const f of forms) if (!byForm.has(f)) byForm.set(f, c);
  }

  const usedIcons = new Set<string>();
  for (const d of readDevicon()) {
    const icon = iconByKey.get(looseKey(d.name));
    if (icon) usedIcons.add(icon.slug);
    const name = overrides.names[d.name] ?? icon?.title ?? d.name.charAt(0).toUpperCase() + d.name.slice(1);
    addCandidate({
      name,
      aliases: [...d.altnames, ...(icon?.aliases?.aka ?? [])],
      tags: [...d.tags],
      source: 'devicon',
      key: d.name,
    });
  }

  for (const lang of readLinguist()) {
    const forms = [lang.name, ...(lang.aliases ?? [])].map(looseKey);
    // A programming language with an icon or an editor mode has users; data formats, prose and
    // markup only when the review list keeps them (JSON, YAML, SCSS...).
    const hasIcon = forms.some((f) => byForm.has(f) || iconByKey.has(f));
    const hasEditorMode =
      (lang.aceMode !== undefined && lang.aceMode !== 'text') || lang.codemirrorMode !== undefined;
    const keep =
      keptLanguages.has(looseKey(lang.name)) || (lang.type === 'programming' && (hasIcon || hasEditorMode));
    if (!keep || lang.group) continue;
    const icon = forms.map((f) => iconByKey.get(f)).find(Boolean);
    if (icon) usedIcons.add(icon.slug);
    addCandidate({
      name: lang.name,
      aliases: (lang.aliases ?? []).filter((a) => /[A-Z]/.test(a) || a.length > 3),
      tags: ['language'],
      source: 'linguist',
      key: lang.name,
    });
  }

  /** simple-icons has no tags: its developer products are those whose logo a project hosts. */
  const DEV_HOST =
    /^(?:github\.com|gitlab\.com|(?:[\w-]+\.)?apache\.org|(?:www\.)?jetbrains\.com|(?:www\.)?hashicorp\.com|cncf-branding\.netlify\.app|cloud\.google\.com|developers?\.google\.com|developer\.apple\.com|(?:www\.)?elastic\.co|atlassian\.design|(?:www\.)?atlassian\.com|(?:www\.)?khronos\.org|(?:www\.)?w3\.org|aws\.amazon\.com|learn\.microsoft\.com|(?:www\.)?microsoft\.com)$/;
  const TECH_TITLE =
    /^(?:Apache|AWS|Amazon|Azure|Google Cloud|Microsoft|Oracle|IBM|SAP|Red Hat|Spring)\b|\.js$|JS$/;
  for (const icon of icons) {
    if (usedIcons.has(icon.slug)) continue;
    let host = '';
    try {
      host = new URL(icon.source ?? '').host;
    } catch {
      host = '';
    }
    if (!DEV_HOST.test(host) && !TECH_TITLE.test(icon.title) && !included.has(looseKey(icon.title))) continue;
    addCandidate(simpleIconSkill(icon));
  }

  // The SVG Logos set names its icons by key only ("adobe-lightroom", "rethinkdb"), and many
  // are consumer brands or long-gone start-ups: only the keys the review names are taken, under
  // the name it gives. A key the set no longer has is a stale review, not a silent skip.
  const logoKeys = readLogoKeys();
  for (const [key, name] of Object.entries(overrides.logos)) {
    if (!logoKeys.has(key)) throw new Error(`overrides.json logos: no icon "${key}" in @iconify-json/logos`);
    addCandidate({ name, aliases: [], tags: ['logos'], source: 'logos', key });
  }

  return candidates;
}
