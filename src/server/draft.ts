// One drafting request of the web page, start to end: validate the answers, compose, write
// the chosen format and name the file. The same function runs on the main thread (tests,
// a pool of size 0) and inside each drafting worker, so both give the same bytes.
import {
  FORMAT_INFO,
  composeSpeech,
  defaultFileName,
  validateAnswers,
  writeSpeech,
  type Catalog,
  type LayoutProfile,
  type OutputFormat,
} from "../index.js";

export interface DraftRequest {
  /** The answers as posted: untrusted JSON, validated here. */
  readonly answers: unknown;
  /** Today's date (YYYY-MM-DD) for answers without one. */
  readonly today: string;
  readonly format: OutputFormat;
  readonly profile: LayoutProfile;
}

export interface DraftDocument {
  readonly body: Uint8Array | string;
  readonly contentType: string;
  /** The file name a download should get (docx and md only). */
  readonly fileName?: string;
  readonly fallbackName?: string;
}

export async function draftDocument(
  request: DraftRequest,
  catalog: Catalog,
): Promise<DraftDocument> {
  const answers = validateAnswers(request.answers, catalog, { today: request.today });
  const speech = composeSpeech(answers, catalog);
  const body = await writeSpeech(speech, request.format, { profile: request.profile });
  const info = FORMAT_INFO[request.format];
  const download = request.format === "docx" || request.format === "md";
  return {
    body,
    contentType: info.contentType,
    ...(download
      ? {
          fileName: defaultFileName(answers, request.format),
          fallbackName: `jianggao-draft${info.extension}`,
        }
      : {}),
  };
}
