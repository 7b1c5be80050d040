// The local web server: a thin shell over the library. Nothing here composes or writes
// documents itself; no template or file path is ever taken from a request.
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from "fastify";
import {
  LAYOUT_PROFILES,
  OUTPUT_FORMATS,
  UserError,
  composeOutline,
  isUserError,
  listMeetingTypes,
  outlineToText,
  validateAnswers,
  type Catalog,
  type LayoutProfile,
  type OutputFormat,
} from "../index.js";
import { attachmentHeader } from "./content-disposition.js";
import { DraftQueueFullError, inThreadDrafter, type Drafter } from "./draft-pool.js";
import { loadPublicFiles, type PublicFile } from "./public-files.js";
import {
  BODY_LIMIT_BYTES,
  RATE_LIMIT_PER_MINUTE,
  REQUEST_TIMEOUT_MS,
  SECURITY_HEADERS,
} from "./security.js";

export interface ServerOptions {
  readonly catalog: Catalog;
  /** Today's date (YYYY-MM-DD) for answers without a date; the clock stays outside. */
  readonly today: () => string;
  /** Requests per minute per client (default 600); 0 = no limit. Tests lower it to see it work. */
  readonly rateLimitPerMinute?: number;
  readonly logger?: boolean;
  /**
   * Host names the server answers to besides the loopback ones (the --host it listens on).
   * Any other Host header is refused, so a page elsewhere that rebinds its name to
   * 127.0.0.1 cannot read the drafts or the office's pack (DNS rebinding).
   */
  readonly hosts?: readonly string[];
  /** Who drafts /api/drafts requests: the worker pool under `serve`, this thread by default. */
  readonly drafter?: Drafter;
}

interface ErrorBody {
  readonly error: { readonly message: string; readonly field?: string };
}

function errorBody(message: string, field?: string): ErrorBody {
  return { error: field === undefined ? { message } : { message, field } };
}

function parseFormat(value: unknown): OutputFormat {
  const format = value === undefined ? "docx" : String(value);
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`不支持的格式“${format}”。可选:${OUTPUT_FORMATS.join("、")}。`, {
      field: "format",
    });
  }
  return format as OutputFormat;
}

function parseProfile(value: unknown): LayoutProfile {
  const profile = value === undefined ? "gongwen" : String(value);
  if (!(LAYOUT_PROFILES as readonly string[]).includes(profile)) {
    throw new UserError(`不支持的版式“${profile}”。可选:gongwen(公文)、reading(大字号念稿)。`, {
      field: "profile",
    });
  }
  return profile as LayoutProfile;
}

/** Seconds a client is asked to wait when every drafting worker is busy. */
const RETRY_AFTER_SECONDS = 1;

/** Maps any error to a status and a Chinese JSON body; never a stack trace. */
function sendError(reply: FastifyReply, error: unknown): FastifyReply {
  if (isUserError(error)) return reply.code(400).send(errorBody(error.message, error.field));
  if (error instanceof DraftQueueFullError) {
    return reply
      .code(503)
      .header("retry-after", String(RETRY_AFTER_SECONDS))
      .send(errorBody("同时起草的请求太多,服务器正忙:请过一两秒再试。"));
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return reply
        .code(413)
        .send(errorBody(`请求内容过大(上限 ${BODY_LIMIT_BYTES / 1024} KB),请精简填写的内容。`));
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return reply.code(400).send(errorBody("请求内容不是有效的 JSON,请检查答案文件的格式。"));
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return reply.code(415).send(errorBody("请以 application/json 提交答案。"));
    default:
      break;
  }
  if (fastifyError.statusCode === 429) {
    return reply.code(429).send(errorBody("请求过于频繁,请稍候再试。"));
  }
  reply.log.error(error);
  return reply.code(500).send(errorBody("服务器内部错误,请重试;若反复出现,请报告维护者。"));
}

/** Loopback names, and the ones given, without brackets or ports. */
function allowedHosts(extra: readonly string[]): Set<string> {
  return new Set(["localhost", "127.0.0.1", "::1", ...extra.map((h) => hostName(h))]);
}

/** The host name of a Host header: localhost:8080 → localhost, [::1]:8080 → ::1. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\]/.exec(value);
  if (bracketed) return bracketed[1]!;
  return (value.split(":").length > 2 ? value : value.replace(/:\d*$/, "")).replace(/\.$/, "");
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { catalog, today } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionTimeout: REQUEST_TIMEOUT_MS,
  });
  // 0 turns the limit off: a load test or a trusted batch script on the same machine.
  const perMinute = options.rateLimitPerMinute ?? RATE_LIMIT_PER_MINUTE;
  if (perMinute > 0) {
    await app.register(rateLimit, {
      max: perMinute,
      timeWindow: 60_000,
      errorResponseBuilder: () => ({
        statusCode: 429,
        ...errorBody("请求过于频繁,请稍候再试。"),
      }),
    });
  }

  // JSON.parse keeps a "__proto__" key as an ordinary own field, which answer validation
  // then names as unknown (fastify's own parser rejects it as "not valid JSON").
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(new UserError("请求内容不是有效的 JSON,请检查答案文件的格式。"), undefined);
    }
  });

  const allowed = allowedHosts(options.hosts ?? []);
  app.addHook("onRequest", async (request, reply) => {
    if (!allowed.has(hostName(request.headers.host ?? ""))) {
      return reply.code(421).send(errorBody("请用本机地址(127.0.0.1 或 localhost)打开这个页面。"));
    }
    // A form or script on another site may POST here without reading the answer: only
    // requests from this page (same origin) are taken.
    const origin = request.headers.origin;
    if (request.method !== "GET" && request.method !== "HEAD" && origin !== undefined) {
      let host = "";
      try {
        host = new URL(origin).hostname;
      } catch {
        host = "";
      }
      if (!allowed.has(host.replace(/^\[|\]$/g, ""))) {
        return reply.code(403).send(errorBody("只接受本页面提交的请求。"));
      }
    }
    return undefined;
  });

  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });
  app.setErrorHandler((error, _request, reply) => sendError(reply, error));
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send(errorBody("没有这个地址。可用的接口见 README 的“网页”一节。")),
  );

  const files = loadPublicFiles();
  const sendFile = (file: PublicFile) => (_request: unknown, reply: FastifyReply) =>
    reply.type(file.contentType).header("cache-control", "no-cache").send(file.body);
  for (const file of files) app.get(file.route, sendFile(file));

  const types = listMeetingTypes(catalog).map((type) => ({
    id: type.id,
    description: type.description,
    questions: type.questions,
  }));
  app.get("/api/types", async () => types);

  const answersOf = (body: unknown) => validateAnswers(body, catalog, { today: today() });

  // The outline as data, plus its numbered lines so no client has to number it again.
  app.post("/api/outline", async (request) => {
    const outline = composeOutline(answersOf(request.body), catalog);
    return { ...outline, lines: outlineToText(outline) };
  });

  const drafter = options.drafter ?? inThreadDrafter(catalog);
  app.post("/api/drafts", async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const document = await drafter.draft({
      answers: request.body,
      today: today(),
      format: parseFormat(query["format"]),
      profile: parseProfile(query["profile"]),
    });
    reply.type(document.contentType);
    if (document.fileName !== undefined && document.fallbackName !== undefined) {
      reply.header(
        "content-disposition",
        attachmentHeader(document.fileName, document.fallbackName),
      );
    }
    const { body } = document;
    return reply.send(
      typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
    );
  });

  return app;
}
