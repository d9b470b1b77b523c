import type { Fact } from '../types.js';

/**
 * How believable it is that one metric moved from an old edition's figure to a new one's, from
 * 1 (an ordinary change) to 0 (no real metric does that): a count or amount does not fall 100%
 * or grow 700-fold in a year; a share stays within 0–100 and rarely moves fifty points; a rank
 * moves a few places. A pair that is not plausible is not the same metric, however alike its words.
 */
export function changePlausibility(old: Fact, next: Fact, yearsApart: number): number {
  const years = Math.max(1, yearsApart);
  switch (old.kind) {
    case 'count':
    case 'amount':
    case 'measure':
    case 'duration':
      return ratioPlausibility(old.value, next.value, ordinaryGrowth.free + ordinaryGrowth.perYear * (years - 1), ordinaryGrowth.limit + ordinaryGrowth.perYear * (years - 1));
    case 'rank':
      return ratioPlausibility(old.value, next.value, rankMoves.free, rankMoves.limit);
    case 'percent':
      return sharePlausibility(old.value, next.value, years);
    default:
      // Growth rates, multiples and the like swing freely from one year to the next.
      return 1;
  }
}

/**
 * Orders of magnitude (log10 of the ratio) within which a count or amount moves freely in a
 * year (×5 or ÷5), and past which it never does (×100, ÷100); each further year widens both.
 */
const ordinaryGrowth = { free: Math.log10(5), limit: 2, perYear: 0.5 };
/** A rank moves freely within a factor of 2 (第 65 位 → 第 45 位), never by a factor of 10 (第 1 → 第 10). */
const rankMoves = { free: Math.log10(2), limit: 1 };
/**
 * Points a share moves freely in a year, and past which it never does; and the orders of magnitude
 * likewise (×2.5 freely, never ×5: 7.8% of GDP does not become 39.8% in a year).
 */
const shareMoves = { free: 30, limit: 80, perYear: 10, freeRatio: Math.log10(2.5), limitRatio: Math.log10(5), ratioPerYear: 0.15 };

/** 1 within `free` orders of magnitude of change, 0 past `limit`, linear in between. */
function ratioPlausibility(old: number, next: number, free: number, limit: number): number {
  // A zero or negative figure gives no ratio to judge by.
  if (old <= 0 || next <= 0) return 1;
  const magnitude = Math.abs(Math.log10(next / old));
  return between(magnitude, free, limit);
}

/** Shares (both within 0–100) by the points they move; a percentage above 100 (108% penetration) is no share. */
function sharePlausibility(old: number, next: number, years: number): number {
  if (old < 0 || next < 0 || old > 100 || next > 100) return 1;
  const extra = shareMoves.perYear * (years - 1);
  const extraRatio = shareMoves.ratioPerYear * (years - 1);
  const byPoints = between(Math.abs(next - old), shareMoves.free + extra, shareMoves.limit + extra);
  return Math.min(byPoints, ratioPlausibility(old, next, shareMoves.freeRatio + extraRatio, shareMoves.limitRatio + extraRatio));
}

/**
 * What a change keeps at the edge of the free range: within it, a smaller change is a little more
 * believable (most metrics move less than a third in a year), which tells 10.32 亿 → 10.67 亿
 * from 2.84 亿 → 10.67 亿 when the words cannot.
 */
const freeEdge = 0.9;

const between = (distance: number, free: number, limit: number) =>
  distance <= free ? 1 - (1 - freeEdge) * (free === 0 ? 0 : distance / free) : distance >= limit ? 0 : (freeEdge * (limit - distance)) / (limit - free);
