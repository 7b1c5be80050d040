// The txt writer prints the parser's grammar: parsing what writeTxt wrote gives back the
// same Speech, source positions and meta (not printed) aside.
import { describe, expect, it } from "vitest";
import { parseText, writeTxt, type Speech } from "../src/index.js";
import { ROUNDTRIP_SPEECHES } from "./roundtrip-speeches.js";

/** The speech without what txt does not carry: source positions and meta. */
function stripSource(speech: Speech | undefined): unknown {
  if (speech === undefined) return undefined;
  const { meta: _meta, ...printed } = speech;
  return JSON.parse(
    JSON.stringify(printed, (key, value: unknown) => (key === "source" ? undefined : value)),
  );
}

describe("txt round trip", () => {
  it.each(ROUNDTRIP_SPEECHES)("reads %s back unchanged", (_name, speech) => {
    const { speeches } = parseText(writeTxt(speech));
    expect(speeches).toHaveLength(1);
    expect(stripSource(speeches[0])).toEqual(stripSource(speech));
  });

  it.each(ROUNDTRIP_SPEECHES)("writes %s again exactly as the first time", (_name, speech) => {
    const once = writeTxt(speech);
    const reread = parseText(once).speeches[0];
    expect(reread && writeTxt(reread)).toBe(once);
  });
});
