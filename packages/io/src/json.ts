import { DariError, type Diagnostic, lineColumnAt } from '@dari/core';
import * as jsoncModule from 'jsonc-parser';

/** JSON parsed with the place of every value kept, so a bad value is reported where it is written. */
export interface PositionedJson {
  readonly data: unknown;
  readonly text: string;
  /**
   * Line and column of the value at `path` (of its key when `key` is set), or of the nearest
   * enclosing value that exists.
   */
  locate(path: readonly (string | number)[], key?: boolean): { line: number; column: number };
}

// Node loads the package's CommonJS build (named exports under `default`), bundlers its ES build.
const jsonc: typeof jsoncModule =
  'parseTree' in jsoncModule
    ? jsoncModule
    : (jsoncModule as unknown as { default: typeof jsoncModule }).default;
const { parseTree, findNodeAtLocation, printParseErrorCode } = jsonc;

/**
 * Parses strict JSON (no comments, no trailing commas; a UTF-8 BOM is accepted) keeping positions:
 * a syntax error is a DariError (`ruleId`) at its file:line:col, and so is a `__proto__` key,
 * which could otherwise reach an object's prototype. Objects come out without a prototype chain.
 */
export function parseJsonWithPositions(raw: string, file: string, ruleId: string): PositionedJson {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const shift = text === raw ? 0 : 1;
  const errors: jsoncModule.ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const at = (offset: number) => lineColumnAt(raw, offset + shift);
  const fail = (message: string, offset: number, note?: string): never => {
    const d: Diagnostic = {
      ruleId,
      severity: 'error',
      message,
      file,
      ...at(offset),
      ...(note ? { note } : {}),
    };
    throw new DariError(d);
  };
  const first = errors[0];
  if (first) fail(`${file} is not valid JSON: ${describe(printParseErrorCode(first.error))}`, first.offset);
  if (!tree) return fail(`${file} is empty; it must hold a JSON object`, 0);
  const value = (node: jsoncModule.Node): unknown => {
    switch (node.type) {
      case 'object': {
        const out: Record<string, unknown> = Object.create(null);
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const name = String(k.value);
          if (FORBIDDEN.has(name))
            fail(
              `the key "${name}" is not allowed`,
              k.offset,
              'Rename the key; this name is reserved in JavaScript.',
            );
          out[name] = value(v);
        }
        return out;
      }
      case 'array':
        return (node.children ?? []).map(value);
      default:
        return node.value;
    }
  };
  const data = value(tree);
  return {
    data,
    text,
    locate: (path, key) => {
      for (let n = path.length; n >= 0; n--) {
        const node = findNodeAtLocation(tree, [...path.slice(0, n)]);
        if (!node) continue;
        const target = key && n === path.length && node.parent?.type === 'property' ? node.parent : node;
        return at(target.offset);
      }
      return at(0);
    },
  };
}

// Objects are built without a prototype, so only this key could still be mistaken for one later.
const FORBIDDEN = new Set(['__proto__']);

function describe(code: string): string {
  const words: Record<string, string> = {
    ValueExpected: 'a value is expected here (a trailing comma?)',
    PropertyNameExpected: 'a property name in double quotes is expected here (a trailing comma?)',
    CommaExpected: 'a comma is expected here',
    ColonExpected: 'a colon is expected here',
    CloseBraceExpected: 'a closing } is expected here',
    CloseBracketExpected: 'a closing ] is expected here',
    EndOfFileExpected: 'nothing may follow the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    InvalidSymbol: 'this is not JSON (a stray character, or a string in single quotes?)',
    UnexpectedEndOfString: 'a string is not closed',
    InvalidCharacter: 'a control character inside a string must be escaped',
  };
  return words[code] ?? code;
}
