/**
 * Sources the rules cite, each with its tier and how well it was verified; docs/sources.md says
 * where each was read. Only sources whose cited content was read in full text ('verified-text',
 * 原文已核) or is reported alike by several independent sources ('multi-source', 多源一致) are here.
 * Left out on purpose (one source only, or unverified): the 2018 NIFA convention's article numbers
 * and figures, Doc 141's wording, the Consumer Finance Companies Measures' collection clause, the
 * 24% figures (except the reported 24% for 助贷, `assistedLending24`, shown as reported), the 36% figure, 12363, the NIFA reporting platform's address, 12315, 12377, the Shenzhen
 * exempt-asset cap and restriction list.
 */
import { bindsLender, inForceOn, type Binds, type InForce, type LenderInput } from './lenders';
import type { Bilingual, BindingTier, Source, Tier, Verification } from './types';

function src(
  id: string,
  zhTitle: string,
  enTitle: string,
  tier: Tier,
  verification: Verification,
  extra: { article?: Bilingual; dates?: Bilingual; binds?: Binds; inForce?: InForce } = {},
): Source {
  const { binds = 'everyone', ...rest } = extra;
  return { id, title: { zh: zhTitle, en: enTitle }, tier, verification, binds, ...rest };
}

/** Who the collection standards and guidelines cover (docs/sources.md, "Who each source binds"). */
const GBT_SCOPE: Binds = ['bank-loan', 'consumer-finance', 'microlender', 'online-platform', 'collection-agency'];
const NIFA_SCOPE: Binds = ['bank-loan', 'consumer-finance', 'microlender', 'online-platform'];
const CBA_SCOPE: Binds = ['bank-card', 'bank-loan', 'consumer-finance'];
const CARD: Binds = ['bank-card'];

const A = (zh: string, en: string): Bilingual => ({ zh, en });

export const SOURCES = {
  civilCode1033: src('civilCode1033', '《中华人民共和国民法典》', 'Civil Code of the PRC', 'law', 'verified-text', {
    article: A('第一千零三十二条、第一千零三十三条', 'Arts. 1032–1033'),
    dates: A('2021-01-01 施行', 'in force 2021-01-01'),
    inForce: { from: '2021-01-01' },
  }),
  civilCode1038: src('civilCode1038', '《中华人民共和国民法典》', 'Civil Code of the PRC', 'law', 'verified-text', {
    article: A('第一千零三十四条、第一千零三十八条', 'Arts. 1034, 1038'),
    inForce: { from: '2021-01-01' },
  }),
  civilCode997: src('civilCode997', '《中华人民共和国民法典》', 'Civil Code of the PRC', 'law', 'verified-text', {
    article: A('第九百九十七条', 'Art. 997'),
    inForce: { from: '2021-01-01' },
  }),
  civilCode585: src('civilCode585', '《中华人民共和国民法典》', 'Civil Code of the PRC', 'law', 'verified-text', {
    article: A('第五百八十五条第二款', 'Art. 585(2)'),
  }),
  civilCode678: src('civilCode678', '《中华人民共和国民法典》', 'Civil Code of the PRC', 'law', 'verified-text', {
    article: A('第六百七十八条', 'Art. 678'),
  }),
  pipl: src('pipl', '《中华人民共和国个人信息保护法》', 'Personal Information Protection Law', 'law', 'verified-text', {
    article: A('第六条、第十条', 'Arts. 6, 10'),
    dates: A('2021-11-01 施行', 'in force 2021-11-01'),
    inForce: { from: '2021-11-01' },
  }),
  psal2025: src(
    'psal2025',
    '《中华人民共和国治安管理处罚法》（2025 修订）',
    'Public Security Administration Punishments Law (2025 revision)',
    'law',
    'verified-text',
    {
      article: A('第五十条', 'Art. 50'),
      dates: A('2026-01-01 施行', 'in force 2026-01-01'),
      inForce: { from: '2026-01-01' },
    },
  ),
  psal2025Art56: src(
    'psal2025Art56',
    '《中华人民共和国治安管理处罚法》（2025 修订）',
    'Public Security Administration Punishments Law (2025 revision)',
    'law',
    'verified-text',
    {
      article: A('第五十六条', 'Art. 56'),
      dates: A('2026-01-01 施行', 'in force 2026-01-01'),
      inForce: { from: '2026-01-01' },
    },
  ),
  psal2012: src(
    'psal2012',
    '《中华人民共和国治安管理处罚法》（2012 修正）',
    'Public Security Administration Punishments Law (2012 amendment)',
    'law',
    'verified-text',
    {
      article: A('第四十二条第（五）项、第（六）项', 'Art. 42, items 5 and 6'),
      dates: A('适用于 2026-01-01 前发生的行为', 'applies to acts before 2026-01-01'),
      inForce: { until: '2025-12-31' },
    },
  ),
  criminal2531: src('criminal2531', '《中华人民共和国刑法》', 'Criminal Law of the PRC', 'law', 'verified-text', {
    article: A('第二百五十三条之一', 'Art. 253-1'),
  }),
  creditRegulation: src(
    'creditRegulation',
    '《征信业管理条例》',
    'Regulation on the Administration of the Credit Reporting Industry',
    'administrative-regulation',
    'verified-text',
    {
      article: A('第十五、十六、十七、二十五条', 'Arts. 15, 16, 17, 25'),
      dates: A('2013-03-15 施行', 'in force 2013-03-15'),
    },
  ),
  privateLending: src(
    'privateLending',
    '最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》（2020 年第二次修正）',
    "Supreme People's Court Provisions on Private Lending Cases (2020 second amendment)",
    'judicial-interpretation',
    'verified-text',
    {
      article: A('第一条、第二十五条、第二十八条、第二十九条', 'Arts. 1, 25, 28, 29'),
      // Private lending only: licensed lenders are outside it (the Reply below).
      binds: ['unlicensed'],
    },
  ),
  privateLendingScope: src(
    'privateLendingScope',
    '最高人民法院《关于新民间借贷司法解释适用范围问题的批复》',
    "Supreme People's Court Reply on the Scope of the New Private Lending Interpretation",
    'judicial-interpretation',
    'verified-text',
  ),
  bankCardCases: src(
    'bankCardCases',
    '最高人民法院《关于审理银行卡民事纠纷案件若干问题的规定》',
    "Supreme People's Court Provisions on Bank Card Civil Disputes",
    'judicial-interpretation',
    'verified-text',
    {
      article: A('第二条', 'Art. 2'),
      binds: CARD,
    },
  ),
  creditCardCrime: src(
    'creditCardCrime',
    '两高《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》（2018 修改）',
    'SPC/SPP Interpretation on Credit Card Crimes (2018 amendment)',
    'judicial-interpretation',
    'verified-text',
    {
      dates: A('2018-12-01 施行', 'in force 2018-12-01'),
      binds: CARD,
    },
  ),
  evidenceRules: src(
    'evidenceRules',
    '最高人民法院《关于民事诉讼证据的若干规定》（2019 修正）',
    "Supreme People's Court Provisions on Evidence in Civil Procedure (2019)",
    'judicial-interpretation',
    'verified-text',
    {
      article: A('第十四条、第十五条、第九十条', 'Arts. 14, 15, 90'),
    },
  ),
  civilProcedure106: src(
    'civilProcedure106',
    '最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》',
    "Supreme People's Court Interpretation of the Civil Procedure Law",
    'judicial-interpretation',
    'multi-source',
    {
      article: A('第一百零六条', 'Art. 106'),
    },
  ),
  creditCardMeasures68: src(
    'creditCardMeasures68',
    '《商业银行信用卡业务监督管理办法》',
    'Measures on the Supervision of Commercial Banks’ Credit Card Business',
    'departmental-rule',
    'multi-source',
    {
      article: A('第六十八条', 'Art. 68'),
      dates: A('2011-01-13 公布施行', 'in force 2011-01-13'),
      binds: CARD,
      inForce: { from: '2011-01-13' },
    },
  ),
  creditCardMeasures70: src(
    'creditCardMeasures70',
    '《商业银行信用卡业务监督管理办法》',
    'Measures on the Supervision of Commercial Banks’ Credit Card Business',
    'departmental-rule',
    'multi-source',
    {
      article: A('第七十条', 'Art. 70'),
      dates: A('2011-01-13 公布施行', 'in force 2011-01-13'),
      binds: CARD,
      inForce: { from: '2011-01-13' },
    },
  ),
  gbt45251: src(
    'gbt45251',
    'GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》',
    'GB/T 45251—2025 Guidelines on post-loan collection risk control for personal online consumer credit',
    'national-standard',
    'multi-source',
    {
      dates: A(
        '2025-02-28 发布并实施（推荐性国家标准）',
        'issued and in effect 2025-02-28 (recommended national standard)',
      ),
      binds: GBT_SCOPE,
      inForce: { from: '2025-02-28' },
    },
  ),
  nifaCollection: src(
    'nifaCollection',
    '中国互联网金融协会《互联网金融贷后催收业务指引》',
    'NIFA Guidelines on post-loan collection in internet finance',
    'industry-guideline',
    'multi-source',
    // Its year of publication is not verified, so it has no start date.
    { binds: NIFA_SCOPE },
  ),
  cba2026: src(
    'cba2026',
    '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    'China Banking Association Guidelines on collection of personal consumer loans (trial)',
    'industry-guideline',
    'multi-source',
    {
      dates: A('2026-01-30 发布', 'issued 2026-01-30'),
      binds: CBA_SCOPE,
      inForce: { from: '2026-01-30' },
    },
  ),
  creditRepair2025: src(
    'creditRepair2025',
    '中国人民银行《关于实施一次性信用修复政策有关安排的通知》',
    "People's Bank of China notice on a one-off credit repair policy",
    'normative-document',
    'multi-source',
    {
      dates: A('2025-12-22 发布', 'issued 2025-12-22'),
    },
  ),
  nfraAgentWarnings: src(
    'nfraAgentWarnings',
    '金融监管总局及各地监管分局关于“非法代理维权”的风险提示',
    'NFRA and local branches’ warnings about illegal “debt agents”',
    'practice',
    'multi-source',
  ),
  lpr: src(
    'lpr',
    '中国人民银行授权全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）',
    'One-year Loan Prime Rate (LPR), published by the National Interbank Funding Center on behalf of the PBoC',
    'practice',
    'multi-source',
  ),
  assistedLending24: src(
    'assistedLending24',
    '国家金融监督管理总局关于助贷业务的通知（金规〔2025〕9号）的媒体报道',
    'Media reports of the NFRA notice on assisted lending (Jin Gui [2025] No. 9)',
    'practice',
    'multi-source',
    {
      dates: A('2025-10-01 施行（据报道）', 'in force 2025-10-01 (as reported)'),
      binds: ['bank-card', 'bank-loan', 'consumer-finance', 'microlender', 'online-platform'],
    },
  ),
  shenzhenBankruptcy: src(
    'shenzhenBankruptcy',
    '《深圳经济特区个人破产条例》',
    'Shenzhen Special Economic Zone Personal Bankruptcy Regulations',
    'local-regulation',
    'multi-source',
    {
      dates: A('2020-08-26 通过，2021-03-01 施行', 'adopted 2020-08-26, in force 2021-03-01'),
    },
  ),
  xiamenBankruptcy: src(
    'xiamenBankruptcy',
    '《厦门经济特区个人破产保护条例》',
    'Xiamen Special Economic Zone Personal Bankruptcy Protection Regulations',
    'local-regulation',
    'multi-source',
    {
      dates: A('2025-08-26 通过，2025-11-01 施行', 'adopted 2025-08-26, in force 2025-11-01'),
    },
  ),
  channel12378: src(
    'channel12378',
    '国家金融监督管理总局 12378 银行保险消费者投诉维权热线',
    'NFRA 12378 banking and insurance consumer complaint hotline',
    'practice',
    'multi-source',
    // Banks (credit cards included) and consumer finance companies, as reported.
    { binds: CBA_SCOPE },
  ),
  channel12356: src(
    'channel12356',
    '全国统一心理援助热线 12356（国家卫生健康委协调工业和信息化部设置）',
    'National mental-health helpline 12356 (set up by the National Health Commission with MIIT)',
    'practice',
    'multi-source',
    {
      dates: A('2024-12 通知；各地热线 2025-05-01 前接入', 'notice of 2024-12; local lines to connect by 2025-05-01'),
    },
  ),
  channel12321: src(
    'channel12321',
    '12321 网络不良与垃圾信息举报受理中心（中国互联网协会受工信部委托）',
    '12321 Reporting Centre for harmful and spam information (Internet Society of China, for MIIT)',
    'practice',
    'multi-source',
  ),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export function getSource(id: string): Source | undefined {
  return (SOURCES as Record<string, Source>)[id];
}

/**
 * True when a source binds this lender and is in force on `onDate` (see lenders.ts): what the
 * letters check before citing a source. Unknown ids bind no one.
 */
export function sourceApplies(id: string, lender: LenderInput, onDate?: string): boolean {
  const source = getSource(id);
  return source !== undefined && bindsLender(source.binds, lender) && inForceOn(source.inForce, onDate);
}

export const TIER_LABEL: Readonly<Record<Tier, Bilingual>> = {
  law: A('法律', 'law'),
  'administrative-regulation': A('行政法规', 'administrative regulation'),
  'judicial-interpretation': A('司法解释', 'judicial interpretation'),
  'departmental-rule': A('部门规章', 'departmental rule'),
  'normative-document': A('规范性文件', 'normative document'),
  'local-regulation': A('地方性法规（仅限当地）', 'local regulation (local only)'),
  'national-standard': A('推荐性国家标准（非强制）', 'recommended national standard (not mandatory)'),
  'industry-guideline': A('行业自律指引（约束会员，不等于法律）', 'industry guideline (binds members; not a law)'),
  practice: A('官方提示 / 常见做法（不是法律规定）', 'official notice / common practice (not a legal rule)'),
};

/**
 * The five tiers a rule or channel is declared at (issue 15): statutes and judicial
 * interpretations are 'law'; administrative regulations, departmental rules, normative documents
 * and local regulations are 'regulation'; recommended national standards; industry
 * self-regulation (binds members only); and 'reported' facts that are not rules (a hotline, a
 * figure, a regulator's warning).
 */
export const BINDING_TIER: Readonly<Record<Tier, BindingTier>> = {
  law: 'law',
  'judicial-interpretation': 'law',
  'administrative-regulation': 'regulation',
  'departmental-rule': 'regulation',
  'normative-document': 'regulation',
  'local-regulation': 'regulation',
  'national-standard': 'national-standard',
  'industry-guideline': 'self-regulation',
  practice: 'reported',
};

export const VERIFICATION_LABEL: Readonly<Record<Verification, Bilingual>> = {
  'verified-text': A('已对照条文原文', 'checked against the full text'),
  'multi-source': A('据多方报道/转载，官方原文未读', 'as reported by several sources; official text not read'),
};

/** "《民法典》第一千零三十三条 · 法律 · 已对照条文原文" in the chosen language. */
export function citeSource(source: Source, lang: 'zh' | 'en'): string {
  const parts = [source.article ? `${source.title[lang]} ${source.article[lang]}` : source.title[lang]];
  parts.push(TIER_LABEL[source.tier][lang], VERIFICATION_LABEL[source.verification][lang]);
  return parts.join(' · ');
}
