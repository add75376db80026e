import type { SkillEntry } from '../catalogue/schema';

/** Single common nouns of other kinds. */
const CONCEPT_IDS = new Set([
  'networking',
  'testing',
  'observability',
  'caching',
  'autoscaling',
  'containerization',
  'generative-ai',
  'conversational-ai',
]);

/** Descriptive, multi-word names ("Data engineering", "ML platform"), not product names ("Kafka Connect"). */
const SENTENCE_CASE = /^(?:[A-Za-z][a-z]+|[A-Z]{2,4})(?:[ -](?:[a-z]+|[A-Z]{2,4}))+$/;

/**
 * Which skills are concepts or domains (Robotics, Machine learning, Data engineering) rather
 * than tools or languages: only these can be part of a role, team or company name (./names.ts).
 * Every ML concept; descriptive multi-word names of other kinds; a few common nouns by id.
 */
export function isConceptEntry(entry: SkillEntry): boolean {
  if (entry.kind === 'ml-concept') return true;
  if (entry.kind === 'language' || entry.kind === 'ml-framework' || entry.kind === 'ml-library') return false;
  return CONCEPT_IDS.has(entry.id) || (SENTENCE_CASE.test(entry.name) && /\s[a-z]/.test(entry.name));
}
