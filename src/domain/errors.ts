/**
 * Every error the domain reports, as stable codes. Parsers return a code plus the offending
 * input; the wording for users lives in the locale catalogue outside the domain, which can
 * check itself against these lists.
 */

/** Why a text could not be read as an amount of money. */
export const AMOUNT_ERROR_CODES = [
  'amount_empty',
  'amount_invalid',
  'amount_zero',
  'amount_negative',
  'amount_too_precise',
  'amount_too_large',
] as const;

/** Why a text could not be read as a date. */
export const DATE_ERROR_CODES = [
  'date_empty',
  'date_unrecognised',
  'date_nonexistent',
  'date_out_of_range',
  'date_passed',
] as const;

/** Why a chat command could not be read (besides a bad amount or date inside it). */
export const COMMAND_SYNTAX_ERROR_CODES = [
  'command_empty',
  'command_unknown',
  'command_too_long',
  'argument_missing',
  'argument_unexpected',
  'quote_unclosed',
  'method_unknown',
  'reason_unknown',
  'scope_invalid',
  'report_kind_unknown',
  'mention_expected',
  'leave_range_inverted',
  'date_in_past',
  'date_in_future',
  'status_unknown',
  'plan_too_many',
  'plan_dates_not_rising',
  'resolution_unknown',
] as const;

/** An amount parsing error code. */
export type AmountErrorCode = (typeof AMOUNT_ERROR_CODES)[number];
/** A date parsing error code. */
export type DateErrorCode = (typeof DATE_ERROR_CODES)[number];
/** A command grammar error code. */
export type CommandSyntaxErrorCode = (typeof COMMAND_SYNTAX_ERROR_CODES)[number];
/** Any error a command can fail with: grammar, or a bad amount or date argument. */
export type CommandErrorCode = CommandSyntaxErrorCode | AmountErrorCode | DateErrorCode;
/** Every error code the domain can return. */
export type DomainErrorCode = CommandErrorCode;

/** Every error code, for checking that a locale catalogue has a message for each. */
export const DOMAIN_ERROR_CODES: readonly DomainErrorCode[] = [
  ...AMOUNT_ERROR_CODES,
  ...DATE_ERROR_CODES,
  ...COMMAND_SYNTAX_ERROR_CODES,
];
