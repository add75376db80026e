import type { AnalyzeOptions } from '../analysis/index';
import type { Analysis, PostingInput } from '../analysis/types';
import { computeFit } from '../fit/index';
import { installShippedCatalogue } from '../fit/shipped-catalogue';
import type { FitResult } from '../fit/types';
import { parseProfileImport } from '../profile/import';
import { extraSkillsOf } from '../profile/own-skills';
import { resolveSkill } from '../profile/resolve-skill';
import type { Profile } from '../profile/schema';
import { HELP, parseArgs, USAGE } from './args';
import { fitReport } from './fit-report';
import { postingSource } from './posting-source';
import { readPostingFile } from './read-file';
import { COLOUR, jsonLine, PLAIN, type Style, textReport } from './report';
import { safeLine } from './terminal-safe';

/**
 * `npm run analyze` without the process: the script wires real streams and the engine, tests
 * wire arrays. Each file fails on its own; the exit status says whether any did.
 */

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  colour: boolean;
}

export type Analyze = (input: PostingInput, options?: AnalyzeOptions) => Analysis;

export async function runCli(argv: readonly string[], io: CliIo, analyze: Analyze): Promise<number> {
  // The fit reads the catalogue through lib/profile/catalogue-view.ts: the shipped one here.
  installShippedCatalogue();
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`ml-fit: ${parsed.message}`);
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  const { json, files } = parsed.options;
  const style = io.colour ? COLOUR : PLAIN;
  let profile: Profile | null = null;
  if (parsed.options.profile !== null) {
    profile = await loadProfile(parsed.options.profile, io);
    // Without the profile asked for, every report would be incomplete: analyse nothing.
    if (profile === null) return EXIT_FILE_FAILED;
  }
  let failed = false;
  let reported = 0;
  for (const file of files) {
    const fail = (reason: string) => {
      io.stderr(safeLine(`ml-fit: ${file}: ${reason}`));
      failed = true;
    };
    let report: string | null;
    try {
      report = await analyseFile(file, { json, style, profile, analyze }, fail);
    } catch (error) {
      // Whatever goes wrong with one file (reading it, making sense of it, reporting it) is
      // that file's failure: the files after it are still analysed.
      fail(`could not be analysed: ${oneLine(error)}`);
      continue;
    }
    if (report === null) continue;
    io.stdout(json || reported === 0 ? report : `\n${report}`);
    reported++;
  }
  return failed ? EXIT_FILE_FAILED : EXIT_OK;
}

interface FileContext {
  json: boolean;
  style: Style;
  profile: Profile | null;
  analyze: Analyze;
}

/** One file's report (a JSON line or the readable text), or null after calling `fail`. */
async function analyseFile(
  file: string,
  { json, style, profile, analyze }: FileContext,
  fail: (reason: string) => void,
): Promise<string | null> {
  const read = await readPostingFile(file);
  if (!read.ok) {
    fail(read.reason);
    return null;
  }
  const source = postingSource(file, read.text);
  if (source.text.trim() === '') {
    fail('no posting text found');
    return null;
  }
  let analysis: Analysis;
  try {
    // As the extension does: the company's name keeps its words from reading as skills.
    const input: PostingInput = { text: source.text };
    if (source.title) input.title = source.title;
    if (source.company) input.company = source.company;
    // The profile's own skills are looked for too, as the extension does.
    analysis = analyze(input, profile ? { extraSkills: extraSkillsOf(profile) } : {});
  } catch (error) {
    fail(`analysis failed: ${oneLine(error)}`);
    return null;
  }
  const fit: FitResult | null = profile ? computeFit(analysis.skills, analysis.requirements, profile) : null;
  if (json) return jsonLine(file, source, analysis, fit);
  return `${textReport(file, source, analysis, style)}${fit ? `\n${fitReport(fit, style)}` : ''}`;
}

/** An error as one terminal-safe line. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return safeLine(message.split('\n')[0] ?? '') || 'unknown error';
}

async function loadProfile(file: string, io: CliIo): Promise<Profile | null> {
  const read = await readPostingFile(file);
  if (!read.ok) {
    io.stderr(safeLine(`ml-fit: ${file}: ${read.reason}`));
    return null;
  }
  const parsed = parseProfileImport(read.text, { resolve: resolveSkill });
  if (!parsed.ok) {
    io.stderr(safeLine(`ml-fit: ${file}: ${parsed.error}`));
    return null;
  }
  // Warnings quote the file's own text (unknown skill names): never raw onto the terminal.
  for (const warning of parsed.warnings) io.stderr(safeLine(`ml-fit: ${file}: ${warning}`));
  return parsed.profile;
}
