import type { Analysis, PostingInput } from '../analysis/types';
import { computeFit } from '../fit/index';
import type { FitResult } from '../fit/types';
import { parseProfileImport } from '../profile/import';
import type { Profile } from '../profile/schema';
import { HELP, parseArgs, USAGE } from './args';
import { fitReport } from './fit-report';
import { postingSource } from './posting-source';
import { readPostingFile } from './read-file';
import { COLOUR, jsonLine, PLAIN, textReport } from './report';

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

export type Analyze = (input: PostingInput) => Analysis;

export async function runCli(argv: readonly string[], io: CliIo, analyze: Analyze): Promise<number> {
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
      io.stderr(`ml-fit: ${file}: ${reason}`);
      failed = true;
    };
    const read = await readPostingFile(file);
    if (!read.ok) {
      fail(read.reason);
      continue;
    }
    const source = postingSource(file, read.text);
    if (source.text.trim() === '') {
      fail('no posting text found');
      continue;
    }
    let analysis: Analysis;
    try {
      // As the extension does: the company's name keeps its words from reading as skills.
      const input: PostingInput = { text: source.text };
      if (source.title) input.title = source.title;
      if (source.company) input.company = source.company;
      analysis = analyze(input);
    } catch (error) {
      fail(`analysis failed: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const fit: FitResult | null = profile
      ? computeFit(analysis.skills, analysis.requirements, profile)
      : null;
    if (json) {
      io.stdout(jsonLine(file, source, analysis, fit));
    } else {
      const report = textReport(file, source, analysis, style);
      io.stdout(`${reported > 0 ? '\n' : ''}${report}${fit ? `\n${fitReport(fit, style)}` : ''}`);
    }
    reported++;
  }
  return failed ? EXIT_FILE_FAILED : EXIT_OK;
}

async function loadProfile(file: string, io: CliIo): Promise<Profile | null> {
  const read = await readPostingFile(file);
  if (!read.ok) {
    io.stderr(`ml-fit: ${file}: ${read.reason}`);
    return null;
  }
  const parsed = parseProfileImport(read.text);
  if (!parsed.ok) {
    io.stderr(`ml-fit: ${file}: ${parsed.error}`);
    return null;
  }
  for (const warning of parsed.warnings) io.stderr(`ml-fit: ${file}: ${warning}`);
  return parsed.profile;
}
