import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamp the database fills in; code may still set it explicitly from the Clock. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** Calendar date in the team's timezone, always 'YYYY-MM-DD'. */
export type DateColumn = ColumnType<string, string, string>;

export type Role = 'collector' | 'manager' | 'admin';
export type Platform = 'slack' | 'lark' | 'sandbox';
export type ChannelPurpose = 'collection' | 'management' | 'reports';
export type CalendarKind = 'cn' | 'weekdays';

export interface TeamTable {
  id: Generated<number>;
  code: string;
  name: string;
  timezone: Generated<string>;
  locale: Generated<string>;
  calendar_kind: Generated<CalendarKind>;
  /** Rule settings (windows, times, policies); validated by the team settings schema. */
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** The company's legal name and address, for letters and agreements. */
  legal_name: Generated<string | null>;
  legal_address: Generated<string | null>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface PersonTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  team_id: number | null;
  manager_id: number | null;
  active: Generated<boolean>;
  /** The day a person left the company; their items wait for a hand-over. */
  left_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface ChatIdentityTable {
  id: Generated<number>;
  person_id: number;
  platform: Platform;
  workspace_id: Generated<string>;
  platform_user_id: string;
  created_at: CreatedAt;
}

export interface ChannelTable {
  id: Generated<number>;
  /** Null only for a report chat that serves every team. */
  team_id: number | null;
  platform: Platform;
  workspace_id: Generated<string>;
  platform_chat_id: string;
  purpose: ChannelPurpose;
  created_at: CreatedAt;
}

export interface CalendarOverrideTable {
  id: Generated<number>;
  team_id: number;
  date: DateColumn;
  working: boolean;
  note: string | null;
}

export type TeamRow = Selectable<TeamTable>;
export type NewTeam = Insertable<TeamTable>;
export type TeamUpdate = Updateable<TeamTable>;
export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type ChatIdentityRow = Selectable<ChatIdentityTable>;
export type ChannelRow = Selectable<ChannelTable>;
export type CalendarOverrideRow = Selectable<CalendarOverrideTable>;
