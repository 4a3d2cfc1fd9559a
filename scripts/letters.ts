// npm run letters -- export <team> <dir> | import <team> <dir>: edits a team's letter templates as files.
import { lettersCommand } from '../src/app/letters/letters-cli.js';

process.exitCode = await lettersCommand(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
