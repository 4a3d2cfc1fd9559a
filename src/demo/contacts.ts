import type { ContactRole } from '../db/schema/index.js';
import { personName } from './names.js';
import type { Random } from './random.js';

/** A person to talk to at a demo customer. */
export interface DemoContact {
  name: string;
  role: ContactRole;
  phone: string;
  email: string | null;
}

const EN_GIVEN = [
  'Alice',
  'Ben',
  'Chloe',
  'Daniel',
  'Grace',
  'Henry',
  'Irene',
  'James',
  'Mei Ling',
  'Ravi',
  'Sarah',
  'Wei Jie',
];
const EN_FAMILY = ['Tan', 'Lim', 'Wong', 'Ng', 'Lee', 'Chua', 'Kumar', 'Smith', 'Brown', 'Goh', 'Ong', 'Teo'];

/**
 * Each customer's decision-maker and finance contact, with phones (and e-mails for the English
 * team), drawn from a stream of their own so the rest of the demo stays as it was.
 */
export function demoContacts(rng: Random, english: boolean, domain: string): DemoContact[] {
  const roles: ContactRole[] = ['decision_maker', 'finance'];
  const used = new Set<string>();
  return roles.map((role) => {
    let name = '';
    let handle = '';
    do {
      if (english) {
        const given = rng.pick(EN_GIVEN);
        const family = rng.pick(EN_FAMILY);
        name = `${given} ${family}`;
        handle = `${given.toLowerCase().replace(/\s+/g, '')}.${family.toLowerCase()}`;
      } else ({ name, handle } = personName(rng));
    } while (used.has(name));
    used.add(name);
    const phone = english
      ? `+65 ${rng.int(6000, 9999)} ${String(rng.int(0, 9999)).padStart(4, '0')}`
      : `1${rng.int(30, 89)}-${String(rng.int(0, 9999)).padStart(4, '0')}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
    return { name, role, phone, email: english ? `${handle}@${domain}` : null };
  });
}
