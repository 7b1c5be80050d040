// --to and --profile as flags give them: checked once, with the Chinese message that lists
// what is allowed.
import {
  LAYOUT_PROFILES,
  OUTPUT_FORMATS,
  UserError,
  type LayoutProfile,
  type OutputFormat,
} from "../index.js";

export function outputFormatOf(value: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((f) => f === value);
  if (format === undefined) {
    throw new UserError(`不认识的输出格式“${value}”:--to 可选 ${OUTPUT_FORMATS.join("、")}。`, {
      field: "--to",
    });
  }
  return format;
}

export function layoutProfileOf(value: string): LayoutProfile {
  const profile = LAYOUT_PROFILES.find((p) => p === value);
  if (profile === undefined) {
    throw new UserError(
      `不认识的版式“${value}”:--profile 可选 gongwen(公文标准)或 reading(大字念稿)。`,
      { field: "--profile" },
    );
  }
  return profile;
}
