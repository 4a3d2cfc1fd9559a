import { describe, expect, it } from 'vitest';
import { extensionLimit, needsApproval } from '../../../src/domain/extension.js';

describe('pre-due extensions', () => {
  it('allows due + ⌈terms/3⌉ calendar days without approval', () => {
    expect(extensionLimit('2026-12-01', 30)).toBe('2026-12-11');
    expect(extensionLimit('2026-12-01', 45)).toBe('2026-12-16');
    expect(extensionLimit('2026-12-01', 31)).toBe('2026-12-12'); // ⌈10.33⌉ = 11
  });

  it('asks the manager only beyond the limit', () => {
    expect(needsApproval('2026-12-11', '2026-12-01', 30)).toBe(false);
    expect(needsApproval('2026-12-12', '2026-12-01', 30)).toBe(true);
    expect(needsApproval('2026-11-28', '2026-12-01', 30)).toBe(false);
  });

  it('needs approval for any delay when the customer pays cash on delivery', () => {
    expect(needsApproval('2026-12-01', '2026-12-01', 0)).toBe(false);
    expect(needsApproval('2026-12-02', '2026-12-01', 0)).toBe(true);
  });
});
