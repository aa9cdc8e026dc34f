export { findInputProblem } from './findInputProblem';
export { type InputHygieneOptions, inputHygienePlugin } from './inputHygienePlugin';
export { unsafeCharacter } from './unsafeCharacter';
