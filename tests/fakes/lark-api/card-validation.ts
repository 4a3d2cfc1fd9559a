/**
 * Checks a card the way Lark does for JSON 2.0: schema "2.0", known components with only the
 * properties they support (2.0 rejects unknown ones), required fields, named form controls,
 * at most 30 KB and 200 elements. Returns the Lark error, or null when the card is accepted.
 */

export interface CardProblem {
  code: number;
  msg: string;
}

const COMMON = ['tag', 'element_id', 'margin'];
const ALLOWED: Record<string, string[]> = {
  markdown: ['content', 'text_size', 'text_align', 'icon'],
  hr: [],
  column_set: ['flex_mode', 'horizontal_spacing', 'horizontal_align', 'background_style', 'columns'],
  column: [
    'width',
    'weight',
    'elements',
    'vertical_align',
    'vertical_spacing',
    'background_style',
    'padding',
  ],
  button: [
    'text',
    'type',
    'behaviors',
    'name',
    'form_action_type',
    'size',
    'width',
    'icon',
    'disabled',
    'confirm',
  ],
  table: ['page_size', 'row_height', 'header_style', 'columns', 'rows', 'freeze_first_column'],
  form: ['name', 'elements', 'direction', 'vertical_spacing'],
  input: [
    'name',
    'required',
    'placeholder',
    'default_value',
    'input_type',
    'rows',
    'label',
    'label_position',
    'max_length',
    'width',
  ],
  date_picker: ['name', 'required', 'placeholder', 'initial_date', 'width'],
  select_static: ['name', 'required', 'placeholder', 'initial_option', 'options', 'width', 'type'],
  plain_text: ['content', 'text_size', 'text_align', 'text_color', 'lines'],
  img: ['img_key', 'alt', 'title', 'corner_radius', 'scale_type', 'size', 'transparent', 'preview'],
};
const FORM_CONTROLS = new Set(['input', 'date_picker', 'select_static', 'button']);
const MAX_BYTES = 30 * 1024;
const MAX_ELEMENTS = 200;

const invalid = (detail: string): CardProblem => ({
  code: 230099,
  msg: `Failed to create card content, ext=ErrCode: 200621; ErrMsg: ${detail}`,
});

/** Validates the `content` string of an interactive message. */
export function validateCardContent(content: string): CardProblem | null {
  if (Buffer.byteLength(content) > MAX_BYTES)
    return { code: 230025, msg: 'The length of the message content reaches its limit.' };
  let card: unknown;
  try {
    card = JSON.parse(content);
  } catch {
    return invalid('content is not valid JSON');
  }
  if (!isObject(card) || card.schema !== '2.0') return invalid('schema must be "2.0"');
  const body = card.body;
  if (!isObject(body) || !Array.isArray(body.elements)) return invalid('body.elements is required');
  const header = card.header;
  if (header !== undefined && (!isObject(header) || !isText(header.title)))
    return invalid('header.title is required');
  const state = { count: 0 };
  const problem = checkAll(body.elements, state, null);
  if (problem) return problem;
  if (state.count > MAX_ELEMENTS)
    return invalid(`card has ${state.count} elements, more than ${MAX_ELEMENTS}`);
  return null;
}

function checkAll(
  elements: unknown[],
  state: { count: number },
  form: Set<string> | null,
): CardProblem | null {
  for (const element of elements) {
    const problem = check(element, state, form);
    if (problem) return problem;
  }
  return null;
}

function check(el: unknown, state: { count: number }, form: Set<string> | null): CardProblem | null {
  if (!isObject(el) || typeof el.tag !== 'string') return invalid('element without a tag');
  const allowed = ALLOWED[el.tag];
  if (!allowed) return invalid(`unknown tag ${el.tag}`);
  const unknown = Object.keys(el).find((k) => !COMMON.includes(k) && !allowed.includes(k));
  if (unknown) return invalid(`${el.tag} does not support property ${unknown}`);
  state.count += 1;
  if (FORM_CONTROLS.has(el.tag) && form) {
    if (typeof el.name !== 'string' || el.name === '') return invalid(`${el.tag} in a form needs a name`);
    if (form.has(el.name)) return invalid(`duplicate name ${el.name} in form`);
    form.add(el.name);
  }
  switch (el.tag) {
    case 'markdown':
      return typeof el.content === 'string' ? null : invalid('markdown.content is required');
    case 'img':
      return typeof el.img_key === 'string' && isText(el.alt) ? null : invalid('img needs img_key and alt');
    case 'button':
      if (!isText(el.text)) return invalid('button.text is required');
      state.count += 1;
      if (el.form_action_type !== undefined && !form) return invalid('form_action_type outside a form');
      return null;
    case 'table':
      if (!Array.isArray(el.columns) || !Array.isArray(el.rows))
        return invalid('table needs columns and rows');
      return null;
    case 'column_set':
      if (!Array.isArray(el.columns)) return invalid('column_set.columns is required');
      return checkAll(el.columns, state, form);
    case 'column':
      if (!Array.isArray(el.elements)) return invalid('column.elements is required');
      return checkAll(el.elements, state, form);
    case 'form':
      if (form) return invalid('forms cannot be nested');
      if (typeof el.name !== 'string' || !Array.isArray(el.elements))
        return invalid('form needs name and elements');
      return checkAll(el.elements, state, new Set());
    case 'select_static':
      if (
        !Array.isArray(el.options) ||
        !el.options.every((o) => isObject(o) && isText(o.text) && typeof o.value === 'string')
      )
        return invalid('select_static.options need text and value');
      return null;
    case 'input':
    case 'date_picker':
      return form || typeof el.name === 'string' ? null : invalid(`${el.tag} needs a name`);
    default:
      return null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): boolean {
  return isObject(v) && v.tag === 'plain_text' && typeof v.content === 'string';
}
