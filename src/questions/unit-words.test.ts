import { describe, expect, it } from "vitest";
import {
  defaultSpeakerTitle,
  levelFromUnitName,
  speakerRoleOf,
  unitWordsOf,
} from "./unit-words.js";

describe("unit words", () => {
  it("follow the unit level", () => {
    expect(unitWordsOf("区")).toEqual({
      level: "区",
      scope: "全区",
      party: "区委",
      gov: "区政府",
      partyGov: "区委、区政府",
      sub: "镇街",
    });
    expect(unitWordsOf("县").scope).toBe("全县");
    expect(unitWordsOf("乡镇")).toMatchObject({ scope: "全镇", party: "镇党委", gov: "镇政府" });
  });

  it("read the level off an obvious unit name", () => {
    expect(levelFromUnitName("西峰区")).toBe("区");
    expect(levelFromUnitName("庆城县")).toBe("县");
    expect(levelFromUnitName("驿马镇")).toBe("乡镇");
    expect(levelFromUnitName("高新技术产业开发区管委会")).toBeUndefined();
  });

  it("tell a party secretary from a government head", () => {
    expect(speakerRoleOf("区委书记")).toBe("党委");
    expect(speakerRoleOf("区长")).toBe("政府");
    expect(speakerRoleOf("区委副书记、区长")).toBe("政府");
    expect(speakerRoleOf("县政府办公室主任")).toBe("政府");
  });

  it("give the usual speaker title of a role", () => {
    expect(defaultSpeakerTitle("区", "党委")).toBe("区委书记");
    expect(defaultSpeakerTitle("县", "政府")).toBe("县长");
    expect(defaultSpeakerTitle("乡镇", "党委")).toBe("镇党委书记");
  });
});
