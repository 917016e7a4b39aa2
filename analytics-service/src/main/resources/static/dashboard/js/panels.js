// What the dashboard shows: one entry per view of analytics-service's API (see ANALYTICS API in the
// service's README). `params` are the filters the endpoint takes; every table can be downloaded as the
// API's own CSV for the same filters.

import { barChart } from './render.js';
import { integer, moneyNumber, money, percent } from './format.js';

const ALL_FILTERS = ['businessUnit', 'fiscalYear', 'period'];

/** Overview cards, in reading order. */
export const CARDS = [
  { key: 'allocated', label: 'Budget allocated', format: 'money' },
  { key: 'reserved', label: 'Reserved', format: 'money' },
  { key: 'spent', label: 'Spent', format: 'money' },
  { key: 'utilisation', label: 'Budget utilisation', format: 'percent' },
  { key: 'completionRate', label: 'Completion rate', format: 'percent' },
  { key: 'medianDaysToSignature', label: 'Median days to signature', format: 'decimal' },
  { key: 'milestoneOnTimeRate', label: 'Milestones on time', format: 'percent' },
  { key: 'milestonesMissed', label: 'Milestones missed', format: 'integer' },
  { key: 'checkInAdherence', label: 'Check-in adherence', format: 'percent' },
  { key: 'levelsGained', label: 'Competency levels gained', format: 'integer' },
  { key: 'costPerLevelGained', label: 'Cost per level gained', format: 'money' },
  { key: 'levelsPerThousand', label: 'Levels per 1,000 spent', format: 'decimal' },
  { key: 'roiPercent', label: 'Return on investment', format: 'percent' },
  { key: 'benefitCostRatio', label: 'Benefit-cost ratio', format: 'decimal' },
  { key: 'atRisk', label: 'Contracts at risk', format: 'integer' },
];

export const OVERVIEW = { id: 'overview', title: 'Overview', path: '/overview', params: ALL_FILTERS };

/** Heat level 0..4 of a competency's average gap (levels missing per assessed employee). */
function gapHeat(item) {
  const gap = Number(item.averageGap) || 0;
  if (gap <= 0) return 0;
  if (gap <= 0.5) return 1;
  if (gap <= 1) return 2;
  if (gap <= 2) return 3;
  return 4;
}

export const PANELS = [
  {
    id: 'budgets',
    wide: true,
    title: 'Spend vs budget per business unit',
    path: '/budgets',
    params: ALL_FILTERS,
    note: 'As at the end of the period; available = allocated − reserved − spent.',
    columns: [
      { key: 'businessUnit', label: 'Business unit' },
      { key: 'allocated', label: 'Allocated', format: 'money' },
      { key: 'reserved', label: 'Reserved', format: 'money' },
      { key: 'spent', label: 'Spent', format: 'money' },
      { key: 'available', label: 'Available', format: 'money' },
      { key: 'utilisation', label: 'Utilisation', format: 'percent' },
      { key: 'accounts', label: 'Budget accounts', format: 'integer' },
    ],
    chart: (items) => barChart({
      stacked: true,
      series: [{ id: 's-spent', label: 'Spent' }, { id: 's-reserved', label: 'Reserved' }, { id: 's-available', label: 'Available' }],
      rows: items.map((i) => ({
        label: i.businessUnit,
        note: `${money(i.spent)} spent of ${money(i.allocated)}`,
        segments: [
          { value: moneyNumber(i.spent), series: 's-spent' },
          { value: moneyNumber(i.reserved), series: 's-reserved' },
          { value: moneyNumber(i.available), series: 's-available' },
        ],
      })),
    }),
  },
  {
    id: 'funnel',
    title: 'Completion funnel',
    path: '/funnel',
    params: ALL_FILTERS,
    columns: [
      { key: 'stage', label: 'Stage' },
      { key: 'contracts', label: 'Contracts', format: 'integer' },
    ],
    chart: (items) => barChart({
      series: [{ id: 's-stage', label: 'Contracts' }],
      rows: items.map((i, index) => ({
        label: i.stage,
        note: index === 0 || !items[0].contracts
          ? integer(i.contracts)
          : `${integer(i.contracts)} (${percent((100 * i.contracts) / items[0].contracts)} of proposed)`,
        segments: [{ value: i.contracts, series: 's-stage' }],
      })),
    }),
  },
  {
    id: 'gap-heatmap',
    title: 'Competency gap heatmap',
    path: '/gap-heatmap',
    params: ['businessUnit'],
    note: 'Required levels of the role profiles against the levels people hold now; the darker the average gap, the larger.',
    columns: [
      { key: 'competencyId', label: 'Competency' },
      { key: 'required', label: 'Required level', format: 'integer' },
      { key: 'employees', label: 'People assessed', format: 'integer' },
      { key: 'below', label: 'Below required', format: 'integer' },
      { key: 'totalGap', label: 'Levels missing', format: 'integer' },
      { key: 'averageGap', label: 'Average gap', format: 'decimal', heat: gapHeat },
    ],
    legend: ['No gap', 'Up to half a level', 'Up to one level', 'Up to two levels', 'More than two levels'],
  },
  {
    id: 'roi',
    wide: true,
    title: 'ROI by program',
    path: '/roi',
    params: ['businessUnit', 'fiscalYear'],
    note: 'Adjusted benefit = annual benefit × isolation × confidence; a program is the template a contract started from.',
    columns: [
      { key: 'program', label: 'Program' },
      { key: 'contracts', label: 'Contracts', format: 'integer' },
      { key: 'completed', label: 'Completed', format: 'integer' },
      { key: 'cost', label: 'Cost', format: 'money' },
      { key: 'benefit', label: 'Benefit', format: 'money' },
      { key: 'adjustedBenefit', label: 'Adjusted benefit', format: 'money' },
      { key: 'roiPercent', label: 'ROI', format: 'percent' },
      { key: 'benefitCostRatio', label: 'Benefit-cost ratio', format: 'decimal' },
      { key: 'kirkpatrick', label: 'Kirkpatrick levels evidenced', format: 'kirkpatrick' },
    ],
    total: (data) => data.total,
    chart: (items) => barChart({
      series: [{ id: 's-cost', label: 'Cost' }, { id: 's-benefit', label: 'Adjusted benefit' }],
      rows: items.map((i) => ({
        label: i.program,
        note: `ROI ${percent(i.roiPercent)}`,
        segments: [{ value: moneyNumber(i.cost), series: 's-cost' }, { value: moneyNumber(i.adjustedBenefit), series: 's-benefit' }],
      })),
    }),
  },
  {
    id: 'providers',
    title: 'Top providers',
    path: '/providers',
    params: ALL_FILTERS,
    columns: [
      { key: 'provider', label: 'Provider' },
      { key: 'activityTypes', label: 'Activity types' },
      { key: 'contracts', label: 'Contracts', format: 'integer' },
      { key: 'planned', label: 'Planned', format: 'money' },
      { key: 'spent', label: 'Spent', format: 'money' },
    ],
    chart: (items) => barChart({
      series: [{ id: 's-planned', label: 'Planned' }, { id: 's-spent', label: 'Spent' }],
      rows: items.map((i) => ({
        label: i.provider,
        note: `${money(i.spent)} spent`,
        segments: [{ value: moneyNumber(i.planned), series: 's-planned' }, { value: moneyNumber(i.spent), series: 's-spent' }],
      })),
    }),
  },
  {
    id: 'at-risk',
    title: 'At-risk contracts',
    path: '/at-risk',
    params: ['businessUnit'],
    note: 'Active contracts with a missed milestone or check-in, worst first.',
    columns: [
      { key: 'title', label: 'Contract' },
      { key: 'employeeName', label: 'Employee' },
      { key: 'managerId', label: 'Manager' },
      { key: 'businessUnit', label: 'Business unit' },
      { key: 'missedMilestones', label: 'Missed milestones', format: 'integer' },
      { key: 'missedCheckIns', label: 'Missed check-ins', format: 'integer' },
      { key: 'lastMissedOn', label: 'Last missed on', format: 'date' },
    ],
  },
  {
    id: 'competency-gains',
    title: 'Competency levels gained',
    path: '/competency-gains',
    params: ALL_FILTERS,
    columns: [
      { key: 'competencyId', label: 'Competency' },
      { key: 'levelsGained', label: 'Levels gained', format: 'integer' },
      { key: 'employees', label: 'People', format: 'integer' },
      { key: 'cost', label: 'Cost', format: 'money' },
      { key: 'costPerLevel', label: 'Cost per level', format: 'money' },
    ],
    chart: (items) => barChart({
      series: [{ id: 's-stage', label: 'Levels gained' }],
      rows: items.map((i) => ({
        label: i.competencyId,
        note: `${integer(i.levelsGained)} levels`,
        segments: [{ value: i.levelsGained, series: 's-stage' }],
      })),
    }),
  },
  {
    id: 'activity-types',
    title: 'Spend by activity type',
    path: '/activity-types',
    params: ALL_FILTERS,
    columns: [
      { key: 'activityType', label: 'Activity type' },
      { key: 'contracts', label: 'Contracts', format: 'integer' },
      { key: 'planned', label: 'Planned', format: 'money' },
      { key: 'spent', label: 'Spent', format: 'money' },
    ],
    chart: (items) => barChart({
      series: [{ id: 's-planned', label: 'Planned' }, { id: 's-spent', label: 'Spent' }],
      rows: items.map((i) => ({
        label: i.activityType,
        note: `${money(i.spent)} spent`,
        segments: [{ value: moneyNumber(i.planned), series: 's-planned' }, { value: moneyNumber(i.spent), series: 's-spent' }],
      })),
    }),
  },
];

/** The API's parameters for one view: only the filters the endpoint takes. */
export function paramsFor(view, filters) {
  return Object.fromEntries(view.params.map((name) => [name, filters[name]]));
}

/** e.g. roi-ENG-2026.csv, at-risk-ALL.csv, funnel-SALES-2026-Q2.csv */
export function csvFilename(view, filters) {
  const parts = [view.id];
  if (view.params.includes('businessUnit')) parts.push(filters.businessUnit || 'ALL');
  if (view.params.includes('fiscalYear')) parts.push(filters.fiscalYear);
  if (view.params.includes('period') && filters.period && filters.period !== 'YEAR') parts.push(filters.period);
  return `${parts.join('-')}.csv`;
}
