/** An 8-bit grayscale raster: 0 is black, 255 white; rows top to bottom. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A rectangle in pixels of one image. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Gray from RGBA, over white where transparent (a rendered page's canvas). */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < data.length; i += 4, p++) {
    const alpha = rgba[i + 3]! / 255;
    const luma = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    data[p] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

/** Bilinear sample at (x, y), white outside the image. */
function sample(image: GrayImage, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (px: number, py: number) =>
    px < 0 || py < 0 || px >= image.width || py >= image.height ? 255 : image.data[py * image.width + px]!;
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** The part of the image inside box, scaled to width × height (box in source pixels). */
export function resample(image: GrayImage, box: PixelBox, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  const sx = box.width / width;
  const sy = box.height / height;
  for (let y = 0; y < height; y++) {
    const srcY = box.y + (y + 0.5) * sy - 0.5;
    for (let x = 0; x < width; x++) data[y * width + x] = sample(image, box.x + (x + 0.5) * sx - 0.5, srcY);
  }
  return { width, height, data };
}

/** The image turned by angle radians (clockwise positive, y down) about its centre, same size, white corners. */
export function rotate(image: GrayImage, angle: number): GrayImage {
  const { width, height } = image;
  const data = new Uint8Array(width * height);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Inverse map: where in the source this output pixel comes from.
      const dx = x - cx;
      const dy = y - cy;
      data[y * width + x] = sample(image, cx + dx * cos + dy * sin, cy - dx * sin + dy * cos);
    }
  }
  return { width, height, data };
}

/** A 4-connected region of pixels: its bounding box and its pixels' indices (y × width + x). */
export interface PixelRegion {
  box: PixelBox;
  pixels: Int32Array;
}

/** The 4-connected regions of the pixels for which on(index) holds, in scan order of their first pixel. */
export function connectedRegions(width: number, height: number, on: (index: number) => boolean): PixelRegion[] {
  const seen = new Uint8Array(width * height);
  const regions: PixelRegion[] = [];
  const stack: number[] = [];
  for (let start = 0; start < seen.length; start++) {
    if (seen[start] || !on(start)) continue;
    const pixels: number[] = [];
    let minX = width;
    let minY = height;
    let maxX = -1;
    let maxY = -1;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const index = stack.pop()!;
      pixels.push(index);
      const x = index % width;
      const y = (index - x) / width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      for (const next of [x > 0 ? index - 1 : -1, x < width - 1 ? index + 1 : -1, y > 0 ? index - width : -1, y < height - 1 ? index + width : -1]) {
        if (next >= 0 && !seen[next] && on(next)) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    regions.push({ box: { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 }, pixels: Int32Array.from(pixels) });
  }
  return regions;
}
