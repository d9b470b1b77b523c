/**
 * Words never taken as English keywords: function words, pronouns, auxiliaries, and words every
 * report uses (year, percent, report) that say nothing of what a document is about.
 */
export const enKeywordStopWords: string[] = (
  'the of and to in a an for on with by as at from into over under about after before between through during ' +
  'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
  'this that these those it its they them their theirs we our ours us you your yours he she his her him i me my ' +
  'or nor but not no yes so than then too very also just only even still yet such both each every either neither ' +
  'all any some many much more most less least few other others another same own which who whom whose what when ' +
  'where why how there here out up down off again further once while because if though although unless until ' +
  'one two three four five six seven eight nine ten first second third new per via etc ' +
  'year years percent report reports page table figure chart source total number including include includes'
).split(' ');
