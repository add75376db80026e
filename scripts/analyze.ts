/**
 * `npm run analyze -- [--json] FILE...`: analyse saved postings from the terminal.
 * Thin wiring only; the logic lives in lib/cli (see run.ts).
 */
import { analyzePosting } from '../lib/analysis/index';
import { useColour } from '../lib/cli/report';
import { runCli } from '../lib/cli/run';

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await runCli(
    process.argv.slice(2),
    {
      stdout: (line) => process.stdout.write(`${line}\n`),
      stderr: (line) => process.stderr.write(`${line}\n`),
      colour: useColour(process.stdout.isTTY, process.env),
    },
    analyzePosting,
  );
} catch (error) {
  process.stderr.write(`ml-fit: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
