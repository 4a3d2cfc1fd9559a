/** Checks message and view payloads the way the Slack Web API does, answering with Slack's error codes. */

type Json = Record<string, unknown>;

function textOf(obj: unknown): string {
  return typeof obj === 'object' && obj !== null && typeof (obj as Json).text === 'string'
    ? ((obj as Json).text as string)
    : '';
}

/** Returns a reason when one block breaks a Block Kit limit, or undefined when it is valid. */
function blockProblem(block: Json, surface: 'message' | 'modal'): string | undefined {
  switch (block.type) {
    case 'header': {
      const text = textOf(block.text);
      if (!text || [...text].length > 150) return 'header text must be 1-150 characters';
      return undefined;
    }
    case 'section': {
      const fields = block.fields as unknown[] | undefined;
      if (!block.text && !fields) return 'section needs text or fields';
      if (block.text && (!textOf(block.text) || textOf(block.text).length > 3000))
        return 'section text must be 1-3000 characters';
      if (fields && (fields.length > 10 || fields.some((f) => !textOf(f) || textOf(f).length > 2000)))
        return 'section fields: at most 10, each 1-2000 characters';
      return undefined;
    }
    case 'actions': {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length === 0 || elements.length > 25) return 'actions needs 1-25 elements';
      const ids = elements.map((e) => e.action_id);
      if (new Set(ids).size !== ids.length) return 'action_id must be unique within a block';
      for (const e of elements) {
        if (e.type === 'button' && (!textOf(e.text) || [...textOf(e.text)].length > 75))
          return 'button text must be 1-75 characters';
        if (typeof e.value === 'string' && e.value.length > 2000) return 'button value over 2000 characters';
      }
      return undefined;
    }
    case 'context': {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length === 0 || elements.length > 10) return 'context needs 1-10 elements';
      if (elements.some((e) => textOf(e).length > 3000)) return 'context text over 3000 characters';
      return undefined;
    }
    case 'divider':
      return undefined;
    case 'input':
      if (surface !== 'modal') return 'input blocks belong in modals';
      if (!textOf(block.label) || !block.element) return 'input needs a label and an element';
      if (textOf(block.label).length > 2000) return 'input label over 2000 characters';
      if (block.hint && textOf(block.hint).length > 2000) return 'input hint over 2000 characters';
      return elementProblem(block.element as Json);
    default:
      return `unknown block type ${String(block.type)}`;
  }
}

/** Checks the element of an input block: ids, placeholder, initial value and the options of a select. */
function elementProblem(e: Json): string | undefined {
  if (typeof e.action_id === 'string' && e.action_id.length > 255) return 'action_id over 255 characters';
  if (e.placeholder && textOf(e.placeholder).length > 150) return 'placeholder over 150 characters';
  if (e.type === 'plain_text_input')
    return typeof e.initial_value === 'string' && e.initial_value.length > 3000
      ? 'initial_value over 3000 characters'
      : undefined;
  if (e.type !== 'static_select') return `unsupported input element ${String(e.type)}`;
  const options = (e.options as Json[] | undefined) ?? [];
  if (options.length === 0 || options.length > 100) return 'static_select needs 1-100 options';
  for (const o of options) {
    if (!textOf(o.text) || [...textOf(o.text)].length > 75) return 'option text must be 1-75 characters';
    if (typeof o.value !== 'string' || o.value.length > 150) return 'option value must be 1-150 characters';
  }
  const initial = e.initial_option as Json | undefined;
  if (initial && !options.some((o) => o.value === initial.value && textOf(o.text) === textOf(initial.text)))
    return 'initial_option must be one of the options';
  return undefined;
}

/** Validates the `blocks` argument: undefined when fine, else the reason Slack's `invalid_blocks` would give. */
export function blocksProblem(blocks: unknown, surface: 'message' | 'modal'): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'blocks must be an array';
  const max = surface === 'message' ? 50 : 100;
  if (blocks.length > max) return `no more than ${max} items allowed`;
  const ids = (blocks as Json[]).flatMap((b) => (typeof b.block_id === 'string' ? [b.block_id] : []));
  if (new Set(ids).size !== ids.length) return 'block_id must be unique';
  if (ids.some((id) => id.length > 255)) return 'block_id over 255 characters';
  for (const [i, block] of blocks.entries()) {
    const problem = blockProblem(block as Json, surface);
    if (problem) return `block ${i}: ${problem}`;
  }
  return undefined;
}

/** Validates a modal view for `views.open`. */
export function viewProblem(view: unknown): string | undefined {
  if (typeof view !== 'object' || view === null) return 'view is required';
  const v = view as Json;
  if (v.type !== 'modal') return 'view type must be modal';
  const title = textOf(v.title);
  if (!title || [...title].length > 24) return 'title must be 1-24 characters';
  for (const key of ['submit', 'close'] as const)
    if (v[key] && [...textOf(v[key])].length > 24) return `${key} must be at most 24 characters`;
  if (typeof v.private_metadata === 'string' && v.private_metadata.length > 3000)
    return 'private_metadata too long';
  if (typeof v.callback_id === 'string' && v.callback_id.length > 255) return 'callback_id too long';
  return blocksProblem(v.blocks ?? [], 'modal');
}
