import type { Random } from './random.js';

const CITIES = [
  '上海',
  '苏州',
  '杭州',
  '宁波',
  '南京',
  '无锡',
  '深圳',
  '广州',
  '东莞',
  '佛山',
  '厦门',
  '成都',
  '武汉',
  '合肥',
  '青岛',
  '天津',
];
const WORDS = [
  '华信',
  '恒通',
  '宏达',
  '金泰',
  '瑞丰',
  '鼎盛',
  '新元',
  '永兴',
  '博远',
  '中联',
  '海川',
  '润泽',
  '东方',
  '汇丰',
  '安捷',
  '众诚',
  '天成',
  '嘉禾',
  '启明',
  '万通',
];
const TRADES = [
  '机电',
  '电子',
  '建材',
  '物流',
  '科技',
  '化工',
  '精密制造',
  '贸易',
  '医疗器械',
  '新能源',
  '包装',
  '汽车零部件',
];
const SUFFIXES = ['有限公司', '股份有限公司', '实业有限公司'];
const EN_FIRST = [
  'Pacific',
  'Harbour',
  'Summit',
  'Lion City',
  'Meridian',
  'Orchid',
  'Straits',
  'Evergreen',
  'Bayfront',
  'Keppel',
];
const EN_TRADE = [
  'Logistics',
  'Components',
  'Trading',
  'Electronics',
  'Engineering',
  'Supplies',
  'Systems',
  'Foods',
];
const EN_SUFFIX = ['Pte Ltd', 'Ltd', 'Holdings'];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '婷',
  '浩',
];
const PINYIN: Record<string, string> = {
  王: 'wang',
  李: 'li',
  张: 'zhang',
  刘: 'liu',
  陈: 'chen',
  杨: 'yang',
  赵: 'zhao',
  黄: 'huang',
  周: 'zhou',
  吴: 'wu',
  徐: 'xu',
  孙: 'sun',
  马: 'ma',
  朱: 'zhu',
  胡: 'hu',
  郭: 'guo',
  伟: 'wei',
  芳: 'fang',
  娜: 'na',
  敏: 'min',
  静: 'jing',
  磊: 'lei',
  洋: 'yang',
  艳: 'yan',
  勇: 'yong',
  军: 'jun',
  杰: 'jie',
  娟: 'juan',
  涛: 'tao',
  明: 'ming',
  超: 'chao',
  霞: 'xia',
  婷: 'ting',
  浩: 'hao',
};

/** A plausible Chinese company name; `n` keeps names distinct across a large set. */
export function chineseCompanyName(rng: Random, n: number): string {
  const base = `${rng.pick(CITIES)}${rng.pick(WORDS)}${rng.pick(TRADES)}`;
  return `${base}${n >= 300 ? `${Math.floor(n / 300)}号` : ''}${rng.pick(SUFFIXES)}`;
}

/** A plausible English company name for the international team. */
export function englishCompanyName(rng: Random, n: number): string {
  return `${rng.pick(EN_FIRST)} ${rng.pick(EN_TRADE)}${n >= 100 ? ` ${Math.floor(n / 100)}` : ''} ${rng.pick(EN_SUFFIX)}`;
}

/** A person's Chinese name with a pinyin handle for the e-mail address. */
export function personName(rng: Random): { name: string; handle: string } {
  const surname = rng.pick(SURNAMES);
  const given = rng.pick(GIVEN);
  return { name: `${surname}${given}`, handle: `${PINYIN[surname]}.${PINYIN[given]}` };
}

const EN_GIVEN = [
  'Alice',
  'Ben',
  'Chloe',
  'Daniel',
  'Grace',
  'Henry',
  'Irene',
  'James',
  'Mei Ling',
  'Ravi',
  'Sarah',
  'Wei Jie',
];
const EN_FAMILY = ['Tan', 'Lim', 'Wong', 'Ng', 'Lee', 'Chua', 'Kumar', 'Smith', 'Brown', 'Goh', 'Ong', 'Teo'];

/** A person's English name with a handle for the e-mail address; draws as often as `personName`. */
export function englishPersonName(rng: Random): { name: string; handle: string } {
  const given = rng.pick(EN_GIVEN);
  const family = rng.pick(EN_FAMILY);
  return {
    name: `${given} ${family}`,
    handle: `${given.toLowerCase().replace(/\s+/g, '')}.${family.toLowerCase()}`,
  };
}
