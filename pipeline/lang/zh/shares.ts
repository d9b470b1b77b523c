/**
 * Words that introduce the base of a share: in "5G 标准必要专利占全球总量的 37%" what follows 占
 * (全球总量) is what the share is of, not what is measured. Read by the diff to tell shares of
 * different things apart.
 */
export const zhShareMarkers: string[] = ['占'];
