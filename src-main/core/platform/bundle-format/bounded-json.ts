import { BundleError, type BundleErrorReason } from './bundle-error';
import type { JsonLimits } from './bundle-rules';

export interface BoundedJsonOptions extends JsonLimits {
  /** The file's path in the bundle, named in the refusal (`data/bundle.json`). */
  what: string;
  /** The reason for text that is not UTF-8 JSON; 'bad-data' unless given. */
  invalid?: BundleErrorReason;
}

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The deepest nesting of objects and arrays in JSON text, stopping as soon as it passes `limit`.
 * Bytes are scanned, not characters: every byte of a multi-byte UTF-8 sequence is 0x80 or above,
 * so brackets, quotes and backslashes are only ever themselves. Inside a string a backslash
 * takes the next byte with it, so `\"` never ends the string and `\\` never escapes its quote.
 */
function nestingDepth(bytes: Uint8Array, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return deepest;
}

/**
 * Parses a JSON file of a bundle after checking its size and nesting, so hostile input is refused
 * with a reason ('json-too-large', 'too-deep') before JSON.parse, and before any recursive walk of
 * the result (a schema check, JSON.stringify) could overflow the stack.
 */
export function parseBoundedJson(bytes: Uint8Array, options: BoundedJsonOptions): unknown {
  const { maxBytes, maxDepth, what } = options;
  if (bytes.length > maxBytes) {
    throw new BundleError(
      'json-too-large',
      `${what} 为 ${megabytes(bytes.length)}，上限 ${megabytes(maxBytes)}`,
    );
  }
  if (nestingDepth(bytes, maxDepth) > maxDepth) {
    throw new BundleError('too-deep', `${what} 嵌套超过 ${maxDepth} 层`);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new BundleError(options.invalid ?? 'bad-data', '不是有效的 JSON 文本');
  }
}
