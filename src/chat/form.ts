/** A form the bot asks a person to fill in: a Slack modal, a Lark form card, a sandbox dialog. */

export interface SelectOption {
  value: string;
  label: string;
}

interface FieldBase {
  id: string;
  label: string;
  required?: boolean;
  initial?: string;
  placeholder?: string;
  hint?: string;
}

export type FormField =
  | (FieldBase & { kind: 'text' })
  | (FieldBase & { kind: 'multiline' })
  | (FieldBase & { kind: 'amount'; currency: string })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'select'; options: SelectOption[] });

export interface Form {
  /** Routes the submission: e.g. 'item.promise'. */
  formId: string;
  title: string;
  submitLabel: string;
  /** Context shown above the fields, e.g. the item being answered. */
  intro?: string;
  fields: FormField[];
  /** Hidden values returned with the submission (item id, message key). */
  metadata: Record<string, string>;
  /** Per-field errors when the form is shown again after a bad submission. */
  errors?: Record<string, string>;
}
