import { describe, expect, it } from 'vitest';
import * as domain from '../../../src/domain/index.js';

describe('domain public API', () => {
  it('exposes the rules the app builds on', () => {
    for (const name of [
      'parseCommand',
      'parseAmount',
      'formatAmount',
      'parseDatePhrase',
      'createCalendar',
      'daysOverdue',
      'agingBucket',
      'riskClass',
      'baseStep',
      'nextStep',
      'escalate',
      'expectedRecovery',
      'priorityComparator',
      'segmentOf',
      'evaluatePromise',
      'needsApproval',
      'localDateIn',
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('lists every error code once, for the locale catalogue', () => {
    expect(new Set(domain.DOMAIN_ERROR_CODES).size).toBe(domain.DOMAIN_ERROR_CODES.length);
    expect(domain.DOMAIN_ERROR_CODES).toContain('amount_invalid');
    expect(domain.DOMAIN_ERROR_CODES).toContain('date_nonexistent');
    expect(domain.DOMAIN_ERROR_CODES).toContain('command_unknown');
  });

  it('labels every reason and follow-up method in both languages', () => {
    expect(domain.REASONS.map((r) => r.code)).toEqual([
      'funds_tight',
      'quality_dispute',
      'awaiting_downstream',
      'invoice_not_received',
      'approval_in_progress',
      'reorganisation',
      'claims_paid',
      'deliberate_delay',
      'other',
    ]);
    for (const item of [...domain.REASONS, ...domain.FOLLOW_UP_METHODS]) {
      expect(item.zh).not.toBe('');
      expect(item.en).not.toBe('');
      expect(item.aliases).toContain(item.code);
    }
  });

  it('gives every command an English and a Chinese keyword', () => {
    for (const name of domain.COMMAND_NAMES) {
      const languages = domain.COMMAND_KEYWORDS.filter((k) => k.command === name).map((k) => k.language);
      expect(languages).toContain('en');
      expect(languages).toContain('zh');
    }
  });
});
