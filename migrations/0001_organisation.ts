import { statementsMigration } from './steps.js';

// Teams, people and where they meet: chat identities, channels, calendar overrides.
const UP = [
  `CREATE TABLE teams (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    timezone text NOT NULL DEFAULT 'Asia/Shanghai',
    locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
    calendar_kind text NOT NULL DEFAULT 'cn' CHECK (calendar_kind IN ('cn', 'weekdays')),
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE people (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE CHECK (email = lower(email)),
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('collector', 'manager', 'admin')),
    team_id integer REFERENCES teams(id),
    manager_id integer REFERENCES people(id),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX people_team_idx ON people (team_id, role)',
  `CREATE TABLE chat_identities (
    id serial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    platform text NOT NULL CHECK (platform IN ('slack', 'lark', 'sandbox')),
    workspace_id text NOT NULL DEFAULT '',
    platform_user_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (platform, workspace_id, platform_user_id),
    UNIQUE (person_id, platform, workspace_id)
  )`,
  `CREATE TABLE channels (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    platform text NOT NULL CHECK (platform IN ('slack', 'lark', 'sandbox')),
    workspace_id text NOT NULL DEFAULT '',
    platform_chat_id text NOT NULL,
    purpose text NOT NULL DEFAULT 'collection' CHECK (purpose IN ('collection', 'management', 'reports')),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (platform, workspace_id, platform_chat_id)
  )`,
  'CREATE INDEX channels_team_idx ON channels (team_id)',
  `CREATE TABLE calendar_overrides (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    date date NOT NULL,
    working boolean NOT NULL,
    note text,
    UNIQUE (team_id, date)
  )`,
];

const DOWN = ['calendar_overrides', 'channels', 'chat_identities', 'people', 'teams'];

export const { up, down } = statementsMigration(UP, DOWN);
