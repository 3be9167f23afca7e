/**
 * The console's words for one area (Customer service: handover memos, fines, the department fund), Chinese first (the default), English typed
 * against it. Spread into the dictionaries in ../zh-CN.ts and ../en.ts; keys must not collide.
 */
export const zh = {
  "nav.service": "交接与罚款",
};

export const en: Record<keyof typeof zh, string> = {
  "nav.service": "Handover & fines",
};
