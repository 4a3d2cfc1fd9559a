// npm run import -- <kind> <file.csv|file.xlsx> [--map "Column Header=field" ...] [--skip-invalid]
import { importCommand } from '../src/import/cli.js';

process.exitCode = await importCommand(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
