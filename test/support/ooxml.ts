// Checks a .docx against the Office Open XML schema offline, with the Open XML SDK compiled
// to WebAssembly (@ooxml-tools/validate). Word refuses a file with one schema error outright
// ("Word found unreadable content"), so tests expect an empty list.
import validate from "@ooxml-tools/validate";

/** The schema errors of a .docx, one line each (part, XPath, description); [] when valid. */
export async function validateDocx(bytes: Uint8Array): Promise<string[]> {
  const results = await validate(bytes, "docx", "Microsoft365");
  return results.map((r) => `${r.path.partUri} ${r.path.xpath}: ${r.description}`);
}
