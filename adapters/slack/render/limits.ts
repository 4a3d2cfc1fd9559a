/** Slack's published Block Kit limits; the renderer keeps every payload inside them. */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerModal: 100,
  sectionText: 3_000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2_000,
  elementsPerActions: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  contextText: 3_000,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2_000,
  inputHint: 2_000,
  placeholder: 150,
  optionText: 75,
  optionValue: 150,
  optionsPerSelect: 100,
  privateMetadata: 3_000,
  fallbackText: 4_000,
} as const;

/** A neutral message or form that cannot be shown on Slack without losing something. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}

/** Shortens plain text to `max` characters, marking the cut with an ellipsis so it is never silent. */
export function ellipsize(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
