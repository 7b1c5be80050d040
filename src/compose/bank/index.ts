// The phrase bank: points (要点) by sub-topic and frame sentences by category.
export * from "./types.js";
export { loadBank, readSubtopicFile, readFrameFile, pointProblems } from "./load.js";
export { fits, type FitContext } from "./fitness.js";
export { compileFill, PLAIN_SLOT } from "./fill.js";
export {
  schemas,
  issuesOf,
  FAMILIES,
  SHAPES,
  LOCAL_KINDS,
  type Family,
  type Shape,
  type LocalKind,
  type TypeFile,
  type PartPlanInput,
} from "./schema.js";
export {
  LEVEL_BOUND_WORDS,
  levelBoundWord,
  frameProblems,
  leadProblems,
  wordingProblems,
  headingProblems,
  estimatedChars,
} from "./rules.js";
