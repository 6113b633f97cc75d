import { normaliseText } from './text.ts';

// The domain vocabulary of the 判定助手: words that officers, enterprises and the standards use for the same thing.
// Each group becomes one concept token (`#key`) wherever any of its forms occurs, so "受限空间" meets "有限空间"
// and "无控爆措施" meets "未采取泄爆、惰化、抑爆". Groups are narrow on purpose: two forms share a group only
// when a 判定标准 item would accept either, otherwise distinct items of one standard stop being distinguishable.

/**
 * `forms` name the same thing and stand in for each other (受限空间 for 有限空间); `members` are instances of it
 * (污水池 is a 有限空间): a member in a description satisfies the general word in an item, never another member
 * (办公室 does not satisfy 交接班室). Every form and member yields the concept token.
 */
export type SynonymGroup = { key: string; forms: readonly string[]; members?: readonly string[] };

export const synonymGroups: readonly SynonymGroup[] = [
  // 粉尘涉爆
  { key: '粉尘爆炸', forms: ['粉尘涉爆', '粉尘爆炸', '涉爆粉尘', '可燃性粉尘', '可燃粉尘'], members: ['金属粉尘', '木质粉尘', '木粉尘', '铝粉', '镁粉', '粉尘', '静电粉末', '粉末涂料'] },
  { key: '除尘', forms: ['除尘器', '除尘系统', '除尘设备', '除尘装置', '收尘器', '集尘器', '除尘'], members: ['收尘仓', '除尘风管', '除尘管道', '收尘', '集尘', '滤筒', '旋风除尘'] },
  { key: '控爆', forms: ['控爆', '爆炸防控', '控爆措施'], members: ['泄爆', '抑爆', '惰化', '隔爆', '防爆门', '泄压口'] },
  { key: '火花探测', forms: ['火花探测', '火花探测消除', '火花探测报警', '火花熄灭'] },
  { key: '锁气卸灰', forms: ['锁气卸灰', '卸灰阀', '星型卸灰', '锁气'] },
  { key: '积尘', forms: ['积尘', '积灰'], members: ['粉尘清理', '清扫粉尘', '粉尘清扫'] },
  { key: '杂物去除', forms: ['杂物去除', '异物去除', '除杂', '除铁'], members: ['铁、石等杂物', '去除铁、石', '磁选'] },
  { key: '正压吹送', forms: ['正压吹送', '正压除尘'] },
  { key: '重力沉降', forms: ['重力沉降', '沉降室'] },
  { key: '巷道式风道', forms: ['巷道式构筑物', '巷道式'] },
  // 有限空间
  { key: '有限空间', forms: ['有限空间', '受限空间', '密闭空间'], members: ['污水池', '化粪池', '窨井', '下水井', '污水井', '沼气池', '发酵池', '储罐内部', '罐内作业'] },
  { key: '通风检测', forms: ['先通风、再检测、后作业', '先通风再检测后作业'], members: ['先通风', '检测分析', '通风检测'] },
  { key: '监护', forms: ['监护人员', '监护人', '专人监护', '监护'] },
  { key: '作业审批', forms: ['作业审批', '审批手续', '审批'], members: ['作业票', '作业证', '作业许可'] },
  { key: '警示标志', forms: ['安全警示标志', '警示标志', '警示标识', '警示牌'] },
  // 管理类
  { key: '承包承租', forms: ['承包单位', '承租单位', '承包方', '承租方', '承包', '承租'], members: ['发包', '出租', '外包', '外租', '租赁', '厂中厂'] },
  { key: '统一协调管理', forms: ['统一协调', '统一管理'], members: ['安全生产管理协议', '安全管理协议', '管理职责', '定期进行安全检查', '定期安全检查'] },
  { key: '持证', forms: ['特种作业操作证', '操作资格证', '操作证', '持证上岗', '持证', '取得相应资格', '资格证书'], members: ['无证', '未持证'] },
  { key: '焊接动火', forms: ['动火'], members: ['焊接与热切割', '热切割', '电焊', '气焊', '焊接', '切割作业'] },
  { key: '考核合格', forms: ['考核合格', '安全生产知识和管理能力考核', '安全生产考核合格证'] },
  // 气体与报警
  { key: '可燃气体报警', forms: ['可燃气体浓度监测报警', '可燃气体报警', '可燃气体检测报警', '可燃气体浓度报警', '可燃气体探测', '气体报警器', '气体检测仪'], members: ['燃气泄漏报警', '燃气报警', '可燃气体'] },
  { key: '一氧化碳', forms: ['一氧化碳', 'co报警', 'co浓度'] },
  { key: '有毒气体', forms: ['有毒气体', '有毒有害气体'], members: ['硫化氢', '砷化氢', '磷化氢', '氯气', '光气'] },
  { key: '氨', forms: ['液氨', '氨气', '氨制冷', '涉氨'], members: ['氨直接蒸发'] },
  { key: '氯', forms: ['液氯', '氯气'], members: ['次氯酸钠', '亚氯酸钠'] },
  { key: '乙醇蒸气', forms: ['乙醇蒸气', '酒精蒸气'], members: ['酒库', '白酒', '勾兑'] },
  { key: '联锁', forms: ['联锁', '连锁', '联动'] },
  { key: '紧急切断', forms: ['紧急切断', '自动切断', '快速切断', '切断阀', '切断装置'], members: ['紧急排放阀'] },
  { key: '压力监测', forms: ['压力监测', '压力报警', '压力监测报警'], members: ['压力表'] },
  { key: '监测报警', forms: ['监测报警', '检测报警', '报警装置', '报警器', '报警仪'], members: ['监测装置'] },
  // 冶金有色机械
  { key: '熔融金属', forms: ['熔融金属'], members: ['铝水', '铝液', '钢水', '铁水', '液渣', '熔炼炉', '保温炉', '精炼炉', '熔化炉', '压铸', '铸造'] },
  { key: '积水', forms: ['积水'], members: ['渗水'] },
  { key: '深井铸造', forms: ['深井铸造'], members: ['结晶器', '流槽', '模盘'] },
  { key: '煤气', forms: ['煤气', '天然气'], members: ['燃气总管', '燃气管道', '燃烧装置', '烘烤器'] },
  { key: '人员聚集场所', forms: ['人员聚集场所', '人员密集场所'], members: ['会议室', '活动室', '休息室', '交接班室', '更衣室', '员工宿舍', '宿舍', '办公室', '操作室'] },
  { key: '吊运跨', forms: ['吊运跨', '浇注跨'], members: ['吊运区域', '行车吊运', '天车吊运'] },
  { key: '涂装', forms: ['喷漆室', '调漆间', '喷漆车间', '喷漆', '调漆'], members: ['涂装', '喷涂'] },
  { key: '非水性漆', forms: ['非水性漆', '油性漆', '油性油漆', '溶剂型涂料'] },
  { key: '水冷', forms: ['水冷', '冷却水'], members: ['冷却系统', '出水温度', '流量差'] },
  { key: '锂电池', forms: ['锂离子电池', '锂电池'], members: ['故障电池'] },
  // 危险化学品
  { key: '危化品', forms: ['危险化学品', '危化品'], members: ['化学品'] },
  { key: '重大危险源', forms: ['重大危险源'], members: ['两重点一重大'] },
  { key: '罐区', forms: ['罐区', '储罐区'], members: ['储罐', '液化烃', '球罐'] },
  { key: '安全仪表', forms: ['安全仪表系统', 'sis'] },
  { key: '紧急停车', forms: ['紧急停车系统', '紧急停车', 'esd'] },
  { key: '自动化控制', forms: ['自动化控制系统', '自动化控制', 'dcs', '自控系统'] },
  { key: '防爆电气', forms: ['防爆电气', '防爆电气设备', '防爆性能', '防爆要求', '防爆型'], members: ['非防爆', '不防爆', '电气设备', '防爆'] },
  { key: '安全阀', forms: ['安全阀', '爆破片', '安全附件'] },
  { key: '分区分类储存', forms: ['分区分类'], members: ['禁配', '禁忌物料', '混放混存', '混合储存', '混存', '同库储存', '超量储存'] },
  { key: '充装', forms: ['充装'] },
  { key: '双重电源', forms: ['双重电源', '双电源'] },
  { key: '不间断电源', forms: ['不间断电源', 'ups'] },
  { key: '特殊作业', forms: ['特殊作业'], members: ['动火作业', '进入受限空间', '受限空间作业', '盲板抽堵', '高处作业', '吊装作业', '临时用电', '动土作业', '断路作业'] },
  // 燃气
  { key: '燃气', forms: ['燃气', '城镇燃气'], members: ['液化石油气', '液化气', '瓶装燃气', '天然气', '煤气罐'] },
  { key: '气瓶', forms: ['气瓶', '钢瓶'], members: ['煤气罐', '液化气罐'] },
  { key: '燃具', forms: ['燃气燃烧器具', '燃具', '灶具'] },
  { key: '地下室', forms: ['地下室', '半地下室', '地下箱体', '密闭地下空间'] },
  // 房屋市政
  { key: '塔机', forms: ['塔式起重机', '塔吊', '塔机'] },
  { key: '施工升降机', forms: ['施工升降机', '人货电梯', '施工电梯'] },
  { key: '起重机械', forms: ['起重机械', '起重机'], members: ['行车', '天车', '航吊', '桥式起重机', '门式起重机', '吊车', '塔式起重机', '塔吊', '施工升降机'] },
  { key: '脚手架', forms: ['脚手架', '外架'], members: ['爬架', '附着式升降脚手架'] },
  { key: '连墙件', forms: ['连墙件', '连墙杆'], members: ['拉结点'] },
  { key: '基坑', forms: ['基坑', '深基坑'] },
  { key: '边坡', forms: ['边坡', '高边坡'] },
  { key: '模板支架', forms: ['模板支架', '模板支撑', '高支模', '支模架'] },
  { key: '专项方案', forms: ['专项施工方案', '专项方案'], members: ['施工方案'] },
  { key: '专家论证', forms: ['专家论证', '论证'] },
  { key: '危大工程', forms: ['危险性较大的分部分项工程', '危大工程'] },
  { key: '外电线路', forms: ['外电架空线路', '外电线路', '架空线路'], members: ['高压线'] },
  // 矿山
  { key: '安全出口', forms: ['安全出口'] },
  { key: '生产能力', forms: ['设计生产能力', '设计年生产能力', '年生产规模', '生产能力'], members: ['超产', '产量'] },
  { key: '图纸', forms: ['现状图', '图纸', '填绘图'] },
  { key: '尾矿库', forms: ['尾矿库'], members: ['尾矿坝', '坝体', '干滩', '浸润线'] },
  { key: '排洪', forms: ['排洪', '防洪'] },
  { key: '监测监控', forms: ['安全监测监控系统', '监测监控系统', '安全监测系统'], members: ['人员定位', '通信联络', '在线监测'] },
  { key: '排水', forms: ['排水系统', '排水泵'], members: ['水泵', '水仓', '防水门'] },
  { key: '支护', forms: ['支护'], members: ['锚杆', '锚网'] },
  // 烟花爆竹、民爆
  { key: '药量', forms: ['核定药量', '药量', '存药量'] },
  { key: '人数', forms: ['核定人数', '定员', '作业人员数量'], members: ['超员'] },
  { key: '工库房', forms: ['工房', '库房', '工(库)房'], members: ['仓库'] },
  { key: '许可证', forms: ['许可证'], members: ['经营许可', '生产许可', '安全生产许可证'] },
  { key: '防雷', forms: ['防雷'] },
  { key: '防静电', forms: ['防静电', '静电释放', '静电接地'] },
  // 特种设备
  { key: '电梯', forms: ['电梯'], members: ['自动扶梯', '自动人行道'] },
  { key: '定期检验', forms: ['定期检验', '年检'], members: ['检验不合格', '未经检验'] },
  { key: '游乐设施', forms: ['大型游乐设施', '游乐设施'] },
  // 渔船
  { key: '渔船', forms: ['渔业船舶', '渔船'] },
  { key: '船位监测', forms: ['船位监测', '北斗', 'ais', 'vms', '船舶自动识别系统'] },
];

/** Abbreviations and plain-language forms written out, so segmentation sees the standard's words. */
export const abbreviations: readonly (readonly [string, string])[] = [
  ['两重点一重大', '重点监管危险化工工艺 重点监管危险化学品 重大危险源'],
  ['粉6条', '粉尘防爆'],
  ['铝7条', '铝加工深井铸造'],
  ['gds', '可燃气体检测报警'],
  ['sis', '安全仪表系统'],
  ['esd', '紧急停车系统'],
  ['dcs', '自动化控制系统'],
  ['lpg', '液化石油气'],
  ['co报警', '一氧化碳报警'],
];

type CompiledForm = { form: string; key: string };
const byLength = (a: CompiledForm, b: CompiledForm) => b.form.length - a.form.length;
const compiledForms: readonly CompiledForm[] = synonymGroups
  .flatMap((g) => [...g.forms, ...(g.members ?? [])].map((form) => ({ form: normaliseText(form), key: g.key })))
  .sort(byLength);
const standInForms: readonly CompiledForm[] = synonymGroups.flatMap((g) => g.forms.map((form) => ({ form: normaliseText(form), key: g.key }))).sort(byLength);

/** Replaces abbreviations by their written-out form (text must already be lower-cased). */
export function expandAbbreviations(text: string): string {
  let out = text;
  for (const [abbr, full] of abbreviations) if (out.includes(abbr)) out = out.split(abbr).join(` ${full} `);
  return out;
}

/** Concept keys whose forms occur in the (normalised) text, with the longest surface form that matched. */
export function conceptsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const { key, form } of conceptOccurrences(text)) if (!found.has(key)) found.set(key, form);
  return found;
}

// Forms by their first UTF-16 unit, longest first: one pass over the text finds every occurrence (keyed by number:
// no one-character string is made per character of every description).
const formsByFirstChar = new Map<number, CompiledForm[]>();
for (const f of compiledForms) {
  if (f.form === '') continue;
  const first = f.form.charCodeAt(0);
  formsByFirstChar.set(first, [...(formsByFirstChar.get(first) ?? []), f]);
}

/** Every occurrence of a form in the (normalised) text, with its concept and offset. */
export function conceptOccurrences(text: string): { key: string; form: string; at: number }[] {
  const out: { key: string; form: string; at: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    const forms = formsByFirstChar.get(text.charCodeAt(at));
    if (!forms) continue;
    for (const f of forms) if (text.startsWith(f.form, at)) out.push({ key: f.key, form: f.form, at });
  }
  return out;
}

/**
 * Concepts an item's word stands for: groups one of whose forms the word is, or is part of ("统一" of "统一协调").
 * A description naming such a concept (by any form or member) satisfies the word.
 */
export function standInConcepts(word: string): string[] {
  const keys = new Set<string>();
  for (const { form, key } of standInForms) {
    // Not a longer word containing the form: "燃气配气间" is a specific place, not any 燃气 thing.
    if (word === form || ([...word].length >= 2 && form.includes(word))) keys.add(key);
  }
  return [...keys];
}

/** Forms of one concept (for tests and the UI's explanation). */
export const formsOfConcept = (key: string): readonly string[] => synonymGroups.find((g) => g.key === key)?.forms ?? [];
