import { DuebotError } from '../errors.js';

/** The command itself is wrong (unknown kind, missing file, bad --map): nothing was attempted. */
export class ImportUsageError extends DuebotError {
  constructor(message: string) {
    super('import_invalid', message, { details: { usage: true } });
    this.name = 'ImportUsageError';
  }
}
