import type { MetricWordTables } from '../types.js';

/** How English reports name one metric in different editions. */
export const enMetricWords: MetricWordTables = {
  synonyms: [
    ['internet users', 'netizens', 'online users', 'internet population'],
    ['users', 'subscribers', 'people'],
    ['issued', 'distributed', 'claimed'],
    ['visits', 'page views', 'hits'],
    ['transaction volume', 'transaction value', 'turnover'],
    ['applications', 'filings'],
    ['revenue', 'revenues'],
    ['penetration', 'penetration rate'],
  ],
  incrementWords: ['new', 'newly', 'added'],
  changeBaseWords: ['than', 'over', 'compared with', 'compared to', 'since', 'from'],
};
