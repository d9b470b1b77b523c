import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, shared } from '../helpers.js';
import { structured } from './documents.js';

/**
 * Titles and edition years of real PDFs of many producers, read off their first pages by a person
 * (the cover or the first page; the document information and the file name aside). A PDF with
 * no title on its pages (a single page cut from a prospectus) keeps its file name.
 */
const covers: [file: string, title: string, editionYear: number | undefined][] = [
  ['real/caict_compute2021.pdf', '中国算力发展指数白皮书', 2021],
  ['real/texproposal_zh.pdf', '关于推荐重庆大学开设 TEX 相关课程并推广其运用的提议', undefined],
  ['real/trustarc_2022.pdf', 'Global Privacy Benchmarks Report', 2022],
  ['real2/en_10q_uber_2022q1.pdf', 'UBER TECHNOLOGIES, INC.', 2022],
  ['real2/en_paper_xylayoutlm_cvpr2022.pdf', 'XYLayoutLM: Towards Layout-Aware Multimodal Networks For Visually-Rich Document Understanding', undefined],
  ['real2/zh_annual_jinyu_biotech_600201_2020.pdf', '金宇生物技术股份有限公司2020 年年度报告', 2020],
  ['real2/zh_bond_prospectus_yancheng_hitech_2023_p251.pdf', 'zh_bond_prospectus_yancheng_hitech_2023_p251', undefined],
  ['real2/zh_broker_kaiyuan_momentum_factor_20200721.pdf', 'A 股市场中如何构造动量因子？——开源量化评论（3）', 2020],
  ['real2/zh_broker_xingye_timing_20211007.pdf', '花开股市、相似几何系列三—基于点位效率理论的量化择时体系搭建', 2021],
  ['real2/zh_paper_ctd_2020_sdn_multicast_fullwidth.pdf', '基于SDN的组播安全机制', 2020],
  ['real2/zh_paper_jbupt_2021_access_control.pdf', '一种信息中心移动自组网中的数据访问控制机制', 2021],
];

describe.skipIf(!hasShared)('the title and edition year of a real PDF, from its cover', () => {
  it.each(covers)('%s', async (file, title, editionYear) => {
    const doc = await structured(join(shared, file));
    expect([doc.title, doc.editionYear]).toEqual([title, editionYear]);
  }, 300_000);

  it('a government work report printed without a title line: the title its opening sentence names', async () => {
    const doc = await structured(join(shared, 'real', 'bj_gov2024.pdf'));
    expect(doc.title).toBe('北京市政府工作报告');
  }, 300_000);
});
