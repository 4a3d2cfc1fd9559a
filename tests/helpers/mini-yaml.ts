/**
 * Reads the block-style YAML subset that app manifests use: nested maps, lists of scalars or maps,
 * plain or double-quoted scalars, comments. Enough to check a manifest's structure without a
 * YAML dependency; anything outside the subset throws.
 */

export type Yaml = string | boolean | number | null | Yaml[] | { [key: string]: Yaml };

interface Line {
  indent: number;
  text: string;
  no: number;
}

function scalar(raw: string): Yaml {
  const v = raw.trim();
  if (v.startsWith('"')) {
    if (!v.endsWith('"') || v.length < 2) throw new Error(`unclosed quote: ${v}`);
    return JSON.parse(v) as string;
  }
  if (v === 'true' || v === 'false') return v === 'true';
  if (v === '' || v === 'null' || v === '~') return null;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}

function lines(source: string): Line[] {
  return source
    .split('\n')
    .map((raw, i) => ({ raw: raw.replace(/\s+#.*$/, '').replace(/^#.*$/, ''), no: i + 1 }))
    .filter((l) => l.raw.trim() !== '')
    .map((l) => ({ indent: l.raw.length - l.raw.trimStart().length, text: l.raw.trim(), no: l.no }));
}

function block(all: Line[], at: number, indent: number): [Yaml, number] {
  const first = all[at];
  if (!first || first.indent < indent) return [null, at];
  if (first.text.startsWith('- ')) return list(all, at, first.indent);
  return map(all, at, first.indent);
}

function entry(all: Line[], at: number, text: string, indent: number, into: { [key: string]: Yaml }): number {
  const m = /^([^:]+):(?:\s+(.*))?$/.exec(text);
  if (!m) throw new Error(`line ${all[at]?.no}: expected "key: value"`);
  const key = (m[1] as string).trim();
  if (m[2] !== undefined) {
    into[key] = scalar(m[2]);
    return at + 1;
  }
  const [value, next] = block(all, at + 1, indent + 1);
  into[key] = value;
  return next;
}

function map(all: Line[], at: number, indent: number): [Yaml, number] {
  const out: { [key: string]: Yaml } = {};
  let i = at;
  while (i < all.length && (all[i] as Line).indent === indent && !(all[i] as Line).text.startsWith('- '))
    i = entry(all, i, (all[i] as Line).text, indent, out);
  return [out, i];
}

function list(all: Line[], at: number, indent: number): [Yaml, number] {
  const out: Yaml[] = [];
  let i = at;
  while (i < all.length && (all[i] as Line).indent === indent && (all[i] as Line).text.startsWith('- ')) {
    const rest = (all[i] as Line).text.slice(2);
    if (!/^[^"][^:]*:(\s|$)/.test(rest)) {
      out.push(scalar(rest));
      i++;
      continue;
    }
    // A map item: its first key sits after the dash, the others are indented to match it.
    const item: { [key: string]: Yaml } = {};
    i = entry(all, i, rest, indent + 2, item);
    while (i < all.length && (all[i] as Line).indent === indent + 2)
      i = entry(all, i, (all[i] as Line).text, indent + 2, item);
    out.push(item);
  }
  return [out, i];
}

/** Parses a manifest-style YAML document. */
export function parseYaml(source: string): Yaml {
  const all = lines(source);
  const [value, end] = block(all, 0, 0);
  if (end !== all.length) throw new Error(`line ${all[end]?.no}: unexpected indentation`);
  return value;
}
