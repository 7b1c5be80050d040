// How a file and line are printed before a message ("文件:行:…", the form editors jump to).
// A path holding a line break or another control character is quoted, so that one message
// stays one line and the place stays readable.

const CONTROL = /[\u0000-\u001f\u007f]/;

export function shownPath(path: string): string {
  return CONTROL.test(path) ? JSON.stringify(path) : path;
}

/** "file:line", "file", or "" when neither is known. */
export function location(file?: string, line?: number): string {
  const parts = file === undefined ? [] : [shownPath(file)];
  if (line !== undefined) parts.push(String(line));
  return parts.join(":");
}

/** The message with its place before it; a file the message already names is not repeated. */
export function placed(message: string, file?: string, line?: number): string {
  const where = location(file !== undefined && message.includes(file) ? undefined : file, line);
  return where === "" ? message : `${where}:${message}`;
}
