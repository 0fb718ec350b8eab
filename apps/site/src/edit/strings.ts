/** The panel's own words, in the page's language (a dev tool: not part of the published UI strings). */
export interface PanelText {
  readonly open: string;
  readonly title: string;
  readonly source: string;
  readonly previous: string;
  readonly changes: string;
  readonly target: (lang: string) => string;
  readonly state: string;
  readonly approved: string;
  readonly notApproved: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly proposals: string;
  readonly noProposals: string;
  readonly use: string;
  readonly terms: string;
  readonly save: string;
  readonly approve: string;
  readonly unapprove: string;
  readonly prev: string;
  readonly next: string;
  readonly nextPending: string;
  readonly close: string;
  readonly saved: string;
  readonly approvedDone: string;
  readonly unapprovedDone: string;
  readonly nothingPending: string;
  readonly conflict: string;
  readonly failed: (why: string) => string;
  readonly position: (n: number, of: number) => string;
  readonly states: Readonly<Record<string, string>>;
}

const en: PanelText = {
  open: 'Edit translation',
  title: 'Translation editor',
  source: 'English source',
  previous: 'Previous source',
  changes: 'What changed',
  target: (lang) => `Translation (${lang})`,
  state: 'State',
  approved: 'approved',
  notApproved: 'not approved',
  findings: 'Quality checks',
  noFindings: 'No findings.',
  proposals: 'Translation memory',
  noProposals: 'No similar sentences.',
  use: 'Use',
  terms: 'Glossary',
  save: 'Save',
  approve: 'Approve',
  unapprove: 'Withdraw approval',
  prev: 'Previous',
  next: 'Next',
  nextPending: 'Next needing work',
  close: 'Close',
  saved: 'Saved.',
  approvedDone: 'Approved.',
  unapprovedDone: 'Approval withdrawn.',
  nothingPending: 'Every unit of this article is translated and approved.',
  conflict:
    'The file changed on disk since this panel loaded it (another tool saved it). The file’s version is shown as current; your text is kept in the box. Save again to replace it.',
  failed: (why) => `Not saved: ${why}`,
  position: (n, of) => `Unit ${n} of ${of}`,
  states: {
    new: 'new',
    'needs-translation': 'needs translation',
    'needs-review': 'needs review (source changed)',
    translated: 'translated',
    reviewed: 'reviewed',
    final: 'final',
  },
};

const ko: PanelText = {
  open: '번역 편집',
  title: '번역 편집기',
  source: '영어 원문',
  previous: '이전 원문',
  changes: '바뀐 부분',
  target: (lang) => `번역 (${lang})`,
  state: '상태',
  approved: '승인됨',
  notApproved: '승인 전',
  findings: '품질 검사',
  noFindings: '발견된 문제 없음.',
  proposals: '번역 메모리',
  noProposals: '비슷한 문장 없음.',
  use: '사용',
  terms: '용어집',
  save: '저장',
  approve: '승인',
  unapprove: '승인 취소',
  prev: '이전',
  next: '다음',
  nextPending: '다음 작업 필요 문장',
  close: '닫기',
  saved: '저장했습니다.',
  approvedDone: '승인했습니다.',
  unapprovedDone: '승인을 취소했습니다.',
  nothingPending: '이 기사의 모든 문장이 번역·승인되었습니다.',
  conflict:
    '이 패널이 파일을 불러온 뒤 디스크의 파일이 바뀌었습니다(다른 도구가 저장함). 파일의 내용을 현재 번역으로 표시하고, 입력하신 글은 입력란에 그대로 두었습니다. 다시 저장하면 덮어씁니다.',
  failed: (why) => `저장하지 못했습니다: ${why}`,
  position: (n, of) => `${of}개 중 ${n}번째 문장`,
  states: {
    new: '새 문장',
    'needs-translation': '번역 필요',
    'needs-review': '검토 필요(원문 바뀜)',
    translated: '번역됨',
    reviewed: '검토됨',
    final: '확정',
  },
};

/** The panel's text for a page language. */
export const panelText = (lang: string): PanelText => (lang.toLowerCase().startsWith('ko') ? ko : en);
