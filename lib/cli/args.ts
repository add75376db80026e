/**
 * Command-line arguments of `npm run analyze`. Pure: returns a result instead of exiting, so
 * the runner decides how to report and the tests need no process.
 */

export const USAGE = 'usage: npm run analyze -- [--json] [--profile PROFILE.json] FILE...';

export const HELP = `${USAGE}

Analyse saved job postings: which skills they name, by category (core, underemphasized,
nice-to-have), whether each is required or preferred, the role, years and degree asked.

FILE               a .txt posting (optionally headed by Title:, Company:, Location: lines)
                   or a saved .html page (its JSON-LD JobPosting when present, else its visible text)
--json             one JSON object per line per file, in argument order
--profile FILE     also score each posting against a profile file (the options page's
                   export, or { "skills": [{ "skill": "pytorch", "level": "expert" }] })
--help             this text

A JobPosting description is read up to 60,000 characters; the report says when it was cut.
A file that cannot be read (over 8 MB, empty, binary...) gets a message; the others are still analysed.
Exit status: 0 all analysed, 1 some file failed, 2 usage error.`;

export interface CliOptions {
  json: boolean;
  profile: string | null;
  files: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { json: false, profile: null, files: [] };
  let flagsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (flagsDone || !arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
    } else if (arg === '--') {
      flagsDone = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--profile' || arg.startsWith('--profile=')) {
      const value = arg === '--profile' ? argv[++i] : arg.slice('--profile='.length);
      if (value === undefined || value === '')
        return { kind: 'usage-error', message: '--profile needs a file' };
      if (options.profile !== null) return { kind: 'usage-error', message: '--profile given twice' };
      options.profile = value;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else {
      return { kind: 'usage-error', message: `unknown option ${arg}` };
    }
  }
  if (options.files.length === 0) return { kind: 'usage-error', message: 'no files given' };
  return { kind: 'run', options };
}
