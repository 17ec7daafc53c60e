import type { DataSet, Element } from 'dicom-parser';
import {
  concatBytes,
  encodeElement,
  encodeHeader,
  encodeItem,
  formatTag,
  headerLength,
  textBytes,
  type ElementEncoding,
} from '../dicom/write/encodeElement';
import { cleanText, FREE_TEXT_VRS } from './cleanText';
import { pseudonymFor, remapUid, type DeidContext } from './deidContext';
import { dummyValue } from './dummyValue';
import type { DeidOptions } from './profileTypes';
import { resolveAction, resolveBasic, ruleFor, type Action } from './resolveAction';

/** One output element, kept with its tag so the caller can merge its own elements in tag order. */
export interface OutputElement {
  readonly tag: number;
  readonly bytes: Uint8Array;
}

export type ActionTally = Record<Action | 'private' | 'groupLength', number>;

export interface RewriteEnv {
  readonly encoding: ElementEncoding;
  readonly options: DeidOptions;
  readonly context: DeidContext;
  readonly identifying: ReadonlySet<string>;
  readonly tally: ActionTally;
  readonly warnings: string[];
  /** Top-level tags the caller writes itself (de-identification bookkeeping); dropped from the source. */
  readonly replacedTopLevel: ReadonlySet<number>;
}

const PATIENT_NAME = 0x00100010;
const PATIENT_ID = 0x00100020;
const ITEM_DELIMITER = 'xfffee00d';
const latin1 = new TextDecoder('latin1');

function valueBytes(ds: DataSet, element: Element): Uint8Array {
  return ds.byteArray.subarray(element.dataOffset, element.dataOffset + element.length);
}

/** UIDs of a (possibly multi-valued) UI value, each replaced through the package's mapping. */
function remapUids(value: Uint8Array, context: DeidContext): Uint8Array {
  const uids = latin1
    .decode(value)
    .replace(/[\0 ]+$/, '')
    .split('\\');
  return textBytes(uids.map((uid) => remapUid(context, uid.trim())).join('\\'), 'UI');
}

function sequenceBytes(tag: number, items: readonly Uint8Array[], env: RewriteEnv): Uint8Array {
  const body = concatBytes(items.map((content) => encodeItem(content, env.encoding)));
  return concatBytes([encodeHeader(tag, 'SQ', body.length, env.encoding), body]);
}

function rewriteSequence(tag: number, element: Element, env: RewriteEnv, depth: number): Uint8Array {
  const items = (element.items ?? []).map((item) =>
    item.dataSet
      ? concatBytes(rewriteDataSet(item.dataSet, env, depth + 1).map((e) => e.bytes))
      : new Uint8Array(0),
  );
  return sequenceBytes(tag, items, env);
}

/**
 * Applies one action to one element and returns its new bytes, or undefined to remove it. `vr` is the VR
 * written in the file (explicit syntaxes) or known from the profile table (implicit ones).
 */
function applyAction(
  action: Action,
  tag: number,
  vr: string,
  element: Element,
  ds: DataSet,
  env: RewriteEnv,
  depth: number,
): Uint8Array | undefined {
  const write = (value: Uint8Array) => encodeElement(tag, vr, value, env.encoding);
  const isSequence = element.items !== undefined;
  // A value of unknown VR is handled as the VR the profile table knows for its tag.
  const valueVr = vr === 'UN' ? (ruleFor(tag)?.vr ?? vr) : vr;
  switch (action) {
    case 'X':
      return undefined;
    case 'K':
      if (isSequence) return rewriteSequence(tag, element, env, depth);
      return undefined; // the caller copies the original bytes verbatim
    case 'Z':
      if (isSequence) return sequenceBytes(tag, [], env);
      return write(new Uint8Array(0));
    case 'D':
      if (isSequence) return rewriteSequence(tag, element, env, depth);
      if (valueVr === 'UI') return write(remapUids(valueBytes(ds, element), env.context));
      return write(dummyValue(valueVr));
    case 'U':
      if (valueVr === 'UI') return write(remapUids(valueBytes(ds, element), env.context));
      return write(dummyValue(valueVr));
    case 'C': {
      if (isSequence) return rewriteSequence(tag, element, env, depth);
      if (FREE_TEXT_VRS.has(valueVr)) {
        const cleaned = cleanText(valueBytes(ds, element), env.identifying);
        if (cleaned) return write(cleaned);
        const rule = ruleFor(tag);
        env.warnings.push(
          `${formatTag(tag)}: text in an ISO 2022 character set cannot be cleaned; the basic profile action applied.`,
        );
        return rule ? applyAction(resolveBasic(rule.basic), tag, vr, element, ds, env, depth) : undefined;
      }
      // AE titles, names, codes: cleaning them means replacing them with a neutral value.
      return write(dummyValue(valueVr));
    }
  }
}

function elementVr(element: Element, tag: number, env: RewriteEnv): string {
  if (env.encoding.explicitVr && element.vr) return element.vr;
  if (element.items !== undefined) return 'SQ';
  return ruleFor(tag)?.vr ?? 'UN';
}

/**
 * Rewrites one data set (the top level or an item) element by element, in tag order. Untouched elements
 * are copied byte for byte from the source, Pixel Data included; sequences are rebuilt with defined lengths
 * so that their items can be de-identified recursively. Private elements (odd groups) and group lengths
 * (retired, and wrong once anything changes) are removed.
 */
export function rewriteDataSet(ds: DataSet, env: RewriteEnv, depth = 0): OutputElement[] {
  const elements = Object.entries(ds.elements)
    .filter(([key]) => key !== ITEM_DELIMITER && !(depth === 0 && key.startsWith('x0002')))
    .map(([key, element]) => ({ tag: Number.parseInt(key.slice(1), 16), element }))
    .sort((a, b) => a.tag - b.tag);
  const out: OutputElement[] = [];
  for (const { tag, element } of elements) {
    const group = tag >>> 16;
    if (group % 2 === 1) {
      env.tally.private++;
      continue;
    }
    if ((tag & 0xffff) === 0) {
      env.tally.groupLength++;
      continue;
    }
    if (depth === 0 && env.replacedTopLevel.has(tag)) continue;
    const vr = elementVr(element, tag, env);
    if (vr === 'UN' && element.items !== undefined) {
      // A sequence stored as UN holds implicit VR items this writer cannot safely rebuild: removed.
      env.tally.X++;
      env.warnings.push(
        `${formatTag(tag)}: a sequence of unknown VR (UN) was removed; its content could not be de-identified.`,
      );
      continue;
    }
    const rule = ruleFor(tag);
    const action: Action = rule ? resolveAction(rule, env.options) : 'K';
    env.tally[action]++;
    let bytes: Uint8Array | undefined;
    if (
      action === 'Z' &&
      depth === 0 &&
      (tag === PATIENT_NAME || tag === PATIENT_ID) &&
      env.context.pseudonymize
    ) {
      const id = ds.elements['x00100020'];
      const name = ds.elements['x00100010'];
      const key = latin1
        .decode(id && id.length > 0 ? valueBytes(ds, id) : name ? valueBytes(ds, name) : new Uint8Array(0))
        .trim();
      const pseudonym = pseudonymFor(env.context, key);
      bytes = encodeElement(
        tag,
        vr,
        textBytes(tag === PATIENT_ID ? pseudonym.patientId : pseudonym.patientName, vr),
        env.encoding,
      );
    } else {
      bytes = applyAction(action, tag, vr, element, ds, env, depth);
    }
    if (bytes) {
      out.push({ tag, bytes });
    } else if (action === 'K') {
      const start = element.dataOffset - headerLength(vr, env.encoding);
      out.push({ tag, bytes: ds.byteArray.subarray(start, element.dataOffset + element.length) });
    }
  }
  return out;
}
