// The page: a form built from the server's question declarations (no second list of
// fields here), a live preview, the outline, 换一稿 and downloads. No external resources.

const STORAGE_KEY = "jianggao.form.v1";
const PREVIEW_DELAY_MS = 400;

const $ = (id) => document.getElementById(id);
const state = { types: [], current: null, seed: 1, timer: 0, requestId: 0 };

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(message) {
  $("status").textContent = message;
}

// ---- building the form from the declarations ----

function inputFor(question) {
  const id = `q-${question.id}`;
  const common = { id, name: question.id, "aria-describedby": `${id}-help ${id}-error` };
  switch (question.kind) {
    case "choice": {
      const select = el("select", common);
      select.append(el("option", { value: "" }, "(默认)"));
      for (const choice of question.choices ?? [])
        select.append(el("option", { value: choice }, choice));
      return select;
    }
    case "list":
      return el("textarea", { ...common, rows: 3, placeholder: listPlaceholder(question) });
    case "date":
      // Text, not type=date: clerks type 2026年7月15日 or 7月15日, and the server reads them.
      return el("input", {
        ...common,
        type: "text",
        placeholder: "2026-07-15 或 2026年7月15日",
        autocomplete: "off",
      });
    case "number":
      return el("input", {
        ...common,
        type: "number",
        min: question.min,
        max: question.max,
        step: 1,
      });
    case "length": {
      const wrap = el("div", { class: "pair" });
      wrap.append(
        el("input", {
          ...common,
          type: "number",
          min: 1,
          step: 1,
          placeholder: "5000",
          inputmode: "numeric",
        }),
      );
      const unit = el("select", { id: `${id}-unit`, "aria-label": "篇幅单位" });
      unit.append(
        el("option", { value: "chars" }, "字"),
        el("option", { value: "minutes" }, "分钟"),
      );
      wrap.append(unit);
      return wrap;
    }
    default:
      return el("input", {
        ...common,
        type: "text",
        maxlength: question.maxLength,
        placeholder: question.placeholder,
      });
  }
}

function listPlaceholder(question) {
  const example = (question.placeholder ?? "").split(/[,,、]\s*/).filter(Boolean);
  return example.length > 0 ? `每行一项,例如:\n${example.join("\n")}` : "每行一项";
}

function renderQuestions(type) {
  const box = $("questions");
  box.replaceChildren();
  for (const question of type.questions) {
    if (question.id === "type" || question.id === "seed") continue;
    const field = el("div", { class: "field", "data-question": question.id });
    field.append(el("label", { for: `q-${question.id}` }, question.label));
    field.append(inputFor(question));
    const help =
      question.kind === "list"
        ? `${question.help ?? ""}(${question.items === "sentences" ? "每行一项,或用“；”分开" : "每行一项,或用顿号、逗号分开"})`
        : question.help;
    field.append(el("p", { class: "help", id: `q-${question.id}-help` }, help ?? ""));
    field.append(el("p", { class: "error", id: `q-${question.id}-error`, hidden: "" }));
    box.append(field);
  }
}

// ---- reading and writing the form ----

function readAnswers() {
  const answers = { type: state.current.id };
  for (const question of state.current.questions) {
    if (question.id === "type" || question.id === "seed") continue;
    const input = $(`q-${question.id}`);
    const raw = input.value.trim();
    if (raw === "") continue;
    switch (question.kind) {
      case "list":
        // Sent as typed: the server splits it by the question's own grammar (names on 、，；
        // and new lines, sentences on ； and new lines), the same as the terminal and --set.
        answers[question.id] = raw;
        break;
      case "number":
        answers[question.id] = Number(raw);
        break;
      case "length": {
        const unit = $(`q-${question.id}-unit`).value;
        answers[question.id] = { [unit]: Number(raw) };
        break;
      }
      default:
        answers[question.id] = raw;
    }
  }
  answers.seed = state.seed;
  return answers;
}

function fillAnswers(answers) {
  for (const question of state.current.questions) {
    if (question.id === "type" || question.id === "seed") continue;
    const input = $(`q-${question.id}`);
    const value = answers[question.id];
    if (value === undefined || value === null) {
      input.value = "";
      continue;
    }
    if (question.kind === "list") {
      input.value = Array.isArray(value) ? value.join("\n") : String(value);
    } else if (question.kind === "length") {
      const unit = value.minutes !== undefined ? "minutes" : "chars";
      $(`q-${question.id}-unit`).value = unit;
      input.value = String(value[unit] ?? "");
    } else {
      input.value = String(value);
    }
  }
  if (Number.isInteger(answers.seed)) state.seed = answers.seed;
}

// ---- validation messages ----

function clearErrors() {
  for (const field of document.querySelectorAll(".field.invalid"))
    field.classList.remove("invalid");
  for (const error of document.querySelectorAll(".error")) {
    error.hidden = true;
    error.textContent = "";
  }
}

function showError(fieldId, message) {
  const error = fieldId ? document.getElementById(`q-${fieldId}-error`) : null;
  if (!error) {
    setStatus(message);
    return;
  }
  error.textContent = message;
  error.hidden = false;
  error.closest(".field").classList.add("invalid");
  $(`q-${fieldId}`).setAttribute("aria-invalid", "true");
}

// Checks that need no server: the declarations carry the limits.
function localProblems() {
  const problems = [];
  for (const question of state.current.questions) {
    const input = document.getElementById(`q-${question.id}`);
    if (!input) continue;
    input.removeAttribute("aria-invalid");
    const raw = input.value.trim();
    if (raw === "") continue;
    if (question.kind === "text" && question.maxLength && [...raw].length > question.maxLength) {
      problems.push([
        question.id,
        `${question.label}最多 ${question.maxLength} 字,现在 ${[...raw].length} 字。`,
      ]);
    }
    if ((question.kind === "number" || question.kind === "length") && !/^\d+$/.test(raw)) {
      problems.push([question.id, `${question.label}请填写整数。`]);
    }
  }
  return problems;
}

// ---- talking to the server ----

async function post(path, answers) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(answers),
  });
  if (!response.ok) {
    let body = {};
    try {
      body = await response.json();
    } catch {
      // not JSON: fall through to the generic message
    }
    const error = new Error(body.error?.message ?? `请求失败(${response.status})`);
    error.field = body.error?.field;
    throw error;
  }
  return response;
}

function renderOutline(outline) {
  const list = $("outline");
  list.replaceChildren();
  for (const entry of outline) {
    list.append(el("li", { class: `level-${entry.level}` }, entry.text));
  }
}

function countChars(text) {
  return (text.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []).length;
}

async function refresh() {
  const id = ++state.requestId;
  clearErrors();
  const problems = localProblems();
  if (problems.length > 0) {
    for (const [field, message] of problems) showError(field, message);
    return;
  }
  const answers = readAnswers();
  saveForm();
  setStatus("正在生成预览……");
  try {
    const [html, outline] = await Promise.all([
      post("/api/drafts?format=html", answers).then((r) => r.text()),
      post("/api/outline", answers).then((r) => r.json()),
    ]);
    if (id !== state.requestId) return; // a newer request is on its way
    $("preview").srcdoc = html;
    renderOutline(outlineEntries(outline));
    const body = new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
    const chars = countChars(body);
    $("stats").textContent = `约 ${chars} 字,稿号 ${state.seed}`;
    setStatus("预览已更新。");
  } catch (error) {
    if (id !== state.requestId) return;
    showError(error.field, error.message);
  }
}

// The outline API sends numbered lines; their indent tells the level.
function outlineEntries(outline) {
  return (outline.lines ?? []).map((line) => {
    const indent = /^ */.exec(line)[0].length;
    return { level: indent >= 4 ? 3 : indent >= 2 ? 2 : 1, text: line.trim() };
  });
}

function schedule() {
  clearTimeout(state.timer);
  state.timer = setTimeout(refresh, PREVIEW_DELAY_MS);
}

function fileNameOf(response, fallback) {
  const header = response.headers.get("content-disposition") ?? "";
  const match = /filename\*=UTF-8''([^;]+)/i.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function download(format) {
  clearErrors();
  const profile = $("profile").value;
  try {
    const response = await post(`/api/drafts?format=${format}&profile=${profile}`, readAnswers());
    saveBlob(await response.blob(), fileNameOf(response, `讲话稿.${format}`));
    setStatus(format === "docx" ? "Word 文件已下载。" : "Markdown 文件已下载。");
  } catch (error) {
    showError(error.field, error.message);
  }
}

// ---- persistence: the form survives a reload ----

function saveForm() {
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
  stored.type = state.current.id;
  stored.profile = $("profile").value;
  stored.answers = { ...(stored.answers ?? {}), [state.current.id]: readAnswers() };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

function storedForm() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
  } catch {
    return {};
  }
}

function selectType(id, answers) {
  state.current = state.types.find((type) => type.id === id) ?? state.types[0];
  $("type").value = state.current.id;
  $("type-description").textContent = state.current.description;
  renderQuestions(state.current);
  state.seed = 1;
  fillAnswers(answers ?? storedForm().answers?.[state.current.id] ?? {});
  schedule();
}

async function start() {
  const response = await fetch("/api/types");
  state.types = await response.json();
  for (const type of state.types) $("type").append(el("option", { value: type.id }, type.id));
  const stored = storedForm();
  if (stored.profile) $("profile").value = stored.profile;
  selectType(stored.type);

  $("type").addEventListener("change", (event) => selectType(event.target.value));
  $("answers-form").addEventListener("input", schedule);
  $("answers-form").addEventListener("change", (event) => {
    if (event.target.id === "profile") saveForm();
  });
  $("answers-form").addEventListener("submit", (event) => event.preventDefault());
  $("reroll").addEventListener("click", () => {
    state.seed += 1;
    refresh();
  });
  $("download-docx").addEventListener("click", () => download("docx"));
  $("download-md").addEventListener("click", () => download("md"));
  $("save-answers").addEventListener("click", () => {
    const blob = new Blob([JSON.stringify(readAnswers(), null, 2)], { type: "application/json" });
    saveBlob(blob, `${state.current.id}-答案.json`);
  });
  $("load-answers").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      const answers = JSON.parse(await file.text());
      if (typeof answers !== "object" || answers === null || Array.isArray(answers))
        throw new Error();
      selectType(answers.type ?? state.current.id, answers);
      setStatus(`已载入 ${file.name}。`);
    } catch {
      setStatus(`无法读取 ${file.name}:它不是 jianggao 的答案文件(JSON)。`);
    }
    event.target.value = "";
  });
  $("reset").addEventListener("click", () => {
    fillAnswers({});
    state.seed = 1;
    schedule();
  });
}

start().catch(() => setStatus("无法连接本机的 jianggao 服务,请确认 jianggao serve 仍在运行。"));
