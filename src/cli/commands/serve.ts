import type { Command } from "commander";
import { UserError, loadCatalog } from "../../index.js";
import { todayIso } from "../clock.js";

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly pack?: string;
  readonly rateLimit?: string;
  readonly workers?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`端口“${value}”无效:请填写 0–65535 之间的整数,例如 --port 8080。`, {
      field: "port",
    });
  }
  return port;
}

/** A whole number ≥ 0 given on the command line, or a message that names the option. */
function parseCount(
  value: string | undefined,
  option: string,
  what: string,
  example: string,
): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    throw new UserError(`${what}“${value}”无效:请填写不小于 0 的整数(${example})。`, {
      field: option,
    });
  }
  return count;
}

async function serve(options: ServeOptions): Promise<void> {
  const port = parsePort(options.port);
  const rateLimitPerMinute = parseCount(
    options.rateLimit,
    "rate-limit",
    "每分钟请求数",
    "0 表示不限,例如 --rate-limit 600",
  );
  const workers = parseCount(
    options.workers,
    "workers",
    "起草线程数",
    "0 表示在主线程起草,例如 --workers 2",
  );
  // fastify loads only for serve, not for every other command (cold start).
  const { buildServer, createDraftPool, isLoopback } = await import("../../server/index.js");
  const catalog = loadCatalog(options.pack === undefined ? {} : { packDir: options.pack });
  // Drafting runs on a pool of worker threads, one per core unless --workers says otherwise.
  const drafter =
    workers === 0
      ? undefined
      : createDraftPool({
          ...(options.pack === undefined ? {} : { packDir: options.pack }),
          ...(workers === undefined ? {} : { size: workers }),
        });
  const app = await buildServer({
    catalog,
    today: () => todayIso(),
    ...(rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute }),
    hosts: [options.host],
    ...(drafter === undefined ? {} : { drafter }),
  });
  app.addHook("onClose", async () => drafter?.close());
  try {
    await app.listen({ port, host: options.host });
  } catch (error) {
    // The drafting workers would keep the process alive after the message.
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new UserError(`端口 ${port} 已被占用:请用 --port 换一个端口,例如 --port 8081。`, {
        field: "port",
      });
    }
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EACCES") {
      throw new UserError(
        `无法在 ${options.host}:${port} 上监听(${code}):请检查 --host 和 --port。`,
        {
          field: "host",
        },
      );
    }
    throw error;
  }
  const address = app.server.address();
  const boundPort = typeof address === "object" && address !== null ? address.port : port;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${boundPort}/`;
  process.stdout.write(`jianggao 网页已启动:${url}\n在浏览器中打开这个地址;按 Ctrl-C 停止。\n`);
  if (!isLoopback(options.host)) {
    process.stderr.write(
      `注意:服务监听在 ${options.host},本机以外的电脑也可能访问到。讲话稿材料常属内部资料,如无必要请只用默认的 127.0.0.1。\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void app.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("启动本机网页:填表、预览、下载 Word 文件")
    .option("-p, --port <端口>", "监听端口", "8080")
    .option("--host <地址>", "监听地址(默认只允许本机访问)", "127.0.0.1")
    .option("--pack <目录>", "使用 jianggao mine --emit 生成的模板与短语包")
    .option("--rate-limit <每分钟请求数>", "每个客户端每分钟最多请求数(默认 600;0 表示不限)")
    .option("--workers <数量>", "起草线程数(默认每个 CPU 核一个;0 表示在主线程起草)")
    .action(async (options: ServeOptions) => serve(options));
}
