/** Word banks for synthetic wire copy: enough variety that segments rarely repeat by accident. */

export const SUBJECTS = [
  'South Korea',
  'the United States',
  'the trade ministry',
  'the central bank',
  'the finance ministry',
  'the presidential office',
  'the main opposition party',
  'the ruling party',
  'Seoul',
  'Washington',
  'Tokyo',
  'Beijing',
  'the defense ministry',
  'the unification ministry',
  'the National Assembly',
  'the Bank of Korea',
  'the statistics agency',
  'the foreign ministry',
  'Samsung Electronics',
  'Hyundai Motor',
  'the labor union',
  'the health ministry',
  'the weather agency',
  'the Financial Services Commission',
  'the prosecution',
  'the Constitutional Court',
  'the coast guard',
  'the energy ministry',
  'the city government',
  'the financial regulator',
  'the prime minister',
  'the science ministry',
];

export const PEOPLE = [
  'Kim Hyun-chong',
  'Lee Jae-won',
  'Park Soo-jin',
  'Choi Min-ho',
  'Jung Eun-ji',
  'Kang Dong-hyun',
  'Yoon Seo-yeon',
  'Han Ji-woo',
  'Robert Lighthizer',
  'Maria Gonzalez',
  'Oh Sang-woo',
  'Shin Hye-rin',
];

export const ROLES = [
  'the minister',
  'a senior official',
  'the spokesperson',
  'a ministry official',
  'the governor',
  'the chief negotiator',
  'an economist at a Seoul-based think tank',
  'the party leader',
  'a government source',
  'the company',
];

export const VERBS = [
  'will begin talks on',
  'announced plans for',
  'raised concerns about',
  'agreed to review',
  'reported a sharp rise in',
  'called for a review of',
  'is expected to approve',
  'rejected the proposal for',
  'unveiled a package of measures on',
  'signed an agreement on',
  'postponed a decision on',
  'launched an investigation into',
  'will hold a hearing on',
  'warned against',
  'welcomed',
  'pledged support for',
];

export const OBJECTS = [
  'the bilateral free trade agreement',
  'household debt',
  'the minimum wage',
  'semiconductor exports',
  'the housing market',
  'youth unemployment',
  'nuclear disarmament',
  'the regional economy',
  'the budget bill',
  'carbon emissions',
  'the pension reform',
  'foreign direct investment',
  'steel tariffs',
  'public health measures',
  'the shipbuilding industry',
  'interest rates',
  'the electricity grid',
  'inter-Korean cooperation',
  'the tourism sector',
  'battery supply chains',
];

export const TAILS = [
  'in Seoul on Tuesday',
  'next week',
  'earlier this month',
  'amid growing uncertainty',
  'for the first time in five years',
  'despite opposition from lawmakers',
  'after months of negotiations',
  'ahead of the summit',
  'in a statement released Thursday',
  'according to preliminary data',
  'over the past four years',
  'in the second quarter',
  'as part of a broader reform effort',
  'to address the significant trade imbalance',
  'during a meeting with reporters',
  'in response to the request',
];

export const CONNECTORS = ['while', 'as', 'although', 'after', 'because', 'even though'];

export const AMOUNTS = [
  '$109.6 billion',
  '$27 billion',
  '3.2 percent',
  '1.25 percent',
  '12,400 workers',
  '5.6 trillion won',
  '48 percent',
  '$11.6 billion',
  '2.7 million units',
  '0.4 percentage point',
];

export const CITIES = ['SEOUL', 'WASHINGTON', 'TOKYO', 'BEIJING', 'BUSAN', 'SEJONG', 'GENEVA', 'NEW YORK'];

export const CREDITS = ['Yonhap', 'Yonhap News Agency', 'Dari Wire', 'Staff reporter'];

/** Sentences wire copy repeats word for word across stories; translation memory should reuse them. */
export const BOILERPLATE = [
  'The ministry did not immediately respond to a request for comment.',
  'This story has been updated with more details.',
  'The figures are preliminary and subject to revision.',
  'Officials said more details would be released later this week.',
  'The meeting was held behind closed doors.',
  'Further talks are scheduled for next month.',
  'The government will announce the final plan by the end of the year.',
  'Analysts expect the decision to weigh on markets in the short term.',
  'The company declined to comment on the report.',
  'Both sides agreed to continue the discussions.',
];

export const LINK_HOSTS = [
  'https://www.yna.co.kr/view',
  'https://ustr.gov/news',
  'https://www.motie.go.kr/en',
  'https://dari.example/docs',
];
