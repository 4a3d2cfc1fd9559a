export type { ButtonValue } from './actions.js';
export { FORM_NAME, renderFormCard, SUBMIT_NAME, type SubmitValue } from './form-card.js';
export { escapeLark, toLarkMarkdown } from './markdown.js';
export { card, renderMessageCards } from './message-card.js';
export { byteSize, type Card, type CardElement, countElements } from './types.js';
