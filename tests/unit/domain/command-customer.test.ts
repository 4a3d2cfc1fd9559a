import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/domain/command/parse.js';

const today = '2026-11-23';
const read = (text: string) => parseCommand(text, { today });

describe('customer status command', () => {
  it('marks a customer on credit hold, in legal, or back to normal, in English and Chinese', () => {
    expect(read('customer C001 hold')).toMatchObject({
      ok: true,
      command: { kind: 'customer', target: { text: 'C001' }, status: 'credit_hold' },
    });
    expect(read('/customer "Pacific Rim Components" legal')).toMatchObject({
      ok: true,
      command: { target: { text: 'Pacific Rim Components', quoted: true }, status: 'legal' },
    });
    expect(read('客户 上海宏达机电设备有限公司 停止供货')).toMatchObject({
      ok: true,
      language: 'zh',
      command: { target: { text: '上海宏达机电设备有限公司' }, status: 'credit_hold' },
    });
    expect(read('客户 华南物流 法务')).toMatchObject({ ok: true, command: { status: 'legal' } });
    expect(read('customer Lion Harbour Trading active')).toMatchObject({
      ok: true,
      command: { target: { text: 'Lion Harbour Trading' }, status: 'active' },
    });
  });

  it('names what is missing or unreadable', () => {
    expect(read('customer')).toMatchObject({
      ok: false,
      error: { code: 'argument_missing', params: { argument: 'target' } },
    });
    expect(read('customer hold')).toMatchObject({
      ok: false,
      error: { code: 'argument_missing', params: { argument: 'target' } },
    });
    expect(read('customer C001')).toMatchObject({
      ok: false,
      error: { code: 'argument_missing', params: { argument: 'status' } },
    });
    expect(read('customer C001 frozen')).toMatchObject({
      ok: false,
      error: { code: 'status_unknown', params: { command: 'customer', token: 'frozen' } },
    });
  });
});
