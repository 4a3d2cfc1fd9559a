import { englishPersonName, personName } from './names.js';
import type { Random } from './random.js';

export interface DemoTeam {
  code: string;
  name: string;
  timezone: string;
  locale: 'zh-CN' | 'en';
  calendarKind: 'cn' | 'weekdays';
  currency: string;
  /** The company's legal name and address, signed on letters. */
  legalName: string;
  legalAddress: string;
}

export interface DemoPerson {
  email: string;
  name: string;
  role: 'collector' | 'manager' | 'admin';
  teamCode: string | null;
  managerEmail: string | null;
}

const BASE_TEAMS: DemoTeam[] = [
  {
    code: 'east',
    name: '华东回款组',
    timezone: 'Asia/Shanghai',
    locale: 'zh-CN',
    calendarKind: 'cn',
    currency: 'CNY',
    legalName: '上海示例机电设备有限公司',
    legalAddress: '上海市浦东新区张江路 88 号',
  },
  {
    code: 'south',
    name: '华南回款组',
    timezone: 'Asia/Shanghai',
    locale: 'zh-CN',
    calendarKind: 'cn',
    currency: 'CNY',
    legalName: '上海示例机电设备有限公司',
    legalAddress: '上海市浦东新区张江路 88 号',
  },
  {
    code: 'intl',
    name: 'International Accounts',
    timezone: 'Asia/Singapore',
    locale: 'en',
    calendarKind: 'weekdays',
    currency: 'USD',
    legalName: 'Example Machinery (Singapore) Pte. Ltd.',
    legalAddress: '10 Anson Road, #20-01, Singapore 079903',
  },
];

export const DEMO_EMAIL_DOMAIN = 'demo.duebot.example';

/** The demo teams: the three named ones, then numbered regional teams for large benchmark sets. */
export function demoTeams(count: number): DemoTeam[] {
  const teams = BASE_TEAMS.slice(0, count);
  for (let i = teams.length; i < count; i++) {
    teams.push({
      code: `region-${i + 1}`,
      name: `区域回款${i + 1}组`,
      timezone: 'Asia/Shanghai',
      locale: 'zh-CN',
      calendarKind: 'cn',
      currency: 'CNY',
      legalName: '上海示例机电设备有限公司',
      legalAddress: '上海市浦东新区张江路 88 号',
    });
  }
  return teams;
}

/** One manager per team, collectors spread round-robin over the teams, and one finance admin. */
export function demoPeople(rng: Random, teams: readonly DemoTeam[], collectors: number): DemoPerson[] {
  const used = new Set<string>();
  const person = (
    role: DemoPerson['role'],
    teamCode: string | null,
    managerEmail: string | null,
  ): DemoPerson => {
    // The English-speaking team's people have English names; both draw alike, so nothing else moves.
    const english = teams.find((t) => t.code === teamCode)?.locale === 'en';
    const { name, handle } = english ? englishPersonName(rng) : personName(rng);
    let email = `${handle}@${DEMO_EMAIL_DOMAIN}`;
    for (let n = 2; used.has(email); n++) email = `${handle}${n}@${DEMO_EMAIL_DOMAIN}`;
    used.add(email);
    return { email, name, role, teamCode, managerEmail };
  };
  const admin = person('admin', null, null);
  const managers = teams.map((t) => person('manager', t.code, null));
  const people: DemoPerson[] = [admin, ...managers];
  for (let i = 0; i < collectors; i++) {
    const teamIndex = i % teams.length;
    const team = teams[teamIndex] as DemoTeam;
    people.push(person('collector', team.code, (managers[teamIndex] as DemoPerson).email));
  }
  return people;
}
