import { union } from '../geometry.js';
import type { Box, ExtractedDocument, LaidOutDocument, LaidOutPage, Line, Page, Region } from '../types.js';
import { findBoxes } from './boxes.js';
import { documentGutter, readingOrder } from './columns.js';
import { figureAreas } from './figures.js';
import { findSidebar, splitAtGutter } from './sidebar.js';
import { withoutSideTabs } from './tabs.js';

/**
 * Stage 2: each page's regions and reading order from its geometry. Text set vertically down the
 * page edge is dropped; a sidebar beside the main text is read after it; a framed or shaded box is
 * read as one unit where it stands; the rest is read column by column (a full-width title or
 * abstract above, then the left column, then the right). Figure areas are kept for the clean
 * stage, which leaves their labels out of the text.
 */
export function layout(doc: ExtractedDocument): LaidOutDocument {
  if (doc.source.format !== 'pdf') return { ...doc, pages: doc.pages.map((page) => ({ ...page, regions: [] })) };
  const pages = doc.pages.map((page) => ({ ...page, lines: withoutSideTabs(page.lines, page.number) }));
  const gutter = documentGutter(pages);
  return { ...doc, pages: pages.map((page) => layoutPage(page, gutter)) };
}

function layoutPage(page: Page, gutter: number | undefined): LaidOutPage {
  const lines = page.lines.filter((line) => line.box);
  if (lines.length === 0) return { ...page, regions: [] };
  const regions: Region[] = figureAreas(page, lines).map((box) => ({ kind: 'figure', box }));
  const { sidebar, main } = sidebarAndMain(lines, page.width);

  // A box takes the place of its lines in the reading order, as one unit the size of its frame.
  const boxes = findBoxes(page, main);
  const inBox = new Set(boxes.flatMap((box) => box.lines));
  const boxUnits = new Map<Box, { region: number; lines: Line[] }>();
  const units = main.filter((line) => !inBox.has(line));
  for (const box of boxes) {
    const unit: Line = { text: '', page: page.number, box: { ...box.box } };
    boxUnits.set(unit.box!, { region: regions.push({ kind: 'box', box: box.box }) - 1, lines: box.lines });
    units.push(unit);
  }
  const ordered = readingOrder(units, page.width, gutter).flatMap((unit) => {
    const box = boxUnits.get(unit.box!);
    if (!box) return [unit];
    return byTop(box.lines).map((line) => ({ ...line, region: box.region, ...(unit.column !== undefined ? { column: unit.column } : {}) }));
  });

  if (sidebar.size > 0) {
    const region = regions.push({ kind: 'sidebar', box: [...sidebar].map((line) => line.box!).reduce(union) }) - 1;
    ordered.push(...byTop([...sidebar]).map((line) => ({ ...line, region })));
  }
  return { ...page, lines: ordered, regions };
}

/** The page's sidebar lines (none when it has no sidebar) and its other lines; lines run together across the gutter are cut apart. */
function sidebarAndMain(lines: Line[], pageWidth: number): { sidebar: Set<Line>; main: Line[] } {
  const found = findSidebar(lines, pageWidth);
  if (!found) return { sidebar: new Set(), main: lines };
  const sidebarLeft = [...found.lines].every((line) => line.box!.x < found.gutter);
  const sidebar = new Set(found.lines);
  const main: Line[] = [];
  for (const line of lines) {
    if (found.lines.has(line)) continue;
    for (const part of splitAtGutter(line, found.gutter)) {
      const inSidebar = sidebarLeft ? part.box!.x + part.box!.width <= found.gutter : part.box!.x >= found.gutter;
      if (inSidebar) sidebar.add(part);
      else main.push(part);
    }
  }
  return { sidebar, main };
}

function byTop(lines: Line[]): Line[] {
  return [...lines].sort((a, b) => a.box!.y - b.box!.y || a.box!.x - b.box!.x);
}
