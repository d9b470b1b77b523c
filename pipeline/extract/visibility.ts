import { center, inside } from '../geometry.js';
import type { Box } from '../types.js';
import { type Matrix, multiply, type OperatorList, transformBox } from './graphics.js';

/** The pdf.js operator codes this module reads. */
interface Ops {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setTextRenderingMode: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  setFillColorN: number;
  shadingFill: number;
  clip: number;
  eoClip: number;
  showText: number;
  constructPath: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
}

/**
 * Why drawn text is not seen: drawn in render mode 3 or 7 (neither filled nor stroked: a scan's
 * hidden OCR layer, a template's invisible fields), or painted white (on a white page).
 */
export type Hidden = 'invisible' | 'white';

/** The text a page draws, character by character (white space left out), and what it is drawn over. */
export interface PaintedText {
  chars: string[];
  hidden: (Hidden | undefined)[];
  /** Raster images: a scan under its hidden OCR layer. */
  rasters: Box[];
  /** Areas painted in a colour other than white, and images: white text on them is seen. */
  backgrounds: Box[];
}

/** Render modes that fill glyphs, and those that stroke them (ISO 32000, 9.3.6). */
const fillModes = new Set([0, 2, 4, 6]);
const strokeModes = new Set([1, 2, 5, 6]);
const white = '#ffffff';

interface State {
  ctm: Matrix;
  mode: number;
  /** The fill colour as pdf.js gives it ('#rrggbb'), or 'pattern' for a pattern or shading. */
  fill: string;
  stroke: string;
  /** The clipping path's bounds, when a path set it: a shading paints all of it. */
  clip?: Box;
}

/** Bounds standing for "the whole page" when a shading paints an unknown area. */
const everywhere: Box = { x: -Infinity, y: -Infinity, width: Infinity, height: Infinity };

/**
 * The page's text as its operators paint it, or undefined when all of it is painted to be seen
 * (the usual page: then nothing more is done). Render mode and colours follow the graphics state
 * (save, restore, form XObjects).
 */
export function readPaintedText(operators: OperatorList, ops: Ops, toPage: Matrix): PaintedText | undefined {
  const chars: string[] = [];
  const hidden: (Hidden | undefined)[] = [];
  const rasters: Box[] = [];
  const backgrounds: Box[] = [];
  const fillPaints = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const imagePaints = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat]);
  const stack: State[] = [];
  let state: State = { ctm: toPage, mode: 0, fill: '#000000', stroke: '#000000' };
  let anyHidden = false;
  // pdf.js sets a clip (W n) before the path that bounds it.
  let clipping = false;
  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i]!;
    const args = operators.argsArray[i]!;
    if (fn === ops.save) stack.push(state);
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform) state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(state);
      const matrix = args[0] as Matrix | null;
      if (matrix) state = { ...state, ctm: multiply(state.ctm, matrix) };
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setTextRenderingMode) state = { ...state, mode: args[0] as number };
    else if (fn === ops.setFillRGBColor) state = { ...state, fill: String(args[0]).toLowerCase() };
    else if (fn === ops.setStrokeRGBColor) state = { ...state, stroke: String(args[0]).toLowerCase() };
    else if (fn === ops.setFillColorN) state = { ...state, fill: 'pattern' };
    else if (fn === ops.clip || fn === ops.eoClip) clipping = true;
    else if (fn === ops.shadingFill) backgrounds.push(state.clip ?? everywhere);
    else if (imagePaints.has(fn)) {
      const box = transformBox(state.ctm, [0, 0, 1, 1]);
      rasters.push(box);
      backgrounds.push(box);
    } else if (fn === ops.constructPath) {
      const [paint, , minMax] = args as [number, unknown, number[] | null];
      if (clipping && minMax) state = { ...state, clip: transformBox(state.ctm, minMax) };
      clipping = false;
      if (fillPaints.has(paint) && minMax && state.fill !== white) backgrounds.push(transformBox(state.ctm, minMax));
    } else if (fn === ops.showText) {
      const why = hiddenBy(state);
      if (why) anyHidden = true;
      for (const glyph of args[0] as ({ unicode?: string } | number | null)[]) {
        const text = glyph && typeof glyph === 'object' ? (glyph.unicode ?? '') : '';
        for (const char of comparableChars(text)) {
          chars.push(char);
          hidden.push(why);
        }
      }
    }
  }
  return anyHidden ? { chars, hidden, rasters, backgrounds } : undefined;
}

function hiddenBy(state: State): Hidden | undefined {
  const filled = fillModes.has(state.mode);
  const stroked = strokeModes.has(state.mode);
  if (!filled && !stroked) return 'invisible';
  if ((!filled || state.fill === white) && (!stroked || state.stroke === white)) return 'white';
  return undefined;
}

/** Characters as both pdf.js readings give them: white space left out, compatibility forms folded. */
function comparableChars(text: string): string[] {
  return [...text.normalize('NFKC').replace(/\s+/g, '')];
}

/** How far ahead in the painted characters the next character of a text item is looked for. */
const alignWindow = 8;

/**
 * What hides each text item: pdf.js's text content and its operators give the same characters
 * in the same order, so each item's characters are found in the painted ones, in step. An item is
 * hidden when all its characters are; a character not found leaves the item seen.
 */
export function hiddenItems(items: string[], painted: PaintedText): (Hidden | undefined)[] {
  let position = 0;
  return items.map((item) => {
    const reasons = new Set<Hidden | undefined>();
    for (const char of comparableChars(item)) {
      const limit = Math.min(painted.chars.length, position + alignWindow);
      let found = -1;
      for (let at = position; at < limit; at++) {
        if (painted.chars[at] === char) {
          found = at;
          break;
        }
      }
      if (found < 0) {
        reasons.add(undefined);
        continue;
      }
      reasons.add(painted.hidden[found]);
      position = found + 1;
    }
    return reasons.size === 1 ? [...reasons][0] : undefined;
  });
}

/**
 * Whether hidden text is still what the page shows: invisible text over a raster image is a
 * scan's OCR layer (the only text of the page); white text on a coloured area or an image is seen.
 */
export function isSeen(box: Box, hidden: Hidden | undefined, painted: PaintedText | undefined): boolean {
  if (!hidden || !painted) return true;
  const under = (areas: Box[]) => areas.some((area) => inside(center(box), area));
  return hidden === 'invisible' ? under(painted.rasters) : under(painted.backgrounds);
}

/** Text placed wholly outside the page (a template's parked fields, a cropped-away margin) is not on it. */
export function isOnPage(box: Box, page: { width: number; height: number }): boolean {
  return box.x + box.width > 0 && box.x < page.width && box.y + box.height > 0 && box.y < page.height;
}
