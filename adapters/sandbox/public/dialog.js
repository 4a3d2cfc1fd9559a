import { clear, el } from './dom.js';
import { t } from './labels.js';
import { inline } from './markdown.js';

// The form dialog: a neutral Form shown as a modal, kept open with per-field errors until the
// bot accepts the submission.

function input(field, value) {
  const common = { id: `field-${field.id}`, name: field.id, testid: `field-${field.id}` };
  const text = { ...common, placeholder: field.placeholder, required: field.required };
  switch (field.kind) {
    case 'multiline':
      return el('textarea', { ...text, rows: 3 }, value);
    case 'select':
      return el(
        'select',
        { ...common, required: field.required },
        el('option', { value: '' }, field.placeholder ?? t('choose')),
        field.options.map((o) => el('option', { value: o.value, selected: o.value === value }, o.label)),
      );
    case 'amount':
      return el(
        'div',
        { class: 'amount-input' },
        el('span', { class: 'currency' }, field.currency),
        el('input', { ...text, type: 'text', inputmode: 'decimal', autocomplete: 'off', value }),
      );
    case 'date':
      // Free text rather than a picker: the bot reads phrases like 12月1日, 下周五 or +3d too.
      return el('input', {
        ...text,
        type: 'text',
        autocomplete: 'off',
        placeholder: field.placeholder ?? 'YYYY-MM-DD',
        value,
      });
    default:
      return el('input', { ...text, type: 'text', autocomplete: 'off', value });
  }
}

function fieldRow(field, value, error) {
  return el(
    'div',
    { class: error ? 'form-field has-error' : 'form-field', testid: 'form-field' },
    el(
      'label',
      { for: `field-${field.id}` },
      field.label,
      field.required ? el('span', { class: 'req' }, ' *') : null,
    ),
    input(field, value),
    field.hint ? el('div', { class: 'hint' }, field.hint) : null,
    error
      ? el('div', { class: 'field-error', role: 'alert', testid: `field-error-${field.id}` }, error)
      : null,
  );
}

/**
 * Shows `form` in the dialog. `values` keeps what the person typed when the form comes back with
 * errors; `onSubmit(values)` sends it and resolves when the server has answered.
 */
export function showForm(dialog, form, { values = {}, problem, onSubmit }) {
  const known = new Set(form.fields.map((f) => f.id));
  const stray = Object.entries(form.errors ?? {}).filter(([id]) => !known.has(id));
  const submit = el(
    'button',
    { type: 'submit', class: 'btn btn-primary', testid: 'form-submit' },
    form.submitLabel,
  );
  const body = el(
    'form',
    { class: 'form', testid: 'form', 'data-form-id': form.formId, novalidate: true },
    el('h2', { testid: 'form-title' }, form.title),
    form.intro ? el('div', { class: 'intro' }, inline(form.intro)) : null,
    form.fields.map((f) => fieldRow(f, values[f.id] ?? f.initial ?? '', form.errors?.[f.id])),
    stray.length > 0 || problem
      ? el(
          'div',
          { class: 'form-error', role: 'alert', testid: 'form-error' },
          [...stray.map(([, message]) => message), problem].filter(Boolean).join(' · '),
        )
      : null,
    el(
      'footer',
      {},
      el(
        'button',
        { type: 'button', class: 'btn', testid: 'form-cancel', onclick: () => dialog.close() },
        t('cancel'),
      ),
      submit,
    ),
  );
  body.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(
      form.fields.map((f) => [f.id, String(new FormData(body).get(f.id) ?? '')]),
    );
    submit.disabled = true;
    submit.textContent = t('sending');
    try {
      await onSubmit(data);
    } finally {
      submit.disabled = false;
      submit.textContent = form.submitLabel;
    }
  });
  clear(dialog).append(body);
  if (!dialog.open) dialog.showModal();
  const firstError = body.querySelector('.has-error input, .has-error select, .has-error textarea');
  (firstError ?? body.querySelector('input, select, textarea'))?.focus();
}
