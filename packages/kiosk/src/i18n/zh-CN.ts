/**
 * The kiosk's words in Simplified Chinese, the default. Short: they are read from a step away,
 * by someone holding a parcel. en.ts is typed against this dictionary.
 */
export const zhCN = {
  "app.title": "店务 · 工位终端",
  "language.switch": "English",
  "language.hint": "F2 切换语言",

  "kind.packing_bench": "打包台",
  "kind.clock_in": "打卡机",

  "pairing.title": "绑定此设备",
  "pairing.instructions": "请管理员在管理后台「设备」页面生成配对码，然后在这里输入并按回车。",
  "pairing.code": "配对码",
  "pairing.submit": "绑定",
  "pairing.pairing": "正在绑定…",
  "pairing.badCode": "配对码无效、已使用或已过期，请重新生成。",

  "connecting": "正在连接服务器…",
  "offline.title": "无法连接服务器",
  "offline.retrying": "{seconds} 秒后自动重试",

  "badge.prompt": "请扫描工牌",
  "badge.checking": "正在识别…",
  "badge.invalid": "工牌无效",
  "badge.invalidHint": "请联系主管补办工牌。扫描有效工牌即可继续。",
  "error.network": "网络故障",
  "error.networkHint": "无法连接服务器，请再扫一次。",
  "error.unexpected": "出错了",
  "error.unexpectedHint": "请再扫一次；如果仍然出错，请联系主管。",

  "bench.operator": "当前操作员",
  "bench.waiting": "打包台 — 等待扫描包裹",
  "bench.notYet": "已扫描 {code}（包裹扫描功能即将上线）",
  "bench.signOutHint": "扫描工牌切换操作员；再扫自己的工牌或按 Esc 退出。",
  "bench.signedOut": "{name} 已退出",

  "clock.morning": "早上好，{name}",
  "clock.afternoon": "下午好，{name}",
  "clock.evening": "晚上好，{name}",
  "clock.identified": "已识别 {staffNo}（打卡功能即将上线）",
};

export type MessageKey = keyof typeof zhCN;
