import type { Messages } from './zh';
import * as profile from './sections/profile';
import * as chains from './sections/chains';
import * as cockpit from './sections/cockpit';
import * as digests from './sections/digests';
import * as admin from './sections/admin';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : string };

const en: DeepPartial<Messages> = {
  app: { name: 'Lianzhao', subtitle: 'Industry-chain investment promotion', park: 'Zhangjiang Hi-Tech · Chongming Park' },
  nav: { home: 'Workbench', board: 'Pipeline board', registry: 'Enterprises', search: 'Search', searchHint: 'Search enterprises, USCC or projects', signOut: 'Sign out', chains: 'Chain map', cockpit: 'Cockpit', digests: 'Digests', admin: 'Admin', settings: 'My settings', language: '中文', languageTitle: 'Language' },
  roles: { ADMIN: 'Administrator', MANAGER: 'Manager', OFFICER: 'Investment officer', GROUP: 'Group company' },
  stages: { CLUE: 'Clue', CONTACTED: 'Contacted', NEGOTIATING: 'Negotiating', AGREEMENT: 'Agreement', SIGNED: 'Signed', REGISTERED: 'Registered', PRODUCING: 'Producing', ON_HOLD: 'On hold', LOST: 'Lost' },
  priority: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
  activity: { VISIT: 'Visit', CALL: 'Call', MEETING: 'Meeting', NOTE: 'Note' },
  enterpriseStatus: { IN_PARK: 'In park', CANDIDATE: 'Candidate' },
  listing: { NONE: 'Not listed', STAR_RESERVE: 'STAR reserve', LISTED: 'Listed', UNICORN: 'Unicorn' },
  srdi: { NONE: '—', SRDI: 'SRDI', LITTLE_GIANT: 'Little giant' },
  badges: { HIGHTECH_VALID: 'High-tech (valid)', HIGHTECH_ELIGIBLE: 'High-tech eligible', TECH_SME_ELIGIBLE: 'Tech SME', SRDI_ELIGIBLE: 'SRDI eligible', STAR_RESERVE_ELIGIBLE: 'STAR reserve eligible' },
  chainRole: { CHAIN_LEADER: 'Chain leader', KEY: 'Key', SUPPORTING: 'Supporting' },
  common: {
    wan: '10k CNY', sum: 'Total', count: '{{count}}', loading: 'Loading…', retry: 'Retry', save: 'Save', cancel: 'Cancel', edit: 'Edit',
    confirm: 'OK', close: 'Close', empty: 'Nothing here yet', all: 'All', yes: 'Yes', no: 'No', unknown: 'Not given', loadMore: 'Load more',
    noMore: 'All loaded', back: 'Back', open: 'Open', reset: 'Reset', clear: 'Clear', total: '{{count}} in all',
  },
  errors: {
    UNAUTHENTICATED: 'Your session has ended; please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'This record does not exist or is outside what you may see.',
    CONFLICT: 'Someone else has just changed this record; look at its current state and try again.',
    BAD_USER_INPUT: 'Please check your input: {{detail}}',
    BAD_USER_INPUT_FIELD: '{{field}}: {{detail}}',
    TOO_COMPLEX: 'This query asks for too much; narrow the filters and try again.',
    INTERNAL: 'The server ran into a problem; please try again shortly.',
    NETWORK: 'Cannot reach the server; check the network and try again.',
    wrongPassword: 'Wrong e-mail or password.',
    locked: 'Too many failed sign-ins: the account is locked until {{time}}.',
    sessionExpired: 'Your session expired. Sign in again to return to the page you were on.',
  },
  login: {
    title: 'Sign in', email: 'E-mail', password: 'Password', submit: 'Sign in', emailRequired: 'Enter your e-mail', passwordRequired: 'Enter your password',
    slogan: 'Strengthen · fill · extend the chains', intro: 'Enterprise profiles, chain-gap analysis and the whole investment pipeline',
  },
  home: {
    title: 'Workbench', greeting: 'Hello, {{name}}', myLeads: 'My projects by stage', tasks: 'Tasks due today and overdue', stale: 'My stale projects', notifications: 'Unread notifications',
    noTasks: 'No task due today or overdue', noStale: 'No stale project', noNotifications: 'No unread notification', noLeads: 'You own no project yet',
    overdue: 'Overdue', dueToday: 'Due today', markAllRead: 'Mark all read', inStageSince: 'in this stage since {{date}}', openBoard: 'Open the board',
  },
  board: {
    title: 'Pipeline board', owner: 'Owner', subPark: 'Sub-park', chain: 'Chain', staleOnly: 'Stale only', mine: 'Mine', anyOwner: 'Any owner',
    anySubPark: 'Any sub-park', anyChain: 'Any chain', emptyColumn: 'No project in this stage', stale: 'Stale', nextFollowUp: 'Follow up {{date}}',
    moved: 'Moved “{{title}}” to {{stage}}', reasonTitle: 'Moving to {{stage}} needs a reason', reasonLabel: 'Reason', reasonRequired: 'Give a reason',
    reasonPlaceholder: 'e.g. the firm chose Suzhou', conflictTitle: 'Someone else just changed this project', conflictBody: 'What you saw was not current, so the move was not made. This is its state now:',
    currentStage: 'Current stage', lastChange: 'Last change', useCurrent: 'Got it', loadingMore: 'Loading more…', allLoaded: 'All {{count}} shown',
    dragHint: 'Drag a card to move it; or focus a card, press Space to pick it up, arrow keys to move, Space to drop.', filtered: 'Filtered',
  },
  lead: {
    title: 'Project', fields: 'Details', enterprise: 'Enterprise', owner: 'Owner', subPark: 'Sub-park', source: 'Source', priority: 'Priority',
    expectedInvestment: 'Expected investment (10k CNY)', fixedAssetInvestment: 'Fixed-asset investment (10k CNY)', expectedOutput: 'Expected output / yr (10k CNY)',
    expectedTax: 'Expected tax / yr (10k CNY)', expectedJobs: 'Expected jobs', landMu: 'Land (mu)', floorSpace: 'Floor space (m²)',
    nextFollowUp: 'Next follow-up', nodeCode: 'Chain node', titleField: 'Title', stage: 'Stage', lossReason: 'Why lost', holdReason: 'Why on hold',
    createdAt: 'Created', updatedAt: 'Last change', stagePath: 'Stage path', history: 'Stage history', timeline: 'Timeline', logActivity: 'Log',
    summary: 'What happened', summaryRequired: 'Say what happened', summaryPlaceholder: 'e.g. met the general manager about the expansion', occurredAt: 'When',
    logged: '{{type}} logged', saved: 'Saved', tasks: 'Tasks', addTask: 'Add task', taskTitle: 'Task', dueOn: 'Due',
    taskTitleRequired: 'Name the task', dueRequired: 'Pick a due date', done: 'Done', noTasks: 'No task', noTimeline: 'Nothing logged yet',
    moveTo: 'Move to', created: 'Created', from: 'from {{from}}', to: 'to {{to}}', reason: 'Reason: {{reason}}', editTitle: 'Edit project',
    noAccessTitle: 'No access to this project', noAccessBody: 'This project does not exist, or it belongs to another sub-park outside what you may see. Ask its owner or an administrator.',
    backToBoard: 'Back to the board', fieldChange: 'edited', staleTag: 'Stale', overdue: 'overdue', timelineMore: 'Older entries',
  },
  registry: {
    title: 'Enterprises', search: 'Name or USCC', chain: 'Chain', node: 'Chain node', status: 'Kind', subPark: 'Sub-park',
    badges: 'Badges', minScore: 'Score ≥', maxScore: 'Score ≤', uscc: 'USCC', name: 'Name', region: 'Region', revenue: 'Revenue (10k CNY)',
    employees: 'Employees', listing: 'Listing', srdi: 'SRDI', tags: 'Tags', score: 'Score', nodes: 'Chain nodes', updatedAt: 'Updated',
    columns: 'Columns', import: 'Import', export: 'Export this filter', template: 'Import template', total: '{{n}} enterprises', totalMore: 'More than {{n}} enterprises', countExact: 'Count exactly', counting: 'Counting…',
    empty: 'No enterprise matches', loadMore: 'Load more', allLoaded: 'All loaded', sort: 'Sort', sortName: 'By name', sortScore: 'By score', sortUpdated: 'By last change',
    loaded: '{{count}} loaded',
  },
  import: {
    title: 'Import enterprises', pick: 'Choose a CSV or XLSX file', hint: 'Chinese or English headers. All or nothing: if any row is wrong, nothing is written.',
    uploading: 'Uploading', processing: 'Checking and importing', refused: 'Not imported: {{count}} rows have problems and nothing was written. Fix them and import again.',
    accepted: 'Imported: {{created}} created, {{updated}} updated.', row: 'Row', column: 'Column', message: 'Problem', failed: 'Import failed: {{reason}}',
    again: 'Import another file', template: 'Download the template', fileTooLarge: 'The file is larger than 100 MB',
  },
  importColumns: { uscc: 'USCC', name: 'Name', status: 'Status', subPark: 'Sub-park', region: 'Region', chainNodes: 'Chain nodes', foundedOn: 'Founded on', registeredCapital: 'Registered capital', employees: 'Employees', techStaff: 'Tech staff', revenue: 'Revenue', revenuePrevYear: 'Previous-year revenue', output: 'Industrial output', rdExpense: 'R&D expense', inventionPatents: 'Invention patents', highValuePatents: 'High-value invention patents', hightechCertifiedOn: 'High-tech certified on', srdiLevel: 'SRDI level', listingStatus: 'Listing status', financingRound: 'Financing round', financingAmount: 'Financing amount', financingDate: 'Financing date', tags: 'Tags', file: 'File' },
  enterprise: { title: 'Enterprise', basics: 'Basics', leads: 'Projects', noLeads: 'No project', founded: 'Founded', capital: 'Registered capital (10k CNY)', techStaff: 'R&D staff',
    rdExpense: 'R&D spend (10k CNY)', patents: 'Invention patents', highValue: 'High-value patents', hightech: 'High-tech certified on', financing: 'Financing', profileSoon: 'The full profile page comes next' },
  search: { placeholder: 'Enterprise name, pinyin initials, USCC or project', enterprises: 'Enterprises', leads: 'Projects', none: 'Nothing matches', hint: 'Ctrl+K opens search anywhere' },
  profile: profile.en as DeepPartial<Messages['profile']>,
  chains: chains.en as DeepPartial<Messages['chains']>,
  cockpit: cockpit.en as DeepPartial<Messages['cockpit']>,
  digests: digests.en as DeepPartial<Messages['digests']>,
  admin: admin.en as DeepPartial<Messages['admin']>,
  notFound: { title: 'Page not found', body: 'This page does not exist or has moved.', home: 'Back to the workbench' },
};
export default en;
