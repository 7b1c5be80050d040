// The unit level and the speaker's title set the words: 全区 / 区委 / 区政府, and whether the
// speaker speaks for the party committee (书记) or the government (区长).
import type { SpeakerRole, UnitLevel } from "./types.js";

export interface UnitWords {
  /** 区 */
  readonly level: UnitLevel;
  /** 全区 */
  readonly scope: string;
  /** 区委 */
  readonly party: string;
  /** 区政府 */
  readonly gov: string;
  /** 区委、区政府 */
  readonly partyGov: string;
  /** The level below, as 各… names it: 乡镇 for a 县, 镇街 for a 区, 县区 for a 市, 村 for a 镇. */
  readonly sub: string;
}

const SUB_LEVEL: Readonly<Record<UnitLevel, string>> = {
  省: "市州",
  市: "县区",
  县: "乡镇",
  区: "镇街",
  乡镇: "村",
};

/** The one character offices use in 全X / X委 / X政府 (乡镇 speak of 全镇, 镇党委, 镇政府). */
function levelChar(level: UnitLevel): string {
  switch (level) {
    case "省":
    case "市":
    case "县":
    case "区":
      return level;
    case "乡镇":
      return "镇";
    default: {
      const never: never = level;
      throw new Error(`unknown level ${String(never)}`);
    }
  }
}

/** The character of 全X / X委 / X长 for a level. */
export function unitWordsOf(level: UnitLevel): UnitWords {
  const c = levelChar(level);
  const party = level === "乡镇" ? "镇党委" : `${c}委`;
  const gov = `${c}政府`;
  return {
    level,
    scope: `全${c}`,
    party,
    gov,
    partyGov: `${party}、${gov}`,
    sub: SUB_LEVEL[level],
  };
}

/**
 * 书记 (and 党组书记, 纪委书记) speak for the party committee; everyone else
 * (区长、县长、市长、主任、镇长) for the government.
 */
export function speakerRoleOf(speakerTitle: string): SpeakerRole {
  return /书记|党委|党组/.test(speakerTitle) && !/(长|主任)$/.test(speakerTitle) ? "党委" : "政府";
}

/** The unit level read off the unit's name when it is obvious (西峰区 → 区, 某某镇 → 乡镇). */
export function levelFromUnitName(unit: string): UnitLevel | undefined {
  const last = unit.trim().slice(-1);
  switch (last) {
    case "省":
    case "市":
    case "县":
    case "区":
      return last;
    case "镇":
    case "乡":
      return "乡镇";
    default:
      return undefined;
  }
}

/** The usual title of a speaker of a role at a level: 区委书记 / 区长, 镇党委书记 / 镇长. */
export function defaultSpeakerTitle(level: UnitLevel, role: SpeakerRole): string {
  const words = unitWordsOf(level);
  return role === "党委" ? `${words.party}书记` : `${words.gov.replace("政府", "")}长`;
}
